import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { helpPath, type HelpSection } from './paths';

/** A view's link to its part of the help ("Arbeta med eBlomlådan"). */
export function HelpLink({ section }: { section: HelpSection }) {
  const { t } = useTranslation();
  return (
    <p className="help-link">
      <Link href={helpPath(section)}>{t('helpLink.label', { topic: t(`helpLink.topics.${section}`) })}</Link>
    </p>
  );
}
