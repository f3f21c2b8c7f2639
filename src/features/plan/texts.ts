/** Words for the plan's values that several parts of the view share. */
import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Answer } from '../../domain/round/model';
import { useLocalized } from '../../ui/LocalizedText';

export function usePlanTexts(questionnaire: Questionnaire) {
  const { t } = useTranslation('plan');
  const localized = useLocalized();
  const { scale } = questionnaire;
  const indicators = new Map(
    questionnaire.sections.flatMap((s) =>
      s.indicators.map((i) => [i.id, { indicator: i, section: s }] as const),
    ),
  );
  /** A scale value or the not-applicable value in words. */
  const value = (v: string | undefined) => {
    if (v === undefined) return t('answer.unanswered');
    if (scale.notApplicable?.value === v) return localized(scale.notApplicable.label);
    const option = scale.options.find((o) => o.value === v);
    return option ? localized(option.label) : v;
  };
  return {
    value,
    answer: (answer: Answer | undefined) => value(answer?.value),
    indicator: (id: string) => indicators.get(id),
  };
}
