import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The text the database did not take; undefined while everything is saved. */
  text: string | undefined;
  /** Why, in words: e.g. `t('storage.problem.locked')` when the round was published meanwhile. */
  reason: string;
  /** What the text is, as its field is labelled (e.g. "Kommentar"). */
  what: string;
}

type Outcome = 'copied' | 'selected';

/**
 * Text that could not be saved (the round was published in another tab while it was typed, the
 * disk is full): says plainly "Inte sparad" and why, keeps the text readable and selectable, and
 * copies it with one button, so it can be kept elsewhere.
 *
 * Place it outside a disabled fieldset: a published round disables its fields, and a disabled
 * field can be neither selected nor copied from, nor can a button inside it be pressed.
 *
 * "Inte sparad" is an alert: it appears the moment a write is refused, and words about to be lost
 * must be heard at once, not after whatever a screen reader is reading. The copy's outcome is a
 * status, there (empty) before the button is pressed so its change is announced.
 */
export function UnsavedText({ text, reason, what }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [outcome, setOutcome] = useState<{ text: string; outcome: Outcome }>();

  async function copy() {
    if (text === undefined) return;
    try {
      // Missing outside secure contexts (plain http), and a browser may refuse it.
      await navigator.clipboard.writeText(text);
      setOutcome({ text, outcome: 'copied' });
    } catch {
      // Then the keyboard's own copy: focus and select the text, and say how.
      area.current?.focus();
      area.current?.select();
      setOutcome({ text, outcome: 'selected' });
    }
  }

  if (text === undefined) return null;
  const said = outcome?.text === text ? outcome.outcome : undefined;
  return (
    <div className="unsaved notice">
      <p role="alert">
        <strong>{t('storageFailure.unsaved.title')}</strong> {reason} {t('storageFailure.unsaved.keep')}
      </p>
      <label htmlFor={id}>{t('storageFailure.unsaved.label', { what })}</label>
      <textarea id={id} ref={area} readOnly value={text} rows={Math.min(6, text.split('\n').length + 1)} />
      <p>
        <button type="button" onClick={() => void copy()}>
          {t('storageFailure.unsaved.copy')}
        </button>
      </p>
      <p role="status">{said && t(`storageFailure.unsaved.${said}`)}</p>
    </div>
  );
}
