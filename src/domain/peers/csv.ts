/**
 * "Jämför med andra" as CSV for a Swedish Excel (rules in ../csv.ts): one row per
 * part with its spread and the municipality's position, then one row per indicator with the
 * count per answer option. Headings and fixed words are the app's own (`appText`); part names,
 * indicator texts and answer labels come from questionnaire files and stay guarded.
 */
import { appText, toCsv, type Cell } from '../csv';
import type { Localized, Questionnaire } from '../questionnaire/schema';
import type { IndicatorResult } from '../score/scoring';
import type { PeerComparison, Spread } from './distribution';

/** Column headings and fixed words, in the interface language. */
export interface PeersCsvWords {
  headings: {
    level: string;
    part: string;
    indicatorId: string;
    indicator: string;
    n: string;
    min: string;
    q1: string;
    median: string;
    q3: string;
    max: string;
    own: string;
    higher: string;
    same: string;
    lower: string;
    distribution: string;
  };
  partLevel: string;
  indicatorLevel: string;
  notApplicable: string;
  unanswered: string;
}

const spreadCells = (spread: Spread | null): Cell[] =>
  spread
    ? [spread.n, spread.min, spread.q1, spread.median, spread.q3, spread.max]
    : [0, null, null, null, null, null];

/** The comparison's CSV text (with byte-order mark). */
export function peersCsv(
  comparison: PeerComparison,
  questionnaire: Questionnaire,
  words: PeersCsvWords,
  localize: (text: Localized) => string,
): string {
  const h = words.headings;
  const labels = new Map(questionnaire.scale.options.map((o) => [o.value, localize(o.label)]));
  const own = (result: IndicatorResult): Cell =>
    result.state === 'scored'
      ? labels.get(result.value)
      : appText(result.state === 'not-applicable' ? words.notApplicable : words.unanswered);
  const rows: Cell[][] = [
    [
      h.level,
      h.part,
      h.indicatorId,
      h.indicator,
      h.n,
      h.min,
      h.q1,
      h.median,
      h.q3,
      h.max,
      h.own,
      h.higher,
      h.same,
      h.lower,
      h.distribution,
    ].map(appText),
  ];
  for (const part of comparison.parts) {
    const name = localize(part.section.title);
    rows.push([
      appText(words.partLevel),
      name,
      null,
      null,
      ...spreadCells(part.spread),
      part.own.score,
      part.position?.higher,
      part.position?.same,
      part.position?.lower,
      null,
    ]);
    part.indicators.forEach((indicator, index) => {
      const counts = [
        ...indicator.counts.map((c) => `${labels.get(c.value)}: ${c.count}`),
        `${words.notApplicable}: ${indicator.notApplicable}`,
        `${words.unanswered}: ${indicator.unanswered}`,
      ].join(', ');
      rows.push([
        appText(words.indicatorLevel),
        name,
        indicator.indicatorId,
        localize(part.section.indicators[index]!.text),
        ...spreadCells(indicator.spread),
        own(indicator.own),
        null,
        null,
        null,
        counts,
      ]);
    });
  }
  return toCsv(rows);
}
