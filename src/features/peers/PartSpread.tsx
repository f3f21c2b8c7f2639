import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MUTED, OUTLINE } from '../../domain/flowerbox/palette';
import type { PeerComparison } from '../../domain/peers/distribution';
import { useFormat } from '../../ui/format';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { TableScroll } from '../../ui/TableScroll';
import { useWidth } from '../../ui/useWidth';
import { BAND, FONT, NARROW, spreadLayout } from './spreadLayout';

const TICKS = [0, 0.25, 0.5, 0.75, 1];
const GRID = '#c9d1cc';

/**
 * Each part's spread among the others as a box plot on one fixed 0–1 scale, then the same numbers
 * as a table. The picture is laid out for the width it has (spreadLayout), so its text is never
 * scaled down or cut off.
 */
export function PartSpread({ comparison }: { comparison: PeerComparison }) {
  const { t } = useTranslation('peers');
  const format = useFormat();
  const localized = useLocalized();
  const id = useId();
  const frame = useRef<HTMLDivElement>(null);
  const width = Math.floor(useWidth(frame, 640));
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? t('parts.none') : format.score(value);
  const layout = spreadLayout(
    width,
    comparison.parts.map((part) => localized(part.section.title)),
  );
  const { x, axis } = layout;
  const narrow = width < NARROW;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('parts.title')}</h2>
      <p>{t('parts.lead')}</p>
      <div className="peer-spread-frame" ref={frame}>
        <svg
          className="peer-spread"
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-labelledby={`${id}-t`}
          aria-describedby={`${id}-d`}
        >
          <title id={`${id}-t`}>{t('parts.title')}</title>
          <desc id={`${id}-d`}>{t('parts.chart', format.count(comparison.basis.length))}</desc>
          {TICKS.map((tick) => (
            <g key={tick}>
              {narrow ? (
                // Names stand above their rows here: the grid is drawn only behind each row's box.
                layout.rows.map((row, i) => (
                  <line
                    key={i}
                    x1={x(tick)}
                    x2={x(tick)}
                    y1={row.y - BAND / 2}
                    y2={i === layout.rows.length - 1 ? axis.bottom : row.y + BAND / 2}
                    stroke={GRID}
                  />
                ))
              ) : (
                <line x1={x(tick)} x2={x(tick)} y1={axis.top} y2={axis.bottom} stroke={GRID} />
              )}
              <text x={x(tick)} y={axis.ticks} textAnchor="middle" fontSize={FONT.tick} fill={OUTLINE}>
                {format.score(tick)}
              </text>
            </g>
          ))}
          <text x={(x(0) + x(1)) / 2} y={axis.title} textAnchor="middle" fontSize={FONT.tick} fill={OUTLINE}>
            {`${t('parts.axis')} (${format.score(0)}–${format.score(1)})`}
          </text>
          {comparison.parts.map((part, i) => {
            const row = layout.rows[i]!;
            const y = row.y;
            const s = part.spread;
            const own = part.own.score;
            return (
              <g key={part.section.id}>
                <text
                  x={row.label.x}
                  y={row.label.y}
                  textAnchor={row.label.anchor}
                  fontSize={FONT.label}
                  fill={OUTLINE}
                >
                  {row.lines.map((line, n) => (
                    <tspan key={n} x={row.label.x} dy={n === 0 ? 0 : layout.lineHeight}>
                      {line}
                    </tspan>
                  ))}
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
      </div>
      <TableScroll label={t('parts.caption')}>
        <table className="peer-table">
          <caption>{t('parts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('parts.part')}</th>
              <th scope="col">{t('parts.n')}</th>
              <th scope="col">{t('parts.min')}</th>
              <th scope="col">{t('parts.q1')}</th>
              <th scope="col">{t('parts.median')}</th>
              <th scope="col">{t('parts.q3')}</th>
              <th scope="col">{t('parts.max')}</th>
              <th scope="col">{t('parts.own')}</th>
              <th scope="col">{t('parts.position')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.parts.map((part) => (
              <tr key={part.section.id}>
                <th scope="row">
                  <Localized text={part.section.title} />
                  {part.withoutScore > 0 && (
                    <span className="cell-note">
                      {t('parts.withoutScore', format.count(part.withoutScore))}
                    </span>
                  )}
                </th>
                <td>{format.number(part.spread?.n ?? 0)}</td>
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
                    ? t('parts.positionValue', {
                        higher: format.number(part.position.higher),
                        same: format.number(part.position.same),
                        lower: format.number(part.position.lower),
                      })
                    : t('parts.none')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
