import { describe, expect, it } from 'vitest';
import {
  compareRounds,
  chronological,
  type ChangeFigure,
  type RoundData,
} from '../../src/domain/compare/changes';
import { matchVersions } from '../../src/domain/compare/matching';
import { byChange, byScore } from '../../src/domain/compare/ranking';
import { partTrends } from '../../src/domain/compare/trend';
import { comparisonCsv } from '../../src/domain/compare/csv';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { bundled } from '../component/round-fixtures';

const scale = {
  options: [
    { value: 'nej', label: { sv: 'Nej' }, score: 0 },
    { value: 'delvis', label: { sv: 'Delvis' }, score: 0.5 },
    { value: 'ja', label: { sv: 'Ja' }, score: 1 },
  ],
  notApplicable: { value: 'na', label: { sv: 'Ej aktuellt' } },
};
/** A questionnaire "q" of one flower with the given indicator ids, optionally superseding a version. */
function version(
  v: string,
  ids: string[],
  supersedes?: { version: string; map: Record<string, string | null> },
) {
  return {
    format: 'eblomladan.questionnaire/1',
    id: 'q',
    version: v,
    published: `20${v}-01-01`,
    title: { sv: `Q ${v}`, en: `Q ${v}` },
    scale,
    sections: [
      {
        id: 'blomma',
        kind: 'flower',
        title: { sv: 'Blomma' },
        respondent: { role: 'head-of-administration', title: { sv: 'Chef' } },
        indicators: ids.map((id) => ({ id, text: { sv: id } })),
      },
    ],
    ...(supersedes ? { supersedes } : {}),
  } as Questionnaire;
}
const v14 = version('14', ['a', 'b', 'c', 'd']);
const v16 = version('16', ['a', 'b2', 'c', 'e'], {
  version: '14',
  map: { a: 'a', b: 'b2', c: null, d: null },
});
const v18 = version('18', ['a', 'b3', 'c', 'e'], {
  version: '16',
  map: { a: 'a', b2: 'b3', c: 'c', e: 'e' },
});

const at = '2026-01-01T00:00:00.000Z';
function round(id: string, year: number, q: Questionnaire, answers: Record<string, string>): RoundData {
  return {
    id,
    year,
    label: '',
    questionnaire: q,
    answers: {
      blomma: Object.fromEntries(Object.entries(answers).map(([k, value]) => [k, { value, updatedAt: at }])),
    },
  };
}

describe('matching indicators across versions', () => {
  it('matches a version to itself one to one', () => {
    const match = matchVersions(v14, v14);
    expect([...match.earlierOf]).toEqual([
      ['a', 'a'],
      ['b', 'b'],
      ['c', 'c'],
      ['d', 'd'],
    ]);
    expect(match.unmatchedLater.size + match.unmatchedEarlier.size).toBe(0);
  });

  it('follows one supersedes map: renamed, new, removed, and changed meaning', () => {
    const match = matchVersions(v14, v16);
    expect(match.earlierOf.get('b2')).toBe('b');
    expect(match.earlierOf.get('a')).toBe('a');
    expect(match.unmatchedLater.get('e')).toBe('new');
    // c exists in both versions, but the map says it is not comparable.
    expect(match.unmatchedLater.get('c')).toBe('changed-meaning');
    expect(match.unmatchedEarlier.get('c')).toBe('changed-meaning');
    expect(match.unmatchedEarlier.get('d')).toBe('removed');
  });

  it('follows a chain of maps over several versions', () => {
    const match = matchVersions(v14, v18, [v16]);
    expect(match.earlierOf.get('b3')).toBe('b');
    expect(match.earlierOf.get('a')).toBe('a');
    // c was cut in 2016, so 2018's c is not the 2014 c even though 2016 → 2018 maps it.
    expect(match.unmatchedLater.get('c')).toBe('changed-meaning');
    expect(match.unmatchedLater.get('e')).toBe('new');
  });

  it('refuses to guess when a version in the chain is unknown, or the questionnaires differ', () => {
    const gap = matchVersions(v14, v18, []);
    expect(gap.failure).toEqual({ reason: 'missing-version', version: '16' });
    expect(gap.earlierOf.size).toBe(0);
    expect(gap.unmatchedLater.get('a')).toBe('missing-version');
    const other = matchVersions({ ...v14, id: 'annat' }, v16);
    expect(other.failure).toEqual({ reason: 'other-questionnaire' });
    expect(other.unmatchedEarlier.get('a')).toBe('other-questionnaire');
  });

  it('matches the real 2014 and 2016 questionnaires through their map', () => {
    const q14 = bundled('2014');
    const q16 = bundled('2016');
    const match = matchVersions(q14, q16);
    const mapped = Object.values(q16.supersedes!.map).filter((id) => id !== null);
    expect(match.earlierOf.size).toBe(mapped.length);
    expect(match.earlierOf.size + match.unmatchedLater.size).toBe(65);
  });
});

describe('changes between two rounds', () => {
  it('marks up, down and unchanged per indicator, and computes the part over compared pairs only', () => {
    const earlier = round('r1', 2024, v14, { a: 'nej', b: 'ja', c: 'ja', d: 'ja' });
    const later = round('r2', 2025, v16, { a: 'ja', b2: 'delvis', c: 'nej', e: 'ja' });
    const result = compareRounds(earlier, later);
    const [part] = result.parts;
    const byId = Object.fromEntries(part!.indicators.map((c) => [c.laterId, c]));
    expect(byId.a).toMatchObject({ earlierId: 'a', delta: 1, direction: 'up' });
    expect(byId.b2).toMatchObject({ earlierId: 'b', delta: -0.5, direction: 'down' });
    expect(byId.c).toMatchObject({ delta: null, notComparable: 'changed-meaning' });
    expect(byId.e).toMatchObject({ delta: null, notComparable: 'new' });
    // Only a and b/b2 count: earlier mean (0 + 1) / 2, later (1 + 0.5) / 2.
    expect(part).toMatchObject({
      earlier: 0.5,
      later: 0.75,
      delta: 0.25,
      direction: 'up',
      compared: 2,
      total: 4,
    });
    // The later part's own score still uses all its answers.
    expect(part!.laterScore.score).toBe(0.625);
    expect(result.removed.map((r) => [r.earlierId, r.notComparable])).toEqual([
      ['c', 'changed-meaning'],
      ['d', 'removed'],
    ]);
  });

  it('does not compare a pair that is not applicable or unanswered on one side', () => {
    const earlier = round('r1', 2024, v14, { a: 'na', b: 'ja' });
    const later = round('r2', 2025, v14, { a: 'ja', c: 'ja' });
    const [part] = compareRounds(earlier, later).parts;
    const byId = Object.fromEntries(part!.indicators.map((c) => [c.laterId, c]));
    expect(byId.a).toMatchObject({ delta: null, notComparable: 'not-applicable' });
    expect(byId.b).toMatchObject({ delta: null, notComparable: 'unanswered' });
    expect(byId.c).toMatchObject({ delta: null, notComparable: 'unanswered' });
    expect(byId.d).toMatchObject({ delta: null, notComparable: 'unanswered' });
    expect(part).toMatchObject({ compared: 0, delta: null, direction: null, earlier: null, later: null });
  });

  it('calls equal scores unchanged, also when the answers differ in wording on another scale', () => {
    const earlier = round('r1', 2024, v14, { a: 'delvis' });
    const later = round('r2', 2025, v14, { a: 'delvis' });
    expect(compareRounds(earlier, later).parts[0]!.indicators[0]).toMatchObject({
      delta: 0,
      direction: 'same',
    });
  });

  it('orders rounds by year, then by the questionnaire version', () => {
    const a = round('a', 2025, v16, {});
    const b = round('b', 2024, v14, {});
    const c = round('c', 2025, v14, {});
    expect(chronological([a, b, c]).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });
});

/** The figure of a part's change that every view shows. */
const figure = ({ earlier, later, delta, direction, compared, total, reason }: ChangeFigure) => ({
  earlier,
  later,
  delta,
  direction,
  compared,
  total,
  reason,
});

describe('ranking and trend', () => {
  it('ranks parts by score and by change, ties share a rank, parts without a value come last', () => {
    const q = bundled('2016');
    const answers = (value: string, sections: string[]) =>
      Object.fromEntries(
        q.sections
          .filter((s) => sections.includes(s.id))
          .map((s) => [s.id, Object.fromEntries(s.indicators.map((i) => [i.id, { value, updatedAt: at }]))]),
      );
    const earlier: RoundData = {
      id: 'r1',
      year: 2024,
      label: '',
      questionnaire: q,
      answers: { ...answers('delvis', ['barn-elever', 'aldre-omsorg', 'foretagare']) },
    };
    const later: RoundData = {
      id: 'r2',
      year: 2025,
      label: '',
      questionnaire: q,
      answers: {
        ...answers('helt', ['barn-elever']),
        ...answers('inte-alls', ['aldre-omsorg']),
        ...answers('delvis', ['foretagare', 'allmanheten']),
      },
    };
    const { parts } = compareRounds(earlier, later);
    const score = byScore(parts);
    expect(score.slice(0, 4).map((r) => [r.part.sectionId, r.rank, r.position])).toEqual([
      ['barn-elever', 1, 'locomotive'],
      ['foretagare', 2, 'middle'],
      ['allmanheten', 2, 'middle'],
      ['aldre-omsorg', 4, 'wagon'],
    ]);
    expect(score.slice(4).every((r) => r.rank === null)).toBe(true);
    const change = byChange(parts);
    expect(change.filter((r) => r.rank !== null).map((r) => [r.part.sectionId, r.value])).toEqual([
      ['barn-elever', 0.5],
      ['foretagare', 0],
      ['aldre-omsorg', -0.5],
    ]);
    expect(change[0]!.position).toBe('locomotive');
    expect(change[2]!.position).toBe('wagon');
  });

  it("gives each part's change round by round by the same rule as a comparison of the pair", () => {
    const r14 = round('r14', 2014, v14, { a: 'nej', b: 'ja', c: 'ja', d: 'ja' });
    const r16 = round('r16', 2016, v16, { a: 'delvis', b2: 'ja', e: 'nej' });
    const r18 = round('r18', 2018, v18, { a: 'ja', b3: 'ja', c: 'delvis', e: 'ja' });
    const [trend] = partTrends([r14, r16, r18], [v16]);
    // 2014 → 2016 in 2018's terms: a and b (now b3) are comparable; c changed meaning, e is new.
    expect(
      trend!.steps.map((s) => [s.from.year, s.to.year, s.earlier, s.later, s.delta, s.compared]),
    ).toEqual([
      [2014, 2016, 0.5, 0.75, 0.25, 2],
      [2016, 2018, 0.5, 1, 0.5, 3],
    ]);
    expect(trend!.latest.score).toBe(0.875);
    const { parts } = compareRounds(r16, r18, [v16]);
    expect(figure(trend!.steps[1]!)).toEqual(figure(parts[0]!));

    const gap = partTrends([r14, r18], [])[0]!.steps[0]!;
    expect(gap).toMatchObject({
      delta: null,
      compared: 0,
      reason: 'missing-version',
      failure: { reason: 'missing-version', version: '16' },
    });
  });
});

describe('a comparison as CSV', () => {
  it('writes a row per part and per indicator with both answers, the change, and why not comparable', () => {
    const earlier = round('r1', 2024, v14, { a: 'nej', b: 'ja', c: 'ja', d: 'ja' });
    const later = round('r2', 2025, v16, { a: 'ja', b2: 'delvis', c: 'nej', e: 'ja' });
    const words = {
      headings: {
        level: 'Nivå',
        part: 'Del',
        indicatorId: 'Id',
        indicator: 'Indikator',
        earlier: 'Tidigare svar',
        later: 'Senare svar',
        earlierScore: 'Tidigare poäng',
        laterScore: 'Senare poäng',
        change: 'Förändring',
        direction: 'Riktning',
        compared: 'Jämfört på',
        notComparable: 'Ej jämförbar',
      },
      partLevel: 'Del',
      indicatorLevel: 'Indikator',
      notApplicable: 'Ej aktuellt',
      unanswered: 'Obesvarad',
      direction: (d: string) => ({ up: 'upp', down: 'ned', same: 'oförändrad' })[d]!,
      reason: (r: string) => `skäl: ${r}`,
      basis: (compared: number, total: number) => `${compared} av ${total} indikatorer`,
    };
    const csv = comparisonCsv(compareRounds(earlier, later), words, (text) => text.sv);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      '"Nivå";"Del";"Id";"Indikator";"Tidigare svar";"Senare svar";"Tidigare poäng";"Senare poäng";"Förändring";"Riktning";"Jämfört på";"Ej jämförbar"',
    );
    expect(rows[1]).toBe('"Del";"Blomma";;;;;0,5;0,75;0,25;"upp";"2 av 4 indikatorer";');
    expect(rows[2]).toBe('"Indikator";"Blomma";"a";"a";"Nej";"Ja";0;1;1;"upp";;');
    expect(rows[3]).toBe('"Indikator";"Blomma";"b2";"b2";"Ja";"Delvis";1;0,5;-0,5;"ned";;');
    // A new indicator has no earlier answer at all, not an unanswered one.
    expect(rows[5]).toBe('"Indikator";"Blomma";"e";"e";;"Ja";;1;;;;"skäl: new"');
    expect(rows.at(-1)).toBe('"Indikator";"Blomma";"d";"d";"Ja";;1;;;;;"skäl: removed"');
  });
});
