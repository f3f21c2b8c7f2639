import { useTranslation } from 'react-i18next';
import type { StorageProblem } from '../../storage/errors';
import { UnsavedText } from '../../ui/UnsavedText';

/**
 * A text field's words the round did not take (useDocText's `unsaved`), kept with "Inte sparad",
 * the reason and a copy button. Rendered after the field's fieldset, which a published round
 * disables: inside it the text could not be selected nor the button pressed.
 */
export function NotSaved({
  field,
  what,
}: {
  field: { text: string; unsaved?: StorageProblem };
  what: string;
}) {
  // Nearly always nothing to say: no hooks then, since every indicator has two of these.
  return field.unsaved ? <Refused text={field.text} problem={field.unsaved} what={what} /> : null;
}

function Refused({ text, problem, what }: { text: string; problem: StorageProblem; what: string }) {
  const { t } = useTranslation();
  return <UnsavedText text={text} reason={t(`storage.problem.${problem}`)} what={what} />;
}
