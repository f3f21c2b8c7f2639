import './strings';
import { useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  balancedColumns,
  bandMarks,
  CELL_WIDTH,
  CENTRE,
  layoutBox,
  petalRadius,
  petals,
  wrapLabel,
  ZERO_MARK,
  type Mark,
} from '../../domain/flowerbox/geometry';
import { MUTED, OUTLINE, scoreColour } from '../../domain/flowerbox/palette';
import type { Questionnaire, Section } from '../../domain/questionnaire/schema';
import type { IndicatorResult, PartScore } from '../../domain/score/scoring';
import { useLocalized } from '../LocalizedText';
import { answerPath } from '../paths';
import { useWidth } from '../useWidth';
import { useScoreTexts } from './texts';

interface Props {
  questionnaire: Questionnaire;
  parts: PartScore[];
  roundId: string;
  /** The picture's accessible title, e.g. "Blomlåda för Ale 2026". */
  title: string;
  /** Where "skip the picture" moves focus (an element with tabIndex -1). */
  skipTo?: string;
  /** The drawing, for export. */
  pictureRef?: Ref<SVGSVGElement>;
  /** Without the layer of links: for small multiples, where a table carries the numbers. */
  interactive?: boolean;
  /**
   * An earlier round's results, per part of this questionnaire and aligned with its indicators
   * (unmatched ones as unanswered): drawn as dark outlines over this round's petals.
   */
  previous?: Record<string, IndicatorResult[]>;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const INK = '#1d2b24';
const GRASS_BG = '#e3f0dc';
const SOIL_BG = '#efe3d3';
/** On-screen width per flower column, in CSS pixels: 2 columns on a phone, at most 4. */
const COLUMN_PX = 200;

interface Focused {
  sectionId: string;
  index: number;
}

/**
 * The round as a flower box. Two layers share one coordinate system: a static drawing
 * (role="img", also what is exported) and on top of it the links, one per part and one per
 * indicator, each with an accessible name that carries the part, score and coverage.
 */
export function FlowerBox({
  questionnaire,
  parts,
  roundId,
  title,
  skipTo,
  pictureRef,
  interactive = true,
  previous,
}: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const texts = useScoreTexts(questionnaire);
  const container = useRef<HTMLDivElement>(null);
  const width = useWidth(container, 960);
  const [focused, setFocused] = useState<Focused | null>(null);

  const sections = new Map(questionnaire.sections.map((s) => [s.id, s]));
  const flowers = parts.filter((p) => p.kind === 'flower');
  const grass = parts.find((p) => p.kind === 'grass');
  const soil = parts.find((p) => p.kind === 'soil');
  const columns = balancedColumns(flowers.length, Math.min(4, Math.max(2, Math.floor(width / COLUMN_PX))));
  const layout = layoutBox(flowers.length, !!grass, !!soil, columns);
  const levels = [...new Set(questionnaire.scale.options.map((o) => o.score).filter((s) => s > 0))];

  const descId = `${roundId}-desc`;
  const titleId = `${roundId}-title`;
  const desc = t('flowerbox.chart.desc', {
    count: flowers.length,
    grass: grass ? t('flowerbox.chart.descGrass') : '',
    soil: soil ? t('flowerbox.chart.descSoil') : '',
  });
  const partName = (part: PartScore) => localized(sections.get(part.sectionId)!.title);
  const partLabel = (part: PartScore) =>
    t('flowerbox.chart.part', {
      part: partName(part),
      score: texts.partScore(part),
      coverage: texts.coverage(part),
    });
  const earlier = (part: PartScore, index: number) => previous?.[part.sectionId]?.[index];
  const markLabel = (part: PartScore, section: Section, index: number) => {
    const label = t('flowerbox.chart.mark', {
      part: partName(part),
      number: index + 1,
      total: section.indicators.length,
      text: localized(section.indicators[index]!.text),
      answer: texts.answer(part.indicators[index]!),
    });
    const before = earlier(part, index);
    return before ? `${label} ${t('flowerbox.chart.previous', { answer: texts.answer(before) })}` : label;
  };
  const bands = [
    grass && layout.grass ? { part: grass, band: layout.grass, shape: 'blade' as const, bg: GRASS_BG } : null,
    soil && layout.soil ? { part: soil, band: layout.soil, shape: 'column' as const, bg: SOIL_BG } : null,
  ].flatMap((b) => (b ? [b] : []));

  const focusedPart = focused && parts.find((p) => p.sectionId === focused.sectionId);
  const focusedSection = focused && sections.get(focused.sectionId);
  const viewBox = `0 0 ${layout.width} ${layout.height}`;
  const aspect = { aspectRatio: `${layout.width} / ${layout.height}` };

  return (
    <div className="flowerbox" ref={container}>
      {skipTo && (
        <button
          type="button"
          className="link-button flowerbox__skip"
          onClick={() => document.getElementById(skipTo)?.focus()}
        >
          {t('flowerbox.chart.skip')}
        </button>
      )}
      <div className="flowerbox__stage" style={aspect}>
        <svg
          ref={pictureRef}
          className="flowerbox__picture"
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          viewBox={viewBox}
          xmlns="http://www.w3.org/2000/svg"
          fontFamily={FONT}
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{desc}</desc>
          <rect width={layout.width} height={layout.height} fill="#ffffff" />
          {flowers.map((part, i) => {
            const at = layout.flowers[i]!;
            const section = sections.get(part.sectionId)!;
            return (
              <g key={part.sectionId} transform={`translate(${at.x},${at.y})`} data-part={part.sectionId}>
                {levels.map((score) => (
                  <circle
                    key={score}
                    r={petalRadius(score)}
                    fill="none"
                    stroke="#c6d0c9"
                    strokeWidth={0.75}
                  />
                ))}
                <Marks marks={petals(part.indicators)} />
                {previous?.[part.sectionId] && <Outlines marks={petals(previous[part.sectionId]!)} />}
                <circle r={CENTRE} fill="#fff7d6" stroke={OUTLINE} strokeWidth={1.25} />
                <text textAnchor="middle" dy="0.35em" fontSize={12} fontWeight={700} fill={INK}>
                  {part.score === null ? '–' : texts.score(part.score)}
                </text>
                {wrapLabel(localized(section.title), 24).map((line, l) => (
                  <text
                    key={l}
                    y={at.labelY - at.y + l * 16}
                    textAnchor="middle"
                    fontSize={14}
                    fontWeight={600}
                    fill={INK}
                  >
                    {line}
                  </text>
                ))}
              </g>
            );
          })}
          {bands.map(({ part, band, shape, bg }) => (
            <g key={part.sectionId} data-part={part.sectionId}>
              <rect x={0} y={band.top} width={layout.width} height={band.bottom - band.top} fill={bg} />
              <text x={band.x} y={band.top + 16} fontSize={13} fontWeight={600} fill={INK}>
                {`${localized(sections.get(part.sectionId)!.title)} · ${
                  part.score === null ? '–' : texts.score(part.score)
                }`}
              </text>
              <g transform={`translate(${band.x},${band.y})`}>
                <line x1={0} x2={band.width} y1={0} y2={0} stroke={MUTED} strokeWidth={1} />
                <Marks marks={bandMarks(part.indicators, band.width, shape)} />
                {previous?.[part.sectionId] && (
                  <Outlines marks={bandMarks(previous[part.sectionId]!, band.width, shape)} />
                )}
              </g>
            </g>
          ))}
        </svg>

        {interactive && (
          <svg className="flowerbox__controls" viewBox={viewBox} aria-label={title} role="group">
            {flowers.map((part, i) => {
              const at = layout.flowers[i]!;
              const section = sections.get(part.sectionId)!;
              return (
                <g key={part.sectionId} transform={`translate(${at.x},${at.y})`}>
                  <a
                    href={`#${answerPath(roundId, part.sectionId)}`}
                    aria-label={partLabel(part)}
                    className="flowerbox__part"
                  >
                    <circle r={CENTRE} />
                    <rect
                      x={-CELL_WIDTH / 2 + 8}
                      y={at.labelY - at.y - 14}
                      width={CELL_WIDTH - 16}
                      height={36}
                    />
                  </a>
                  {petals(part.indicators).map((mark, index) => (
                    <MarkLink
                      key={mark.indicatorId}
                      d={mark.slot}
                      href={`#${answerPath(roundId, part.sectionId)}`}
                      label={markLabel(part, section, index)}
                      onShow={() => setFocused({ sectionId: part.sectionId, index })}
                    />
                  ))}
                </g>
              );
            })}
            {bands.map(({ part, band, shape }) => {
              const section = sections.get(part.sectionId)!;
              return (
                <g key={part.sectionId}>
                  <a
                    href={`#${answerPath(roundId, part.sectionId)}`}
                    aria-label={partLabel(part)}
                    className="flowerbox__part"
                  >
                    <rect x={band.x - 4} y={band.top + 2} width={Math.min(band.width, 360)} height={20} />
                  </a>
                  <g transform={`translate(${band.x},${band.y})`}>
                    {bandMarks(part.indicators, band.width, shape).map((mark, index) => (
                      <MarkLink
                        key={mark.indicatorId}
                        d={mark.slot}
                        href={`#${answerPath(roundId, part.sectionId)}`}
                        label={markLabel(part, section, index)}
                        onShow={() => setFocused({ sectionId: part.sectionId, index })}
                      />
                    ))}
                  </g>
                </g>
              );
            })}
          </svg>
        )}
      </div>
      {interactive && (
        <p className="flowerbox__info">
          {focusedPart && focusedSection ? (
            <>
              <strong>
                {t('flowerbox.chart.focused', { number: focused.index + 1, part: partName(focusedPart) })}:
              </strong>{' '}
              {localized(focusedSection.indicators[focused.index]!.text)}{' '}
              <strong>{t('flowerbox.chart.answerLabel')}:</strong>{' '}
              {texts.answer(focusedPart.indicators[focused.index]!)}
            </>
          ) : (
            t('flowerbox.chart.hint')
          )}
        </p>
      )}
    </div>
  );
}

/** One indicator's drawing: fill, or the marks for 0, unanswered and not applicable. */
function Marks({ marks }: { marks: Mark[] }) {
  return marks.map((mark) => (
    <g
      key={mark.indicatorId}
      data-indicator={mark.indicatorId}
      data-state={mark.state}
      data-score={mark.score ?? ''}
    >
      {mark.state === 'unanswered' && (
        <path d={mark.slot} fill="none" stroke={MUTED} strokeWidth={1.25} strokeDasharray="4 3" />
      )}
      {mark.fill && (
        <path
          className="flowerbox__mark"
          d={mark.fill}
          fill={scoreColour(mark.score ?? 0)}
          stroke={OUTLINE}
          strokeWidth={1.25}
        />
      )}
      {mark.zero && (
        <circle
          cx={mark.zero.x}
          cy={mark.zero.y}
          r={ZERO_MARK}
          fill={scoreColour(0)}
          stroke={OUTLINE}
          strokeWidth={1.25}
        />
      )}
      {mark.line && (
        <line {...mark.line} stroke={MUTED} strokeWidth={2} strokeDasharray="1 4" strokeLinecap="round" />
      )}
    </g>
  ));
}

/** An earlier round's marks as dark outlines: score above 0 as the shape, 0 as a ring. */
function Outlines({ marks }: { marks: Mark[] }) {
  return (
    <g className="flowerbox__previous" data-previous="">
      {marks.map((mark) =>
        mark.fill ? (
          <path key={mark.indicatorId} d={mark.fill} fill="none" stroke="#000000" strokeWidth={2} />
        ) : mark.zero ? (
          <circle
            key={mark.indicatorId}
            cx={mark.zero.x}
            cy={mark.zero.y}
            r={ZERO_MARK + 2}
            fill="none"
            stroke="#000000"
            strokeWidth={1.5}
          />
        ) : null,
      )}
    </g>
  );
}

function MarkLink({
  d,
  href,
  label,
  onShow,
}: {
  d: string;
  href: string;
  label: string;
  onShow: () => void;
}) {
  return (
    <a href={href} aria-label={label} className="flowerbox__indicator" onFocus={onShow} onMouseEnter={onShow}>
      <path d={d} />
    </a>
  );
}
