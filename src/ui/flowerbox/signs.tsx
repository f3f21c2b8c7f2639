import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bandMarks, petals } from '../../domain/flowerbox/geometry';
import { MUTED, OUTLINE, PLANTER, scoreColour } from '../../domain/flowerbox/palette';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { formatScore } from '../format';
import { useLocalized } from '../LocalizedText';

/** Swatches are drawn in a 32 × 28 box, with the picture's own shapes scaled down. */
export const SWATCH = { width: 32, height: 28 } as const;

export interface LegendItem {
  key: string;
  swatch: ReactNode;
  text: string;
}

/** One petal of a seven-petal flower, as the picture draws it, for a score above 0. */
const petal = (score: number) =>
  petals(
    Array.from({ length: 7 }, (_, i) => ({
      indicatorId: String(i),
      state: 'scored' as const,
      value: '',
      score,
      level: 1,
      levels: 1,
    })),
  )[0]!;
const sign = (state: 'unanswered' | 'not-applicable' | 'zero') =>
  bandMarks(
    [
      state === 'zero'
        ? { indicatorId: 's', state: 'scored', value: '', score: 0, level: 1, levels: 1 }
        : { indicatorId: 's', state },
    ],
    16,
    'column',
  )[0]!;

/**
 * What every mark means, for the page's legend and the exported slide alike: the scale's levels
 * with their petal, then the signs that have no area.
 */
export function useLegendItems(
  questionnaire: Questionnaire,
  { previous = false }: { previous?: boolean } = {},
): LegendItem[] {
  const { t, i18n } = useTranslation('flowerbox');
  const localized = useLocalized();
  const items: LegendItem[] = questionnaire.scale.options.map((option) => {
    const label = localized(option.label);
    if (option.score <= 0)
      return {
        key: option.value,
        text: t('legend.zero', { label }),
        swatch: (
          <path
            transform="translate(8,24)"
            d={sign('zero').zero}
            stroke={scoreColour(0)}
            strokeWidth={2.25}
            strokeLinecap="round"
          />
        ),
      };
    return {
      key: option.value,
      text: `${label} (${formatScore(option.score, i18n.language)})`,
      swatch: (
        <path
          transform="translate(6,27) scale(0.27)"
          d={petal(option.score).fill}
          fill={scoreColour(option.score)}
          stroke={OUTLINE}
          strokeWidth={4}
        />
      ),
    };
  });
  items.push({
    key: 'unanswered',
    text: t('legend.unanswered'),
    swatch: (
      <path
        transform="translate(8,24)"
        d={sign('unanswered').open}
        fill="none"
        stroke={MUTED}
        strokeWidth={1}
        strokeDasharray="3 2"
      />
    ),
  });
  if (questionnaire.scale.notApplicable)
    items.push({
      key: 'not-applicable',
      text: t('legend.notApplicable', {
        label: localized(questionnaire.scale.notApplicable.label),
      }),
      swatch: (
        <path
          transform="translate(8,24)"
          d={sign('not-applicable').na}
          stroke={MUTED}
          strokeWidth={2.5}
          strokeLinecap="round"
        />
      ),
    });
  items.push({
    key: 'differs',
    text: t('legend.differs'),
    swatch: <circle cx={16} cy={14} r={3.5} fill="#ffffff" stroke={PLANTER.differs} strokeWidth={1.5} />,
  });
  if (previous)
    items.push({
      key: 'previous',
      text: t('legend.previous'),
      swatch: (
        <path
          transform="translate(6,27) scale(0.27)"
          d={petal(0.6).fill}
          fill="none"
          stroke="#000000"
          strokeWidth={7}
        />
      ),
    });
  return items;
}
