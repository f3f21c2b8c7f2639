import { useTranslation } from 'react-i18next';
import type { ChangeFigure, Direction, NoChangeReason } from '../../domain/compare/changes';
import type { VersionMatch } from '../../domain/compare/matching';
import { roundName, useFormat } from '../../ui/format';

/** Words shared by the comparison views: round names, reasons, directions. */
export function useCompareTexts() {
  const { t } = useTranslation('compare');
  const format = useFormat();
  const reason = (why: NoChangeReason, match?: Pick<VersionMatch, 'failure'>) =>
    why === 'missing-version' && match?.failure?.version
      ? t('reason.missing-version-named', { version: match.failure.version })
      : t(`reason.${why}`);
  const direction = (d: Direction) => t(`direction.${d}`);
  const signed = format.change;
  const change = (d: Direction | null, delta: number | null) =>
    d === null || delta === null
      ? t('change.none')
      : t('change.delta', { direction: direction(d), delta: signed(delta) });
  const score = (value: number | null) => (value === null ? t('change.none') : format.score(value));
  /** A part's change as a figure in words, or why it has none: the same text on every view. */
  const partChange = (figure: ChangeFigure, match?: Pick<VersionMatch, 'failure'>) =>
    figure.delta === null
      ? t('notComparable', { reason: reason(figure.reason ?? 'no-pairs', match) })
      : change(figure.direction, figure.delta);
  /** On how many of a part's indicators a change rests: "12 av 15 indikatorer". */
  const basisCount = (compared: number, total: number) =>
    t('change.basisValue', format.count(total, { compared: format.number(compared) }));
  /** The basis of a part's change: both means over the same indicators, and how many. */
  const basis = (figure: ChangeFigure) =>
    figure.delta === null
      ? basisCount(figure.compared, figure.total)
      : t(
          'change.basisMeans',
          format.count(figure.total, {
            earlier: score(figure.earlier),
            later: score(figure.later),
            compared: format.number(figure.compared),
          }),
        );
  return { roundName, reason, direction, change, score, signed, partChange, basisCount, basis };
}
