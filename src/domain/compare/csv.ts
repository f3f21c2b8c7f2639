/**
 * A comparison of two rounds as CSV for a Swedish Excel (rules in ../csv.ts): one row per part
 * with both means over the compared indicators and the change (`partChange`, the figure every
 * view shows), then one row per indicator with both answers, or why it cannot be compared.
 * Removed indicators come last. The app's own words are `appText`; names, answer labels and
 * indicator texts come from questionnaire files, which anyone can write, so they stay guarded.
 */
import { appText, toCsv, type Cell } from '../csv';
import type { Localized, Questionnaire } from '../questionnaire/schema';
import type { IndicatorResult } from '../score/scoring';
import type { Direction, IndicatorChange, NoChangeReason, RoundComparison } from './changes';

/** Column headings and fixed words, in the interface language. */
export interface ComparisonCsvWords {
  headings: {
    level: string;
    part: string;
    indicatorId: string;
    indicator: string;
    earlier: string;
    later: string;
    earlierScore: string;
    laterScore: string;
    change: string;
    direction: string;
    compared: string;
    notComparable: string;
  };
  partLevel: string;
  indicatorLevel: string;
  notApplicable: string;
  unanswered: string;
  /** The direction in words that a spreadsheet reads as text (none may start with = + - @). */
  direction: (direction: Direction) => string;
  reason: (reason: NoChangeReason) => string;
  /** "3 av 8 indikatorer": words, since Excel would read 3/8 as a date. */
  basis: (compared: number, total: number) => string;
}

/** The CSV text (with byte-order mark) of a two-round comparison. */
export function comparisonCsv(
  comparison: RoundComparison,
  words: ComparisonCsvWords,
  localize: (text: Localized) => string,
): string {
  const h = words.headings;
  const { earlier, later } = comparison;
  const app = (text: string | null | undefined): Cell => (text ? appText(text) : null);
  const answer = (q: Questionnaire, result: IndicatorResult | undefined): Cell => {
    if (!result || result.state === 'unanswered') return app(words.unanswered);
    if (result.state === 'not-applicable') return app(words.notApplicable);
    const option = q.scale.options.find((o) => o.value === result.value);
    return option ? localize(option.label) : result.value;
  };
  const score = (result: IndicatorResult | undefined) => (result?.state === 'scored' ? result.score : null);
  const texts = (q: Questionnaire) =>
    new Map(q.sections.flatMap((s) => s.indicators.map((i) => [i.id, localize(i.text)] as const)));
  const laterTexts = texts(later.questionnaire);
  const earlierTexts = texts(earlier.questionnaire);
  const indicatorRow = (part: string, change: IndicatorChange): Cell[] => [
    app(words.indicatorLevel),
    part,
    change.laterId ?? change.earlierId,
    change.laterId ? laterTexts.get(change.laterId) : earlierTexts.get(change.earlierId!),
    change.earlierId === undefined ? null : answer(earlier.questionnaire, change.earlier),
    change.laterId === undefined ? null : answer(later.questionnaire, change.later),
    score(change.earlier),
    score(change.later),
    change.delta,
    app(change.direction && words.direction(change.direction)),
    null,
    app(change.notComparable && words.reason(change.notComparable)),
  ];
  const rows: Cell[][] = [
    [
      h.level,
      h.part,
      h.indicatorId,
      h.indicator,
      h.earlier,
      h.later,
      h.earlierScore,
      h.laterScore,
      h.change,
      h.direction,
      h.compared,
      h.notComparable,
    ].map(app),
  ];
  const titles = new Map(later.questionnaire.sections.map((s) => [s.id, localize(s.title)]));
  for (const part of comparison.parts) {
    const name = titles.get(part.sectionId)!;
    rows.push([
      app(words.partLevel),
      name,
      null,
      null,
      null,
      null,
      part.earlier,
      part.later,
      part.delta,
      app(part.direction && words.direction(part.direction)),
      app(words.basis(part.compared, part.total)),
      app(part.reason && words.reason(part.reason)),
    ]);
    for (const change of part.indicators) rows.push(indicatorRow(name, change));
  }
  const earlierTitles = new Map(earlier.questionnaire.sections.map((s) => [s.id, localize(s.title)]));
  for (const removed of comparison.removed) {
    rows.push(indicatorRow(earlierTitles.get(removed.earlierSectionId)!, removed));
  }
  return toCsv(rows);
}
