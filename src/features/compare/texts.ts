import { useTranslation } from 'react-i18next';
import type { ChangeFigure, Direction, NoChangeReason } from '../../domain/compare/changes';
import type { VersionMatch } from '../../domain/compare/matching';
import { formatChange } from '../../ui/change';
import { formatScore, roundName } from '../../ui/format';

/** Words shared by the comparison views: round names, reasons, directions. */
export function useCompareTexts() {
  const { t, i18n } = useTranslation('compare');
  const reason = (why: NoChangeReason, match?: Pick<VersionMatch, 'failure'>) =>
    why === 'missing-version' && match?.failure?.version
      ? t('reason.missing-version-named', { version: match.failure.version })
      : t(`reason.${why}`);
  const direction = (d: Direction) => t(`direction.${d}`);
  const signed = (delta: number) => formatChange(delta, i18n.language);
  const change = (d: Direction | null, delta: number | null) =>
    d === null || delta === null
      ? t('change.none')
      : t('change.delta', { direction: direction(d), delta: signed(delta) });
  const score = (value: number | null) =>
    value === null ? t('change.none') : formatScore(value, i18n.language);
  /** A part's change as a figure in words, or why it has none: the same text on every view. */
  const partChange = (figure: ChangeFigure, match?: Pick<VersionMatch, 'failure'>) =>
    figure.delta === null
      ? t('notComparable', { reason: reason(figure.reason ?? 'no-pairs', match) })
      : change(figure.direction, figure.delta);
  /** The basis of a part's change: both means over the same indicators, and how many. */
  const basis = (figure: ChangeFigure) =>
    figure.delta === null
      ? t('change.basisValue', { compared: figure.compared, total: figure.total })
      : t('change.basisMeans', {
          earlier: score(figure.earlier),
          later: score(figure.later),
          compared: figure.compared,
          total: figure.total,
        });
  return { roundName, reason, direction, change, score, signed, partChange, basis };
}
