import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { IndicatorResult, PartScore } from '../../domain/score/scoring';
import { useLocalized } from '../LocalizedText';
import { useFormat } from '../format';

/** The words every view of scores uses, so the picture, the table and the summary say the same. */
export function useScoreTexts(questionnaire: Questionnaire) {
  const { t } = useTranslation('flowerbox');
  const localized = useLocalized();
  const format = useFormat();
  const score = format.score;
  const partScore = (part: PartScore) =>
    part.score === null ? t('chart.noScore') : t('chart.scoreValue', { score: score(part.score) });
  // The noun agrees with the applicable indicators: "1 av 1 tillämplig indikator besvarad".
  const coverage = (part: PartScore) =>
    part.notApplicable > 0
      ? t(
          'coverageNa',
          format.count(part.total - part.notApplicable, {
            scored: format.number(part.scored),
            na: t('notApplicable', format.count(part.notApplicable)),
          }),
        )
      : t('coverage', format.count(part.total, { scored: format.number(part.scored) }));
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
