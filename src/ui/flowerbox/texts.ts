import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { IndicatorResult, PartScore } from '../../domain/score/scoring';
import { useLocalized } from '../LocalizedText';
import { formatScore } from '../format';

/** The words every view of scores uses, so the picture, the table and the summary say the same. */
export function useScoreTexts(questionnaire: Questionnaire) {
  const { t, i18n } = useTranslation('flowerbox');
  const localized = useLocalized();
  const score = (value: number) => formatScore(value, i18n.language);
  const partScore = (part: PartScore) =>
    part.score === null ? t('chart.noScore') : t('chart.scoreValue', { score: score(part.score) });
  const coverage = (part: PartScore) =>
    part.notApplicable > 0
      ? t('coverageNa', {
          scored: part.scored,
          applicable: part.total - part.notApplicable,
          na: part.notApplicable,
        })
      : t('coverage', { scored: part.scored, applicable: part.total });
  const answer = (result: IndicatorResult) => {
    if (result.state === 'unanswered') return t('answer.unanswered');
    if (result.state === 'not-applicable') return t('answer.notApplicable');
    const option = questionnaire.scale.options.find((o) => o.value === result.value);
    return t('answer.scored', {
      label: option ? localized(option.label) : result.value,
      level: result.level,
      levels: result.levels,
      score: score(result.score),
    });
  };
  return { score, partScore, coverage, answer };
}
