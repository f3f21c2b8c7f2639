import type { ElementType } from 'react';
import { isLanguage } from '../i18n/i18n';
import { pickLocalized, type LocalizedText } from '../i18n/localized';
import { useLanguage } from './useLanguage';

interface Props {
  text: LocalizedText;
  as?: ElementType;
  className?: string;
}

/** Content text in the interface language; marked `lang="sv"` when only Swedish exists. */
export function Localized({ text, as: Tag = 'span', className }: Props) {
  const language = useContentLanguage();
  const picked = pickLocalized(text, language);
  return (
    <Tag className={className} lang={picked.lang === language ? undefined : picked.lang}>
      {picked.text}
    </Tag>
  );
}

/** Hook form of the same choice, for attributes such as titles and labels. */
export function useLocalized() {
  const language = useContentLanguage();
  return (text: LocalizedText) => pickLocalized(text, language).text;
}

/** The language content text is picked in: the interface's, or Swedish before one is chosen. */
function useContentLanguage() {
  const shown = useLanguage();
  return isLanguage(shown) ? shown : 'sv';
}
