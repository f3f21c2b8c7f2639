import { useTranslation } from 'react-i18next';
import type { RoundComparison, RoundData } from '../../domain/compare/changes';
import { scoreRound, type IndicatorResult } from '../../domain/score/scoring';
import { FlowerBox } from '../../ui/flowerbox/FlowerBox';
import { Legend } from '../../ui/flowerbox/Legend';
import { useCompareTexts } from './texts';

/** The rounds' boxes as small multiples: the geometry's scale is fixed to 0..1, so sizes compare. */
export function SideBySide({ rounds }: { rounds: RoundData[] }) {
  const { t } = useTranslation('compare');
  const texts = useCompareTexts();
  // Laid out as wide as the box with the most flowers, every box shares one scale.
  const widthFor = Math.max(
    ...rounds.map((round) => round.questionnaire.sections.filter((s) => s.kind === 'flower').length),
  );
  return (
    <>
      <p>{t('small.lead')}</p>
      <ul className="small-multiples">
        {rounds.map((round) => (
          <li key={round.id}>
            <h3>{texts.roundName(round)}</h3>
            <FlowerBox
              questionnaire={round.questionnaire}
              parts={scoreRound(round.questionnaire, round.answers)}
              roundId={round.id}
              title={t('small.title', { round: texts.roundName(round) })}
              interactive={false}
              widthFor={widthFor}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The later box with the earlier round's petals as outlines, matched through `supersedes`, and the
 * result page's legend with the outline's sign added.
 */
export function Overlay({ comparison }: { comparison: RoundComparison }) {
  const { t } = useTranslation(['compare', 'flowerbox']);
  const texts = useCompareTexts();
  const { later, earlier, parts } = comparison;
  const previous: Record<string, IndicatorResult[]> = Object.fromEntries(
    parts.map((part) => [
      part.sectionId,
      part.indicators.map(
        (c): IndicatorResult => c.earlier ?? { indicatorId: c.laterId!, state: 'unanswered' },
      ),
    ]),
  );
  return (
    <>
      <p>{t('overlay.lead')}</p>
      <FlowerBox
        questionnaire={later.questionnaire}
        parts={parts.map((p) => p.laterScore)}
        roundId={later.id}
        title={t('overlay.title', {
          later: texts.roundName(later),
          earlier: texts.roundName(earlier),
        })}
        previous={previous}
      />
      <h3>{t('flowerbox:legend.title')}</h3>
      <Legend questionnaire={later.questionnaire} previous />
    </>
  );
}
