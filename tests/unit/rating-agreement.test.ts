import { describe, expect, it } from 'vitest';
import { projectRound } from '../../src/domain/rating/project';
import { ANNA, BO, CAJSA, docBuilder, reversed, small, t } from './rating-helpers';

const S = 'skola';
const I = 'skola.franvaro';
const named = () =>
  docBuilder().person(ANNA, 'Anna Andersson', 'Rektor').person(BO, 'Bo Berg').person(CAJSA, 'Cajsa');
const indicator = (data: ReturnType<typeof named>['data']) =>
  projectRound(small, data).parts[S]!.indicators[I]!;

describe('agreed answer (gemensam bedömning)', () => {
  it('takes the only rating as the agreed answer, with no extra step', () => {
    const doc = named()
      .respondent(S, ANNA, t(0))
      .rate(S, I, ANNA, { value: 'delvis', at: t(1) });
    expect(indicator(doc.data)).toMatchObject({
      status: 'agreed',
      spread: 'none',
      agreed: { value: 'delvis', source: 'single', by: ANNA, byName: 'Anna Andersson', at: t(1) },
      choices: [],
    });
  });

  it('takes the only rated value as agreed while another respondent has only commented', () => {
    const doc = named()
      .rate(S, I, ANNA, { value: 'helt', at: t(1) })
      .rate(S, I, BO, { comment: 'Jag återkommer.', at: t(2) });
    const result = indicator(doc.data);
    expect(result.ratings.map((r) => r.personId)).toEqual([ANNA, BO]);
    expect(result.agreed).toMatchObject({ value: 'helt', source: 'single', by: ANNA });
  });

  it('agrees by itself when every rating has the same value, as of the latest of them', () => {
    const doc = named()
      .rate(S, I, ANNA, { value: 'helt', at: t(3) })
      .rate(S, I, BO, { value: 'helt', at: t(1) })
      .rate(S, I, CAJSA, { value: 'helt', at: t(2) });
    expect(indicator(doc.data)).toMatchObject({
      status: 'agreed',
      spread: 'same',
      agreed: { value: 'helt', source: 'unanimous', at: t(3) },
    });
    expect(indicator(doc.data).agreed).not.toHaveProperty('by');
  });

  it('leaves differing ratings to be settled', () => {
    const doc = named()
      .rate(S, I, ANNA, { value: 'helt', at: t(1) })
      .rate(S, I, BO, { value: 'delvis', at: t(2) });
    const result = indicator(doc.data);
    expect(result.status).toBe('differs');
    expect(result.agreed).toBeUndefined();
    expect(projectRound(small, doc.data).parts[S]!.answers[I]?.value).toBeUndefined();
  });

  it('lets a choice settle differing ratings, with its note and who chose', () => {
    const doc = named()
      .rate(S, I, ANNA, { value: 'helt', at: t(1) })
      .rate(S, I, BO, { value: 'delvis', at: t(2) })
      .choose(S, I, CAJSA, { value: 'delvis', note: ' Efter samtal 3/3. ', at: t(3) });
    expect(indicator(doc.data)).toMatchObject({
      status: 'agreed',
      agreed: {
        value: 'delvis',
        source: 'chosen',
        by: CAJSA,
        byName: 'Cajsa',
        at: t(3),
        note: 'Efter samtal 3/3.',
      },
    });
  });

  it('lets a choice newer than unanimous ratings win, and at the same time too', () => {
    const doc = named()
      .rate(S, I, ANNA, { value: 'helt', at: t(1) })
      .rate(S, I, BO, { value: 'helt', at: t(2) })
      .choose(S, I, CAJSA, { value: 'delvis', at: t(5) });
    expect(indicator(doc.data).agreed).toMatchObject({ value: 'delvis', source: 'chosen' });
    doc.choose(S, I, CAJSA, { value: 'delvis', at: t(2) });
    expect(indicator(doc.data).agreed).toMatchObject({ value: 'delvis', source: 'chosen' });
  });

  it('lets ratings that become unanimous after a choice replace it', () => {
    const doc = named()
      .rate(S, I, ANNA, { value: 'helt', at: t(1) })
      .rate(S, I, BO, { value: 'delvis', at: t(2) })
      .choose(S, I, CAJSA, { value: 'delvis', at: t(3) });
    expect(indicator(doc.data).agreed).toMatchObject({ value: 'delvis', source: 'chosen' });
    doc.rate(S, I, ANNA, { value: 'inte-alls', at: t(4) }).rate(S, I, BO, { value: 'inte-alls', at: t(5) });
    const result = indicator(doc.data);
    expect(result.agreed).toEqual({ value: 'inte-alls', source: 'unanimous', at: t(5) });
    // The earlier choice stays listed, so it can still be seen who chose what.
    expect(result.choices).toEqual([{ personId: CAJSA, name: 'Cajsa', value: 'delvis', at: t(3) }]);
  });

  it('picks the latest choice, and on equal times the same one whatever order the entries came in', () => {
    const doc = named()
      .rate(S, I, ANNA, { value: 'helt', at: t(1) })
      .rate(S, I, BO, { value: 'delvis', at: t(2) })
      .choose(S, I, CAJSA, { value: 'inte-alls', at: t(3) })
      .choose(S, I, ANNA, { value: 'helt', note: 'Alla skolor har det.', at: t(6) })
      .choose(S, I, BO, { value: 'delvis', at: t(6) });
    const forward = indicator(doc.data);
    const backward = indicator(reversed(doc.data));
    expect(backward).toEqual(forward);
    // Equal times: the larger person id wins, on every copy.
    expect(forward.agreed).toMatchObject({ value: 'delvis', source: 'chosen', by: BO, byName: 'Bo Berg' });
    expect(forward.choices).toEqual([
      { personId: BO, name: 'Bo Berg', value: 'delvis', at: t(6) },
      { personId: ANNA, name: 'Anna Andersson', value: 'helt', note: 'Alla skolor har det.', at: t(6) },
      { personId: CAJSA, name: 'Cajsa', value: 'inte-alls', at: t(3) },
    ]);
  });

  it('compares times as instants, not as text', () => {
    const doc = named()
      .rate(S, I, ANNA, { value: 'helt', at: '2026-03-01T10:00:00.000Z' })
      .rate(S, I, BO, { value: 'delvis', at: '2026-03-01T10:00:00.000Z' })
      .choose(S, I, ANNA, { value: 'helt', at: '2026-03-01T10:30:00+01:00' }) // 09:30Z
      .choose(S, I, BO, { value: 'delvis', at: '2026-03-01T09:45:00.000Z' });
    expect(indicator(doc.data).agreed).toMatchObject({ value: 'delvis', by: BO });
  });

  it('keeps a chosen null as "not settled": differing ratings stay to be settled', () => {
    const doc = named()
      .rate(S, I, ANNA, { value: 'helt', at: t(1) })
      .rate(S, I, BO, { value: 'delvis', at: t(2) })
      .choose(S, I, ANNA, { value: 'helt', at: t(3) })
      .choose(S, I, BO, { value: null, at: t(4) });
    const result = indicator(doc.data);
    expect(result.agreed).toEqual({ value: null, source: 'chosen', by: BO, byName: 'Bo Berg', at: t(4) });
    expect(result.status).toBe('differs');
    expect(result.choices.map((c) => c.value)).toEqual([null, 'helt']);
    expect(projectRound(small, doc.data).parts[S]!.answers[I]?.value).toBeUndefined();
  });

  it('keeps a chosen null newer than unanimous ratings open, not agreed', () => {
    const doc = named()
      .rate(S, I, ANNA, { value: 'helt', at: t(1) })
      .rate(S, I, BO, { value: 'helt', at: t(2) })
      .choose(S, I, CAJSA, { value: null, at: t(3) });
    expect(indicator(doc.data)).toMatchObject({ status: 'open', agreed: { value: null, source: 'chosen' } });
  });

  it('accepts a choice where nobody has rated, and has nothing to agree on otherwise', () => {
    expect(indicator(named().data)).toMatchObject({
      status: 'open',
      ratings: [],
      choices: [],
      spread: 'none',
    });
    expect(indicator(named().data).agreed).toBeUndefined();
    const doc = named().choose(S, I, CAJSA, { value: 'ej-aktuellt', at: t(1) });
    expect(indicator(doc.data)).toMatchObject({
      status: 'agreed',
      agreed: { value: 'ej-aktuellt', source: 'chosen' },
    });
  });

  it('gives the same projection for the same document whatever order its keys are in', () => {
    const doc = named()
      .respondent(S, ANNA, t(0))
      .respondent(S, BO, t(0))
      .rate(S, I, ANNA, { value: 'helt', comment: 'Ja.', at: t(1) })
      .rate(S, I, BO, { value: 'delvis', evidence: 'https://example.se/a', at: t(2) })
      .rate(S, 'skola.antagning', CAJSA, { value: 'helt', at: t(3) })
      .choose(S, I, CAJSA, { value: 'helt', at: t(4) });
    expect(projectRound(small, reversed(doc.data))).toEqual(projectRound(small, doc.data));
  });
});
