/**
 * The scoring rule, in one place: an indicator scores its scale option's score (0..1); a part
 * scores the mean over its answered, applicable indicators; "ej aktuellt" counts neither for nor
 * against; every score travels with its coverage so a thin basis is never hidden.
 */
import type { Questionnaire, Scale, Section } from '../questionnaire/schema';
import type { Answer } from '../round/model';

/** One indicator's result: scored on the scale, not applicable, or not answered yet. */
export type IndicatorResult =
  | { indicatorId: string; state: 'scored'; value: string; score: number; level: number; levels: number }
  | { indicatorId: string; state: 'not-applicable' }
  | { indicatorId: string; state: 'unanswered' };

/** A part's score with its basis. `score` is null when no applicable indicator is answered. */
export interface PartScore {
  sectionId: string;
  kind: Section['kind'];
  score: number | null;
  /** Indicators answered with a scale option: the basis of the score. */
  scored: number;
  notApplicable: number;
  unanswered: number;
  total: number;
  /** scored / (total − notApplicable); 0 when every indicator is not applicable. */
  coverage: number;
  indicators: IndicatorResult[];
}

/** One indicator's result; a value the scale does not know is treated as unanswered. */
export function scoreIndicator(
  scale: Scale,
  indicatorId: string,
  answer: Answer | undefined,
): IndicatorResult {
  const value = answer?.value;
  if (value === undefined) return { indicatorId, state: 'unanswered' };
  if (scale.notApplicable?.value === value) return { indicatorId, state: 'not-applicable' };
  const index = scale.options.findIndex((option) => option.value === value);
  if (index < 0) return { indicatorId, state: 'unanswered' };
  return {
    indicatorId,
    state: 'scored',
    value,
    score: scale.options[index]!.score,
    level: index + 1,
    levels: scale.options.length,
  };
}

/** A part's score and coverage from its answers (answers to unknown ids are ignored). */
export function scorePart(
  section: Section,
  scale: Scale,
  answers: Readonly<Record<string, Answer>> | undefined,
): PartScore {
  const indicators = section.indicators.map((i) => scoreIndicator(scale, i.id, answers?.[i.id]));
  let sum = 0;
  let scored = 0;
  let notApplicable = 0;
  for (const result of indicators) {
    if (result.state === 'scored') {
      sum += result.score;
      scored += 1;
    } else if (result.state === 'not-applicable') notApplicable += 1;
  }
  const total = indicators.length;
  const applicable = total - notApplicable;
  return {
    sectionId: section.id,
    kind: section.kind,
    score: scored > 0 ? sum / scored : null,
    scored,
    notApplicable,
    unanswered: total - scored - notApplicable,
    total,
    coverage: applicable > 0 ? scored / applicable : 0,
    indicators,
  };
}

/** Every part's score, in the questionnaire's order. */
export function scoreRound(
  questionnaire: Questionnaire,
  answersBySection: Readonly<Record<string, Readonly<Record<string, Answer>> | undefined>>,
): PartScore[] {
  return questionnaire.sections.map((s) => scorePart(s, questionnaire.scale, answersBySection[s.id]));
}

/** Below this coverage a part's score rests on too few answers to be called strong or weak. */
export const THIN_COVERAGE = 0.5;
