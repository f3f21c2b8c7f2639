/**
 * Each part's change year by year. Parts are those of the latest round's questionnaire; every
 * step between two consecutive rounds is the part's change by the one rule (`partChange`): the
 * means over the part's indicators that both rounds can be compared on through `supersedes`
 * and that are scored in both. The last step is therefore exactly the change that Förändringar,
 * Lok och vagnar, the report and the CSV show for the two latest rounds.
 */
import type { Questionnaire, Section } from '../questionnaire/schema';
import { scorePart, type IndicatorResult, type PartScore } from '../score/scoring';
import { matchedResults, pairOf, partChange, type ChangeFigure, type RoundData } from './changes';
import { matchVersions, type UnmatchedReason, type VersionMatch } from './matching';

/** A round as a trend names it. */
export type TrendRound = Pick<RoundData, 'id' | 'year' | 'label'>;

/** A part's change from one round to the next. */
export interface TrendStep extends ChangeFigure {
  from: TrendRound;
  to: TrendRound;
  /** Set when one of the two rounds could not be matched with the latest version at all. */
  failure?: VersionMatch['failure'];
}

export interface PartTrend {
  sectionId: string;
  kind: Section['kind'];
  /** The part's own score in the latest round (`scorePart`), as every other view shows it. */
  latest: PartScore;
  /** One step per consecutive pair of rounds, oldest first. */
  steps: TrendStep[];
}

/** A round's results in the latest version's terms, or why it has none. */
interface Seen {
  result: (laterId: string) => IndicatorResult | undefined;
  unmatched: (laterId: string) => UnmatchedReason;
  failure?: VersionMatch['failure'];
}

/** Trends for every part of the latest round (the last of `rounds`, which are oldest first). */
export function partTrends(rounds: readonly RoundData[], known: readonly Questionnaire[] = []): PartTrend[] {
  const latest = rounds.at(-1);
  if (!latest) return [];
  const q = latest.questionnaire;
  const own = new Map(
    q.sections.flatMap((s) =>
      scorePart(s, q.scale, latest.answers[s.id]).indicators.map((r) => [r.indicatorId, r] as const),
    ),
  );
  const seen = rounds.map((round): Seen => {
    if (round === latest) return { result: (id) => own.get(id), unmatched: () => 'new' };
    const match = matchVersions(round.questionnaire, q, known);
    return {
      result: matchedResults(round, match),
      unmatched: (id) => match.unmatchedLater.get(id) ?? 'new',
      ...(match.failure ? { failure: match.failure } : {}),
    };
  });
  const name = ({ id, year, label }: RoundData): TrendRound => ({ id, year, label });
  return q.sections.map((section) => ({
    sectionId: section.id,
    kind: section.kind,
    latest: scorePart(section, q.scale, latest.answers[section.id]),
    steps: rounds.slice(1).map((to, i): TrendStep => {
      const before = seen[i]!;
      const after = seen[i + 1]!;
      const change = partChange(
        section.indicators.map((indicator) => {
          const earlier = before.result(indicator.id);
          return pairOf(earlier, after.result(indicator.id), () =>
            (earlier === undefined ? before : after).unmatched(indicator.id),
          );
        }),
      );
      const failure = before.failure ?? after.failure;
      return { from: name(rounds[i]!), to: name(to), ...change, ...(failure ? { failure } : {}) };
    }),
  }));
}
