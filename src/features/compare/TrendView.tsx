import { useTranslation } from 'react-i18next';
import type { PartTrend, TrendStep } from '../../domain/compare/trend';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { scoreColour, OUTLINE } from '../../domain/flowerbox/palette';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { useCompareTexts } from './texts';
import { TableScroll } from '../../ui/TableScroll';

const W = 240;
const H = 110;
const PAD = { left: 30, right: 12, top: 10, bottom: 24 };

/**
 * Each part's change from round to round: a small chart per part on one fixed scale, and a table.
 * Every step is `partChange`'s figure, the same as Förändringar shows for that pair of rounds.
 */
export function TrendView({ trends, questionnaire }: { trends: PartTrend[]; questionnaire: Questionnaire }) {
  const { t } = useTranslation('compare');
  const localized = useLocalized();
  const texts = useCompareTexts();
  const titles = new Map(questionnaire.sections.map((s) => [s.id, s.title]));
  const steps = trends[0]?.steps ?? [];
  const latest = steps.at(-1)?.to;
  const step = (s: TrendStep) =>
    t('trend.step', { from: texts.roundName(s.from), to: texts.roundName(s.to) });
  return (
    <>
      <p>{t('trend.lead')}</p>
      <ul className="trend-grid">
        {trends.map((trend) => {
          const name = localized(titles.get(trend.sectionId)!);
          const values = trend.steps
            .map((s) =>
              t('trend.point', {
                step: step(s),
                change: texts.partChange(s, s),
                basis: texts.basis(s),
              }),
            )
            .join('; ');
          return (
            <li key={trend.sectionId}>
              <TrendChart trend={trend} label={t('trend.chart', { part: name, values })} title={name} />
            </li>
          );
        })}
      </ul>
      <TableScroll label={t('trend.caption')}>
        <table>
          <caption>{t('trend.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trend.part')}</th>
              {steps.map((s) => (
                <th scope="col" key={`${s.from.id}-${s.to.id}`}>
                  {step(s)}
                </th>
              ))}
              {latest && (
                <th scope="col" className="num">
                  {t('trend.latest', { round: texts.roundName(latest) })}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {trends.map((trend) => (
              <tr key={trend.sectionId}>
                <th scope="row">
                  <Localized text={titles.get(trend.sectionId)!} />
                </th>
                {trend.steps.map((s) => (
                  <td key={`${s.from.id}-${s.to.id}`}>
                    <strong>{texts.partChange(s, s)}</strong>
                    <br />
                    <span className="hint">{texts.basis(s)}</span>
                  </td>
                ))}
                {latest && <td className="num">{texts.score(trend.latest.score)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/**
 * One part's steps on the fixed 0..1 scale. Each step is drawn between the two rounds' means over
 * the indicators it compares, so its slope is the change; where the next step compares other
 * indicators it starts at another height, and a step without a change is not drawn.
 */
function TrendChart({ trend, label, title }: { trend: PartTrend; label: string; title: string }) {
  const n = trend.steps.length + 1;
  const x = (i: number) => PAD.left + (n === 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (score: number) => PAD.top + (1 - score) * (H - PAD.top - PAD.bottom);
  const years = [trend.steps[0]?.from, ...trend.steps.map((s) => s.to)].filter((r) => r !== undefined);
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
        {trend.steps.map((s, i) =>
          s.earlier === null || s.later === null ? null : (
            <g key={`${s.from.id}-${s.to.id}`} data-step={`${s.from.year}-${s.to.year}`}>
              <line
                x1={x(i)}
                x2={x(i + 1)}
                y1={y(s.earlier)}
                y2={y(s.later)}
                stroke={OUTLINE}
                strokeWidth={2}
              />
              {[
                { at: i, value: s.earlier },
                { at: i + 1, value: s.later },
              ].map(({ at, value }) => (
                <circle
                  key={at}
                  cx={x(at)}
                  cy={y(value)}
                  r={4.5}
                  fill={scoreColour(value)}
                  stroke={OUTLINE}
                  strokeWidth={1.25}
                />
              ))}
            </g>
          ),
        )}
        {years.map((r, i) => (
          <text key={r.id} x={x(i)} y={H - 6} textAnchor="middle" fontSize={10} fill="#3d4a43">
            {r.year}
          </text>
        ))}
      </svg>
    </figure>
  );
}
