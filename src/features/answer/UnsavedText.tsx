import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Text the database did not take (the round was published meanwhile, or storage failed): it
 * stays in its field, and this says so plainly and offers to copy it, so it can be kept
 * elsewhere.
 */
export function UnsavedText({ text }: { text: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <p className="field-error" role="status">
      {t('ratings.unsaved.text')}{' '}
      <button type="button" className="link-button" onClick={() => void copy()}>
        {t('ratings.unsaved.copy')}
      </button>
      {copied && <> {t('ratings.unsaved.copied')}</>}
    </p>
  );
}
