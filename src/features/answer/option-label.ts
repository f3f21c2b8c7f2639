import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { LocalizedText } from '../../i18n/localized';

/** The scale option (or "ej aktuellt") a value stands for, as the questionnaire words it. */
export function optionLabel(questionnaire: Questionnaire, value: string): LocalizedText | undefined {
  const { options, notApplicable } = questionnaire.scale;
  return (
    options.find((option) => option.value === value)?.label ??
    (notApplicable?.value === value ? notApplicable.label : undefined)
  );
}
