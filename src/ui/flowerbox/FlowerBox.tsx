import { useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { bandMarks, CENTRE, petals, type Band } from '../../domain/flowerbox/geometry';
import type { Questionnaire, Section } from '../../domain/questionnaire/schema';
import type { IndicatorResult, PartScore } from '../../domain/score/scoring';
import { useFormat } from '../format';
import { answerPath } from '../paths';
import { useWidth } from '../useWidth';
import { Picture } from './Picture';
import { planter, titleWidth, type Labelled } from './planter';
import { usePlanterWords } from './words';
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
  /** Per part, indicators whose ratings differ with nothing agreed: a quiet ring at the petal's tip. */
  differing?: Record<string, readonly string[]>;
  /** Boxes shown together pass the largest number of flowers among them, so they share one scale. */
  widthFor?: number;
  /**
   * The least width of a flower in CSS pixels (default 150). The printed report's cover asks for
   * less, so the box is one wide row that fits its height.
   */
  flowerPx?: number;
}

interface Focused {
  sectionId: string;
  index: number;
}

/**
 * The round as a planter box. Two layers share one coordinate system: a static drawing
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
  differing,
  widthFor,
  flowerPx,
}: Props) {
  const { t } = useTranslation('flowerbox');
  const format = useFormat();
  const words = usePlanterWords(questionnaire);
  const texts = useScoreTexts(questionnaire);
  const container = useRef<HTMLDivElement>(null);
  const width = useWidth(container, 960);
  const [focused, setFocused] = useState<Focused | null>(null);

  const sections = new Map(questionnaire.sections.map((s) => [s.id, s]));
  const box = planter(parts, words, {
    widthPx: Math.min(width, 1260),
    ...(widthFor ? { widthFor } : {}),
    ...(flowerPx ? { flowerPx } : {}),
  });
  const { layout } = box;
  const levels = [...new Set(questionnaire.scale.options.map((o) => o.score).filter((s) => s > 0))];
  const flowerCount = box.flowers.length;
  const desc = t(
    'chart.desc',
    format.count(flowerCount, {
      grass: box.grass ? t('chart.descGrass') : '',
      soil: box.soil ? t('chart.descSoil') : '',
    }),
  );
  const partLabel = (part: PartScore) =>
    t('chart.part', {
      part: words.name(part),
      score: texts.partScore(part),
      coverage: texts.coverage(part),
    });
  const markLabel = (part: PartScore, section: Section, index: number) => {
    const label = t('chart.mark', {
      part: words.name(part),
      number: index + 1,
      total: section.indicators.length,
      text: words.indicator(section, index),
      answer: texts.answer(part.indicators[index]!),
    });
    const before = previous?.[part.sectionId]?.[index];
    const differs = differing?.[part.sectionId]?.includes(section.indicators[index]!.id)
      ? ` ${t('chart.differs')}`
      : '';
    return before
      ? `${label} ${t('chart.previous', { answer: texts.answer(before) })}${differs}`
      : `${label}${differs}`;
  };
  const bandLinks = (labelled: Labelled | undefined, band: Band | undefined, shape: 'blade' | 'column') => {
    if (!labelled || !band) return null;
    const { part } = labelled;
    const section = sections.get(part.sectionId)!;
    const href = `#${answerPath(roundId, part.sectionId)}`;
    return (
      <g key={part.sectionId}>
        <a href={href} aria-label={partLabel(part)} className="flowerbox__part">
          <rect
            x={band.x}
            y={band.titleTop}
            width={titleWidth(labelled.lines, layout.font, band.width)}
            height={labelled.lines.length * layout.lineHeight + 10}
          />
        </a>
        <g transform={`translate(${band.x},${band.baseline})`}>
          {bandMarks(part.indicators, band.width, shape).map((mark, index) => (
            <MarkLink
              key={mark.indicatorId}
              d={mark.slot}
              href={href}
              label={markLabel(part, section, index)}
              onShow={() => setFocused({ sectionId: part.sectionId, index })}
            />
          ))}
        </g>
      </g>
    );
  };

  const focusedPart = focused && parts.find((p) => p.sectionId === focused.sectionId);
  const focusedSection = focused && sections.get(focused.sectionId);
  const viewBox = `0 0 ${layout.width} ${layout.height}`;

  return (
    <div className="flowerbox" ref={container}>
      {skipTo && (
        <button
          type="button"
          className="link-button flowerbox__skip"
          onClick={() => document.getElementById(skipTo)?.focus()}
        >
          {t('chart.skip')}
        </button>
      )}
      <div className="flowerbox__stage" style={{ aspectRatio: `${layout.width} / ${layout.height}` }}>
        <Picture
          planter={box}
          levels={levels}
          title={title}
          desc={desc}
          idPrefix={roundId}
          pictureRef={pictureRef}
          previous={previous}
          differing={differing}
        />
        {interactive && (
          <svg className="flowerbox__controls" viewBox={viewBox} aria-label={title} role="group">
            {box.flowers.map(({ part, lines }, i) => {
              const at = layout.flowers[i]!;
              const section = sections.get(part.sectionId)!;
              const href = `#${answerPath(roundId, part.sectionId)}`;
              return (
                <g key={part.sectionId}>
                  <a href={href} aria-label={partLabel(part)} className="flowerbox__part">
                    <circle cx={at.x} cy={at.y} r={CENTRE} />
                    <rect
                      x={at.x - layout.tag.width / 2}
                      y={at.tagTop}
                      width={layout.tag.width}
                      height={lines.length * layout.lineHeight + 10}
                    />
                  </a>
                  <g transform={`translate(${at.x},${at.y})`}>
                    {petals(part.indicators).map((mark, index) => (
                      <MarkLink
                        key={mark.indicatorId}
                        d={mark.slot}
                        href={href}
                        label={markLabel(part, section, index)}
                        onShow={() => setFocused({ sectionId: part.sectionId, index })}
                      />
                    ))}
                  </g>
                </g>
              );
            })}
            {bandLinks(box.grass, layout.grass, 'blade')}
            {bandLinks(box.soil, layout.box, 'column')}
          </svg>
        )}
      </div>
      {interactive && (
        <p className="flowerbox__info">
          {focusedPart && focusedSection ? (
            <>
              <strong>
                {t('chart.focused', { number: focused.index + 1, part: words.name(focusedPart) })}:
              </strong>{' '}
              {words.indicator(focusedSection, focused.index)} <strong>{t('chart.answerLabel')}:</strong>{' '}
              {texts.answer(focusedPart.indicators[focused.index]!)}
            </>
          ) : (
            t('chart.hint')
          )}
        </p>
      )}
    </div>
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
