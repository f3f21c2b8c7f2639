import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/plan/model';
import { isDueDate } from '../../src/domain/plan/model';
import {
  defaultTarget,
  followUp,
  needsAction,
  offerRank,
  previousRound,
  type PlanRound,
} from '../../src/domain/plan/target';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { scoreIndicator } from '../../src/domain/score/scoring';

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
  ownScale: Questionnaire['scale'] = scale,
  id = 'q',
) {
  return {
    format: 'eblomladan.questionnaire/1',
    id,
    version: v,
    published: `20${v}-01-01`,
    title: { sv: `Q ${v}`, en: `Q ${v}` },
    scale: ownScale,
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

const answer = (value?: string) =>
  value === undefined ? undefined : { value, updatedAt: '2025-01-01T00:00:00Z' };
const round = (q: Questionnaire, values: Record<string, string>): PlanRound => ({
  questionnaire: q,
  answers: { blomma: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, answer(v)!])) },
});
const action = (indicatorId: string, target: string, extra: Partial<Action> = {}): Action => ({
  id: `a-${indicatorId}-${target}`,
  roundId: 'r1',
  sectionId: 'blomma',
  indicatorId,
  target,
  activity: 'Gör något',
  owner: 'Anna',
  priority: 'medium',
  status: 'planned',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...extra,
});

describe('target level', () => {
  it('defaults to one step above the current answer, and the top stays the top', () => {
    expect(defaultTarget(scale, answer('nej'))).toBe('delvis');
    expect(defaultTarget(scale, answer('delvis'))).toBe('ja');
    expect(defaultTarget(scale, answer('ja'))).toBe('ja');
  });

  it('treats unanswered and not applicable as the lowest level: the step above it', () => {
    expect(defaultTarget(scale, undefined)).toBe('delvis');
    expect(defaultTarget(scale, answer('na'))).toBe('delvis');
    expect(defaultTarget(scale, answer('okänt'))).toBe('delvis');
  });

  it('works on a scale of two levels and of five', () => {
    const two = { options: [scale.options[0]!, scale.options[2]!] };
    expect(defaultTarget(two, answer('nej'))).toBe('ja');
    expect(defaultTarget(two, undefined)).toBe('ja');
    const five = {
      options: [0, 0.25, 0.5, 0.75, 1].map((score, i) => ({ value: `n${i}`, label: { sv: `${i}` }, score })),
    };
    expect(defaultTarget(five, answer('n2'))).toBe('n3');
  });

  it('offers partly and not-at-all met indicators first, then unanswered, not applicable, fully met', () => {
    const result = (v?: string) => scoreIndicator(scale, 'x', answer(v));
    expect(needsAction(result('nej'))).toBe(true);
    expect(needsAction(result('delvis'))).toBe(true);
    expect(needsAction(result('ja'))).toBe(false);
    expect(needsAction(result('na'))).toBe(false);
    expect(needsAction(result())).toBe(false);
    expect([result('ja'), result(), result('na'), result('delvis')].map(offerRank)).toEqual([3, 1, 2, 0]);
  });

  it('accepts only real calendar dates as due dates', () => {
    expect(isDueDate('2025-12-31')).toBe(true);
    expect(isDueDate('2025-02-30')).toBe(false);
    expect(isDueDate('2025-1-3')).toBe(false);
    expect(isDueDate('')).toBe(false);
  });
});

describe('follow-up in the next round', () => {
  const v1 = version('1', ['a', 'b', 'c', 'd', 'e']);

  it('reached when the later answer is at or above the target, otherwise not', () => {
    const earlier = round(v1, { a: 'nej', b: 'nej', c: 'delvis' });
    const later = round(v1, { a: 'delvis', b: 'nej', c: 'ja' });
    const result = followUp(
      [action('a', 'delvis'), action('b', 'delvis'), action('c', 'delvis')],
      earlier,
      later,
    );
    expect(result.map((f) => f.outcome)).toEqual(['reached', 'not-reached', 'reached']);
    expect(result[0]).toMatchObject({
      laterId: 'a',
      laterSectionId: 'blomma',
      later: { state: 'scored', value: 'delvis' },
    });
  });

  it('says so when the later round has not answered, or answered not applicable', () => {
    const result = followUp([action('a', 'ja'), action('b', 'ja')], round(v1, {}), round(v1, { b: 'na' }));
    expect(result.map((f) => f.outcome)).toEqual(['unanswered', 'not-applicable']);
  });

  it('follows an indicator into a later version through supersedes, renamed or not', () => {
    const v2 = version('2', ['a', 'b2', 'x'], {
      version: '1',
      map: { a: 'a', b: 'b2', c: null, d: null, e: null },
    });
    const result = followUp(
      [action('a', 'ja'), action('b', 'delvis'), action('c', 'ja')],
      round(v1, { a: 'delvis', b: 'nej', c: 'nej' }),
      round(v2, { a: 'ja', b2: 'delvis', x: 'ja' }),
    );
    expect(result.map((f) => [f.outcome, f.laterId, f.reason])).toEqual([
      ['reached', 'a', undefined],
      ['reached', 'b2', undefined],
      ['not-comparable', undefined, 'removed'],
    ]);
  });

  it('follows a chain of versions only when the version in between is known', () => {
    const v2 = version('2', ['a2'], { version: '1', map: { a: 'a2', b: null, c: null, d: null, e: null } });
    const v3 = version('3', ['a3'], { version: '2', map: { a2: 'a3' } });
    const actions = [action('a', 'ja')];
    const missing = followUp(actions, round(v1, { a: 'nej' }), round(v3, { a3: 'ja' }));
    expect(missing[0]).toMatchObject({ outcome: 'not-comparable', reason: 'missing-version' });
    const known = followUp(actions, round(v1, { a: 'nej' }), round(v3, { a3: 'ja' }), [v2]);
    expect(known[0]).toMatchObject({ outcome: 'reached', laterId: 'a3' });
  });

  it('compares by score when the later version has another scale', () => {
    const four = {
      options: [
        { value: 'l0', label: { sv: '0' }, score: 0 },
        { value: 'l1', label: { sv: '1' }, score: 0.33 },
        { value: 'l2', label: { sv: '2' }, score: 0.67 },
        { value: 'l3', label: { sv: '3' }, score: 1 },
      ],
    };
    const v2 = version(
      '2',
      ['a', 'b', 'c', 'd', 'e'],
      { version: '1', map: { a: 'a', b: 'b', c: 'c', d: 'd', e: 'e' } },
      four,
    );
    const result = followUp(
      [action('a', 'delvis'), action('b', 'delvis')],
      round(v1, { a: 'nej', b: 'nej' }),
      round(v2, { a: 'l1', b: 'l2' }),
    );
    expect(result.map((f) => f.outcome)).toEqual(['not-reached', 'reached']);
  });

  it('cannot follow up across different questionnaires', () => {
    const other = version('1', ['a'], undefined, scale, 'annat');
    const result = followUp([action('a', 'ja')], round(v1, { a: 'nej' }), round(other, { a: 'ja' }));
    expect(result[0]).toMatchObject({ outcome: 'not-comparable', reason: 'other-questionnaire' });
  });

  it('keeps each action, whatever its status, so cancelled and done actions are reported too', () => {
    const actions = [action('a', 'ja', { status: 'cancelled' }), action('b', 'ja', { status: 'done' })];
    const result = followUp(actions, round(v1, {}), round(v1, { a: 'ja', b: 'delvis' }));
    expect(result.map((f) => [f.action.status, f.outcome])).toEqual([
      ['cancelled', 'reached'],
      ['done', 'not-reached'],
    ]);
  });
});

describe('previous round', () => {
  const r = (
    id: string,
    year: number,
    createdAt = `${year}-01-01T00:00:00.000Z`,
    organisationCode = '1440',
  ) => ({
    id,
    year,
    createdAt,
    organisationCode,
  });

  it('is the latest earlier round of the same municipality', () => {
    const rounds = [
      r('2023', 2023),
      r('2025', 2025),
      r('2024', 2024),
      r('other', 2024, '2024-06-01T00:00:00.000Z', '0180'),
    ];
    expect(previousRound(rounds, '2025')?.id).toBe('2024');
    expect(previousRound(rounds, '2024')?.id).toBe('2023');
    expect(previousRound(rounds, '2023')).toBeUndefined();
    expect(previousRound(rounds, 'missing')).toBeUndefined();
  });

  it('orders two rounds of one year by when they were started', () => {
    const rounds = [r('vår', 2025, '2025-02-01T00:00:00.000Z'), r('höst', 2025, '2025-09-01T00:00:00.000Z')];
    expect(previousRound(rounds, 'höst')?.id).toBe('vår');
    expect(previousRound(rounds, 'vår')).toBeUndefined();
  });
});
