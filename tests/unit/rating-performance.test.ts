import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/questionnaire/limits';
import { projectRound } from '../../src/domain/rating/project';
import { validQuestionnaire } from '../fixtures/questionnaire';
import { docBuilder, load, t } from './rating-helpers';

/** The largest questionnaire allowed: 12 flowers, grass and soil, 30 indicators each. */
const largest = load({
  ...validQuestionnaire(),
  supersedes: undefined,
  sections: Array.from({ length: LIMITS.flowersMax + 2 }, (_, s) => ({
    id: `del${s}`,
    kind: s < LIMITS.flowersMax ? 'flower' : s === LIMITS.flowersMax ? 'grass' : 'soil',
    title: { sv: `Del ${s}` },
    respondent: { role: 'head-of-administration', title: { sv: 'Förvaltningschef' } },
    indicators: Array.from({ length: LIMITS.indicatorsPerSectionMax }, (_, i) => ({
      id: `del${s}.ind${i}`,
      text: { sv: `Indikator ${i}` },
    })),
  })),
});

const RATERS = 5;
const person = (r: number) => `${String(r).repeat(8)}-0000-4000-8000-000000000000`;

describe('projection of a large round', () => {
  it('projects 14 parts × 30 indicators × 5 raters', () => {
    const values = ['inte-alls', 'delvis', 'helt', 'ej-aktuellt'];
    const doc = docBuilder();
    for (let r = 1; r <= RATERS; r++) doc.person(person(r), `Person ${r}`, 'Förvaltningschef');
    for (const section of largest.sections) {
      for (let r = 1; r <= RATERS; r++) doc.respondent(section.id, person(r), t(r));
      section.indicators.forEach((indicator, i) => {
        for (let r = 1; r <= RATERS; r++) {
          // Every third indicator has a dissenting rater; every sixth is settled by a choice.
          const value = values[i % 3 === 0 && r === RATERS ? (i + 1) % 4 : i % 4]!;
          doc.rate(section.id, indicator.id, person(r), {
            value,
            comment: `Kommentar ${r} om ${indicator.id}. `.repeat(5),
            evidence: `https://example.se/${indicator.id}/${r}`,
            at: t(10 + r),
          });
        }
        if (i % 6 === 0)
          doc.choose(section.id, indicator.id, person(1), { value: 'delvis', note: 'Enades.', at: t(30) });
      });
    }
    projectRound(largest, doc.data); // warm up
    const times: number[] = [];
    let round = projectRound(largest, doc.data);
    for (let run = 0; run < 21; run++) {
      const start = performance.now();
      round = projectRound(largest, doc.data);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(
      `projection of ${Object.keys(doc.data.fields).length} fields and ${Object.keys(doc.data.texts).length} comments:` +
        ` min ${times[0]!.toFixed(1)} ms, median ${times[10]!.toFixed(1)} ms, max ${times[20]!.toFixed(1)} ms (21 runs)`,
    );

    expect(round.notices).toEqual([]);
    const indicators = Object.values(round.parts).flatMap((part) => Object.values(part.indicators));
    expect(indicators).toHaveLength(14 * 30);
    expect(indicators.every((indicator) => indicator.ratings.length === RATERS)).toBe(true);
    const byStatus = (status: string) => indicators.filter((indicator) => indicator.status === status).length;
    expect(byStatus('differs')).toBe(14 * 5); // i % 3 === 0 but not i % 6 === 0: 5 per part
    expect(byStatus('agreed')).toBe(14 * 25);
  });
});
