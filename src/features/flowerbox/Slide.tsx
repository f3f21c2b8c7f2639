import { wrapLabel, charsFor } from '../../domain/flowerbox/geometry';
import { PLANTER } from '../../domain/flowerbox/palette';
import type { IndicatorResult, PartScore } from '../../domain/score/scoring';
import { FONT, Picture } from '../../ui/flowerbox/Picture';
import { planter, type PartWords, type Planter } from '../../ui/flowerbox/planter';
import { SWATCH, type LegendItem } from '../../ui/flowerbox/signs';

/** The slide's sizes in its own units: 16:9, or A4 landscape (√2:1), both 1920 wide. */
export const SLIDES = {
  wide: { width: 1920, height: 1080 },
  a4: { width: 1920, height: Math.round(1920 / Math.SQRT2) },
} as const;
export type SlideFormat = keyof typeof SLIDES;

export interface SlideProps {
  format: SlideFormat;
  /** E.g. "Ale · Blomlådan 2026". */
  title: string;
  /** E.g. "eBlomlådan 2016 · Publicerad". */
  subtitle: string;
  /** The file's own title: municipality, year, questionnaire and status on one line. */
  heading: string;
  /** The picture's accessible title and description. */
  pictureTitle: string;
  pictureDesc: string;
  parts: readonly PartScore[];
  words: PartWords;
  levels: readonly number[];
  previous?: Record<string, IndicatorResult[]> | undefined;
  differing?: Record<string, readonly string[]> | undefined;
  legendTitle: string;
  legendLead: string;
  legend: readonly LegendItem[];
  /** The scoring rule in one line. */
  rule: string;
  /** E.g. "Exporterad 1 december 2026 från eBlomlådan". */
  dated: string;
}

const M = 64;
const LEGEND_WIDTH = 500;
const TOP = 190;
const FOOT = 96;
const INK = PLANTER.ink;

/**
 * The picture laid out for the room it has on the slide: every row count is tried and the one
 * that draws the flowers largest wins (a slide is wide, a phone narrow).
 */
function fitted(props: SlideProps, width: number, height: number): { box: Planter; scale: number } {
  let best: { box: Planter; scale: number } | null = null;
  for (let columns = 1; columns <= 6; columns++) {
    const box = planter(props.parts, props.words, { widthPx: width, maxColumns: columns, minFontPx: 15 });
    const scale = Math.min(width / box.layout.width, height / box.layout.height);
    if (!best || scale > best.scale + 1e-6) best = { box, scale };
  }
  return best!;
}

/** A slide with title, picture, legend, the rule in one line and the date: readable without the app. */
export function Slide(props: SlideProps) {
  const { width, height } = SLIDES[props.format];
  const area = { x: M, y: TOP, width: width - 2 * M - LEGEND_WIDTH - 48, height: height - TOP - FOOT - 24 };
  const { box, scale } = fitted(props, area.width, area.height);
  const drawn = { width: box.layout.width * scale, height: box.layout.height * scale };
  const frame = {
    x: area.x + (area.width - drawn.width) / 2,
    y: area.y + (area.height - drawn.height) / 2,
    width: drawn.width,
    height: drawn.height,
  };
  const legendX = width - M - LEGEND_WIDTH;
  const leadLines = wrapLabel(props.legendLead, charsFor(LEGEND_WIDTH, 20), 9);
  const leadTop = TOP + 42;
  const lead = leadLines.map((line, i) => (
    <text key={i} x={legendX} y={leadTop + 28 + i * 26} fontSize={20} fill={INK}>
      {line}
    </text>
  ));
  // Each legend row as tall as its swatch or its wrapped text, stacked below the lead.
  const rows = props.legend.map((item) => ({
    item,
    lines: wrapLabel(item.text, charsFor(LEGEND_WIDTH - 64, 21), 3),
  }));
  const tops = rows.reduce<number[]>(
    (acc, { lines }, i) => [...acc, acc[i]! + Math.max(SWATCH.height * 1.5, lines.length * 26) + 14],
    [leadTop + 28 + leadLines.length * 26 + 16],
  );
  const items = rows.map(({ item, lines }, i) => (
    <g key={item.key}>
      <g transform={`translate(${legendX},${tops[i]!}) scale(1.5)`}>{item.swatch}</g>
      {lines.map((line, l) => (
        <text key={l} x={legendX + 64} y={tops[i]! + 22 + l * 26} fontSize={21} fill={INK}>
          {line}
        </text>
      ))}
    </g>
  ));
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      fontFamily={FONT}
    >
      <title>{props.heading}</title>
      <rect width={width} height={height} fill="#ffffff" />
      <text x={M} y={M + 40} fontSize={48} fontWeight={700} fill={INK}>
        {props.title}
      </text>
      <text x={M} y={M + 92} fontSize={28} fill={PLANTER.quiet}>
        {props.subtitle}
      </text>
      <Picture
        planter={box}
        levels={props.levels}
        title={props.pictureTitle}
        desc={props.pictureDesc}
        idPrefix="slide"
        previous={props.previous}
        differing={props.differing}
        className="slide__picture"
        frame={frame}
      />
      <text x={legendX} y={TOP + 30} fontSize={26} fontWeight={700} fill={INK}>
        {props.legendTitle}
      </text>
      {lead}
      {items}
      <line x1={M} x2={width - M} y1={height - FOOT} y2={height - FOOT} stroke={PLANTER.tagEdge} />
      <text x={M} y={height - FOOT + 40} fontSize={20} fill={INK}>
        {props.rule}
      </text>
      <text x={M} y={height - FOOT + 70} fontSize={18} fill={PLANTER.quiet}>
        {props.dated}
      </text>
    </svg>
  );
}
