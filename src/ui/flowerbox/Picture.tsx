import type { Ref } from 'react';
import {
  bandMarks,
  CENTRE,
  petalRadius,
  petals,
  type Band,
  type Mark,
} from '../../domain/flowerbox/geometry';
import { MUTED, OUTLINE, PLANTER, scoreColour } from '../../domain/flowerbox/palette';
import type { IndicatorResult } from '../../domain/score/scoring';
import { titleWidth, type Labelled, type Planter } from './planter';

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

interface Props {
  planter: Planter;
  /** Score levels above 0, drawn as faint rings. */
  levels: readonly number[];
  title: string;
  desc: string;
  idPrefix: string;
  pictureRef?: Ref<SVGSVGElement>;
  /** An earlier round's results per part, aligned with this round's indicators. */
  previous?: Record<string, IndicatorResult[]> | undefined;
  /** Per part, the indicators whose ratings differ with nothing agreed. */
  differing?: Record<string, readonly string[]> | undefined;
  className?: string;
  /** Where the picture sits when nested in a larger drawing (the exported slide). */
  frame?: { x: number; y: number; width: number; height: number };
}

/**
 * The planter box as one static SVG: the soil in the box, the grass on it, the flowers on their
 * stems. It is what the page shows under the layer of links, and what the export writes.
 */
export function Picture({
  planter,
  levels,
  title,
  desc,
  idPrefix,
  pictureRef,
  previous,
  differing,
  className = 'flowerbox__picture',
  frame,
}: Props) {
  const { layout } = planter;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return (
    <svg
      ref={pictureRef}
      className={className}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily={FONT}
      {...frame}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{desc}</desc>
      <rect width={layout.width} height={layout.height} fill="#ffffff" />
      {layout.grass && (
        <rect
          y={layout.grass.top}
          width={layout.width}
          height={layout.grass.bottom - layout.grass.top}
          fill={PLANTER.grass}
        />
      )}
      {/* Every stem first, so heads and tags in front cover the stems behind them. */}
      <g stroke={PLANTER.stem} strokeWidth={3} strokeLinecap="round">
        {layout.flowers.map((at, i) => (
          <line key={i} x1={at.x} x2={at.x} y1={at.y} y2={layout.ground} />
        ))}
      </g>
      {planter.flowers.map((flower, i) => {
        const at = layout.flowers[i]!;
        const id = flower.part.sectionId;
        return (
          <g key={id} data-part={id}>
            <g transform={`translate(${at.x},${at.y})`}>
              {levels.map((score) => (
                <circle
                  key={score}
                  r={petalRadius(score)}
                  fill="none"
                  stroke={PLANTER.ring}
                  strokeWidth={0.75}
                />
              ))}
              <Marks marks={petals(flower.part.indicators)} differing={differing?.[id]} />
              {previous?.[id] && <Outlines marks={petals(previous[id])} />}
              <circle r={CENTRE} fill={PLANTER.centre} stroke={OUTLINE} strokeWidth={1.25} />
            </g>
            <Tag
              labelled={flower}
              x={at.x - layout.tag.width / 2}
              y={at.tagTop}
              width={layout.tag.width}
              font={layout.font}
              lineHeight={layout.lineHeight}
              centred
            />
          </g>
        );
      })}
      {planter.grass && layout.grass && (
        <BandPart
          labelled={planter.grass}
          band={layout.grass}
          shape="blade"
          planter={planter}
          previous={previous}
          differing={differing}
        />
      )}
      <path
        d={`M0,${layout.box.top}H${layout.width}L${layout.width - 12},${layout.box.bottom}H12Z`}
        fill={PLANTER.box}
        stroke={PLANTER.rim}
        strokeWidth={2}
      />
      <rect y={layout.box.top} width={layout.width} height={7} fill={PLANTER.rim} />
      {planter.soil && (
        <BandPart
          labelled={planter.soil}
          band={layout.box}
          shape="column"
          planter={planter}
          previous={previous}
          differing={differing}
        />
      )}
    </svg>
  );
}

function BandPart({
  labelled,
  band,
  shape,
  planter,
  previous,
  differing,
}: {
  labelled: Labelled;
  band: Band;
  shape: 'blade' | 'column';
  planter: Planter;
  previous?: Record<string, IndicatorResult[]> | undefined;
  differing?: Record<string, readonly string[]> | undefined;
}) {
  const { layout } = planter;
  const id = labelled.part.sectionId;
  return (
    <g data-part={id}>
      <Tag
        labelled={labelled}
        x={band.x}
        y={band.titleTop}
        width={titleWidth(labelled.lines, layout.font, band.width)}
        font={layout.font}
        lineHeight={layout.lineHeight}
      />
      <g transform={`translate(${band.x},${band.baseline})`}>
        <line x1={0} x2={band.width} stroke={MUTED} strokeWidth={1} />
        <Marks marks={bandMarks(labelled.part.indicators, band.width, shape)} differing={differing?.[id]} />
        {previous?.[id] && <Outlines marks={bandMarks(previous[id], band.width, shape)} />}
      </g>
    </g>
  );
}

/** A part's name and score on a white tag, hung on its stem or set on its band. */
function Tag({
  labelled,
  x,
  y,
  width,
  font,
  lineHeight,
  centred = false,
}: {
  labelled: Labelled;
  x: number;
  y: number;
  width: number;
  font: number;
  lineHeight: number;
  centred?: boolean;
}) {
  const height = labelled.lines.length * lineHeight + 10;
  const textX = centred ? x + width / 2 : x + 10;
  return (
    <g className="flowerbox__tag">
      <rect x={x} y={y} width={width} height={height} rx={6} fill={PLANTER.tag} stroke={PLANTER.tagEdge} />
      {labelled.lines.map((line, l) => {
        const name = l < labelled.nameLines;
        return (
          <text
            key={l}
            x={textX}
            y={y + 5 + (l + 0.8) * lineHeight}
            textAnchor={centred ? 'middle' : 'start'}
            fontSize={font}
            fontWeight={name ? 600 : 400}
            fill={name ? PLANTER.ink : PLANTER.quiet}
          >
            {line}
          </text>
        );
      })}
    </g>
  );
}

/** Each indicator's drawing: a filled shape, or the one sign for 0, unanswered or "ej aktuellt". */
function Marks({ marks, differing }: { marks: Mark[]; differing?: readonly string[] | undefined }) {
  return marks.map((mark) => (
    <g
      key={mark.indicatorId}
      data-indicator={mark.indicatorId}
      data-state={mark.state}
      data-score={mark.score ?? ''}
    >
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
        <path
          data-sign="zero"
          d={mark.zero}
          stroke={scoreColour(0)}
          strokeWidth={2.25}
          strokeLinecap="round"
        />
      )}
      {mark.open && (
        <path
          data-sign="open"
          d={mark.open}
          fill="none"
          stroke={MUTED}
          strokeWidth={1}
          strokeDasharray="3 2"
        />
      )}
      {mark.na && <path data-sign="na" d={mark.na} stroke={MUTED} strokeWidth={2.5} strokeLinecap="round" />}
      {differing?.includes(mark.indicatorId) && (
        <circle
          data-sign="differs"
          cx={mark.tip.x}
          cy={mark.tip.y}
          r={3.5}
          fill="#ffffff"
          stroke={PLANTER.differs}
          strokeWidth={1.5}
        />
      )}
    </g>
  ));
}

/** An earlier round's marks as dark outlines: a score above 0 as its shape, 0 as its cross. */
function Outlines({ marks }: { marks: Mark[] }) {
  return (
    <g className="flowerbox__previous" data-previous="" fill="none" stroke="#000000">
      {marks.map((mark) =>
        mark.fill ? (
          <path key={mark.indicatorId} d={mark.fill} strokeWidth={2} />
        ) : mark.zero ? (
          <path key={mark.indicatorId} d={mark.zero} strokeWidth={1} />
        ) : null,
      )}
    </g>
  );
}
