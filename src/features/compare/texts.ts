import './strings';
import { useTranslation } from 'react-i18next';
import type { Direction, NotComparableReason } from '../../domain/compare/changes';
import type { VersionMatch } from '../../domain/compare/matching';
import { formatScore, roundName } from '../../ui/format';

/** Words shared by the comparison views: round names, reasons, directions. */
export function useCompareTexts() {
  const { t, i18n } = useTranslation();
  const reason = (why: NotComparableReason | 'no-pairs', match?: VersionMatch) =>
    why === 'missing-version' && match?.failure?.version
      ? t('compare.reason.missing-version-named', { version: match.failure.version })
      : t(`compare.reason.${why}`);
  const direction = (d: Direction) => t(`compare.direction.${d}`);
  const signed = (delta: number) =>
    new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', {
      maximumFractionDigits: 2,
      signDisplay: 'exceptZero',
    }).format(delta);
  const change = (d: Direction | null, delta: number | null) =>
    d === null || delta === null
      ? t('compare.change.none')
      : t('compare.change.delta', { direction: direction(d), delta: signed(delta) });
  const score = (value: number | null) =>
    value === null ? t('compare.change.none') : formatScore(value, i18n.language);
  return { roundName, reason, direction, change, score, signed };
}
