import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MUTED, OUTLINE } from '../../domain/flowerbox/palette';
import type { PeerComparison } from '../../domain/peers/distribution';
import { formatScore } from '../../ui/format';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { TableScroll } from '../../ui/TableScroll';

const W = 640;
const LABEL_W = 190;
const RIGHT = 20;
const ROW = 34;
const TOP = 10;
const AXIS = 30;
const x = (score: number) => LABEL_W + score * (W - LABEL_W - RIGHT);

/** Each part's spread among the others as a box plot on one fixed 0–1 scale, then the same numbers as a table. */
export function PartSpread({ comparison }: { comparison: PeerComparison }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const id = useId();
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? t('peers.parts.none') : formatScore(value, i18n.language);
  const height = TOP + comparison.parts.length * ROW + AXIS;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('peers.parts.title')}</h2>
      <p>{t('peers.parts.lead')}</p>
      <svg
        className="peer-spread"
        viewBox={`0 0 ${W} ${height}`}
        role="img"
        aria-labelledby={`${id}-t`}
        aria-describedby={`${id}-d`}
      >
        <title id={`${id}-t`}>{t('peers.parts.title')}</title>
        <desc id={`${id}-d`}>{t('peers.parts.chart', { count: comparison.basis.length })}</desc>
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={height - AXIS + 4} stroke="#c9d1cc" />
            <text x={x(tick)} y={height - AXIS + 18} textAnchor="middle" fontSize="12" fill={OUTLINE}>
              {formatScore(tick, i18n.language)}
            </text>
          </g>
        ))}
        {comparison.parts.map((part, row) => {
          const y = TOP + row * ROW + ROW / 2;
          const s = part.spread;
          const own = part.own.score;
          return (
            <g key={part.section.id}>
              <text x={LABEL_W - 8} y={y + 4} textAnchor="end" fontSize="13" fill={OUTLINE}>
                {truncate(localized(part.section.title))}
              </text>
              {s && (
                <>
                  <line x1={x(s.min)} x2={x(s.max)} y1={y} y2={y} stroke={MUTED} strokeWidth="2" />
                  <rect
                    x={x(s.q1)}
                    y={y - 9}
                    width={Math.max(1, x(s.q3) - x(s.q1))}
                    height="18"
                    fill="#dbe7f3"
                    stroke={OUTLINE}
                  />
                  <line
                    x1={x(s.median)}
                    x2={x(s.median)}
                    y1={y - 9}
                    y2={y + 9}
                    stroke={OUTLINE}
                    strokeWidth="4"
                  />
                </>
              )}
              {own !== null && (
                <path
                  d={`M${x(own)},${y - 11}l8,11l-8,11l-8,-11z`}
                  fill="#b3261e"
                  stroke="#ffffff"
                  strokeWidth="1.5"
                />
              )}
            </g>
          );
        })}
      </svg>
      <TableScroll label={t('peers.parts.caption')}>
        <table className="peer-table">
          <caption>{t('peers.parts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('peers.parts.part')}</th>
              <th scope="col">{t('peers.parts.n')}</th>
              <th scope="col">{t('peers.parts.min')}</th>
              <th scope="col">{t('peers.parts.q1')}</th>
              <th scope="col">{t('peers.parts.median')}</th>
              <th scope="col">{t('peers.parts.q3')}</th>
              <th scope="col">{t('peers.parts.max')}</th>
              <th scope="col">{t('peers.parts.own')}</th>
              <th scope="col">{t('peers.parts.position')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.parts.map((part) => (
              <tr key={part.section.id}>
                <th scope="row">
                  <Localized text={part.section.title} />
                  {part.withoutScore > 0 && (
                    <span className="cell-note">
                      {t('peers.parts.withoutScore', { count: part.withoutScore })}
                    </span>
                  )}
                </th>
                <td>{part.spread?.n ?? 0}</td>
                <td>{score(part.spread?.min)}</td>
                <td>{score(part.spread?.q1)}</td>
                <td>{score(part.spread?.median)}</td>
                <td>{score(part.spread?.q3)}</td>
                <td>{score(part.spread?.max)}</td>
                <td>
                  <strong>{score(part.own.score)}</strong>
                </td>
                <td>
                  {part.position
                    ? t('peers.parts.positionValue', { ...part.position })
                    : t('peers.parts.none')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

// The chart's label column is narrow; the table below has the full names.
const truncate = (text: string) => (text.length > 26 ? `${text.slice(0, 25)}…` : text);
