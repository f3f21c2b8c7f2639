/**
 * Each part's score across all years. Parts are those of the latest round's questionnaire; an
 * earlier round's value is its score over the part's indicators that are comparable with the
 * latest version (through `supersedes`), with that basis beside it, so no year is compared on
 * indicators it did not have.
 */
import type { Questionnaire, Section } from '../questionnaire/schema';
import { scoreIndicator, scorePart } from '../score/scoring';
import type { RoundData } from './changes';
import { matchVersions, type UnmatchedReason } from './matching';

export interface TrendPoint {
  roundId: string;
  year: number;
  label: string;
  /** Mean over the comparable indicators scored in this round; null when there are none. */
  score: number | null;
  /** Indicators scored in this round among the comparable ones. */
  scored: number;
  /** The part's indicators comparable with the latest version (all of them for the latest round). */
  comparable: number;
  total: number;
  /** Why nothing is comparable, when the whole questionnaire could not be matched. */
  failure?: UnmatchedReason;
}

export interface PartTrend {
  sectionId: string;
  kind: Section['kind'];
  points: TrendPoint[];
}

/** Trends for every part of the latest round (the last of `rounds`, which are oldest first). */
export function partTrends(rounds: readonly RoundData[], known: readonly Questionnaire[] = []): PartTrend[] {
  const latest = rounds.at(-1);
  if (!latest) return [];
  const q = latest.questionnaire;
  const matches = rounds.map((r) => (r === latest ? null : matchVersions(r.questionnaire, q, known)));
  return q.sections.map((section) => ({
    sectionId: section.id,
    kind: section.kind,
    points: rounds.map((round, r): TrendPoint => {
      const base = {
        roundId: round.id,
        year: round.year,
        label: round.label,
        total: section.indicators.length,
      };
      const match = matches[r];
      if (!match) {
        const own = scorePart(section, q.scale, round.answers[section.id]);
        return { ...base, score: own.score, scored: own.scored, comparable: section.indicators.length };
      }
      if (match.failure)
        return { ...base, score: null, scored: 0, comparable: 0, failure: match.failure.reason };
      const where = new Map(
        round.questionnaire.sections.flatMap((s) => s.indicators.map((i) => [i.id, s.id] as const)),
      );
      const earlierIds = section.indicators.flatMap((i) => {
        const id = match.earlierOf.get(i.id);
        return id === undefined ? [] : [id];
      });
      const scores = earlierIds.flatMap((id) => {
        const result = scoreIndicator(round.questionnaire.scale, id, round.answers[where.get(id)!]?.[id]);
        return result.state === 'scored' ? [result.score] : [];
      });
      return {
        ...base,
        score: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
        scored: scores.length,
        comparable: earlierIds.length,
      };
    }),
  }));
}
