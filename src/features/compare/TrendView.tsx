import { line } from 'd3-shape';
import { useTranslation } from 'react-i18next';
import type { PartTrend, TrendPoint } from '../../domain/compare/trend';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { scoreColour, OUTLINE } from '../../domain/flowerbox/palette';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { useCompareTexts } from './texts';
import { TableScroll } from '../../ui/TableScroll';

const W = 240;
const H = 110;
const PAD = { left: 30, right: 12, top: 10, bottom: 24 };

/** Each part's score across the years: a small chart per part on one fixed scale, and a table. */
export function TrendView({ trends, questionnaire }: { trends: PartTrend[]; questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const texts = useCompareTexts();
  const titles = new Map(questionnaire.sections.map((s) => [s.id, s.title]));
  const points = trends[0]?.points ?? [];
  return (
    <>
      <p>{t('compare.trend.lead')}</p>
      <ul className="trend-grid">
        {trends.map((trend) => {
          const name = localized(titles.get(trend.sectionId)!);
          const values = trend.points
            .map((p) => t('compare.trend.point', { year: texts.roundName(p), score: texts.score(p.score) }))
            .join(', ');
          return (
            <li key={trend.sectionId}>
              <TrendChart
                trend={trend}
                label={t('compare.trend.chart', { part: name, values })}
                title={name}
              />
            </li>
          );
        })}
      </ul>
      <TableScroll label={t('compare.trend.caption')}>
        <table>
          <caption>{t('compare.trend.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.trend.part')}</th>
              {points.map((p) => (
                <th scope="col" key={p.roundId}>
                  {texts.roundName(p)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trends.map((trend) => (
              <tr key={trend.sectionId}>
                <th scope="row">
                  <Localized text={titles.get(trend.sectionId)!} />
                </th>
                {trend.points.map((p) => (
                  <td key={p.roundId}>
                    <TrendCell point={p} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function TrendCell({ point }: { point: TrendPoint }) {
  const { t } = useTranslation();
  const texts = useCompareTexts();
  if (point.failure) return <>{t('compare.notComparable', { reason: texts.reason(point.failure) })}</>;
  if (point.comparable === 0) return <>{t('compare.trend.none')}</>;
  return (
    <>
      <strong>{texts.score(point.score)}</strong>
      <br />
      <span className="hint">
        {t('compare.trend.basis', { scored: point.scored, comparable: point.comparable })}
      </span>
    </>
  );
}

/** One part's line on the fixed 0..1 scale; years without a value break the line. */
function TrendChart({ trend, label, title }: { trend: PartTrend; label: string; title: string }) {
  const n = trend.points.length;
  const x = (i: number) => PAD.left + (n === 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (score: number) => PAD.top + (1 - score) * (H - PAD.top - PAD.bottom);
  const path = line<TrendPoint>()
    .defined((p) => p.score !== null)
    .x((_, i) => x(i))
    .y((p) => y(p.score ?? 0))(trend.points);
  return (
    <figure className="trend-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {[0, 0.5, 1].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#c6d0c9" strokeWidth={1} />
            <text x={PAD.left - 6} y={y(v)} dy="0.35em" textAnchor="end" fontSize={10} fill="#3d4a43">
              {v === 0.5 ? '0,5' : v}
            </text>
          </g>
        ))}
        {path && <path d={path} fill="none" stroke={OUTLINE} strokeWidth={2} />}
        {trend.points.map((p, i) => (
          <g key={p.roundId}>
            {p.score !== null && (
              <circle
                cx={x(i)}
                cy={y(p.score)}
                r={4.5}
                fill={scoreColour(p.score)}
                stroke={OUTLINE}
                strokeWidth={1.25}
              />
            )}
            <text x={x(i)} y={H - 6} textAnchor="middle" fontSize={10} fill="#3d4a43">
              {p.year}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
