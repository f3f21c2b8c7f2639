import { describe, expect, it } from 'vitest';
import { agreedKey, commentKey, personKey, ratingKey, respondentKey } from '../../src/domain/rating/keys';
import { noticeCounts } from '../../src/domain/rating/notices';
import { projectRound } from '../../src/domain/rating/project';
import { ANNA, BO, CAJSA, docBuilder, small, t } from './rating-helpers';

const S = 'skola';
const GOOD = 'skola.franvaro';
/** Every entry written for this indicator is bad: nothing of it may show. */
const BAD = 'skola.antagning';
const DAVID = '44444444-4444-4444-8444-444444444444';

function project(build: (doc: ReturnType<typeof docBuilder>) => void) {
  const doc = docBuilder()
    .person(ANNA, 'Anna')
    .rate(S, GOOD, ANNA, { value: 'delvis', at: t(1) });
  build(doc);
  return projectRound(small, doc.data);
}

/** The part shows nothing for the bad indicator and only Anna's rating for the good one. */
function expectNothingShown(round: ReturnType<typeof projectRound>) {
  const part = round.parts[S]!;
  expect(part.indicators[BAD]).toMatchObject({ ratings: [], choices: [], status: 'open' });
  expect(part.answers[BAD]).toBeUndefined();
  expect(part.indicators[GOOD]!.ratings).toEqual([
    { personId: ANNA, name: 'Anna', value: 'delvis', at: t(1) },
  ]);
  expect(Object.keys(round.parts)).toEqual(small.sections.map((s) => s.id));
  for (const other of ['omsorg', 'ledning', 'teknik']) expect(round.parts[other]!.answers).toEqual({});
}

describe('entries the questionnaire does not allow', () => {
  it('ignores values of the wrong type, each with a notice', () => {
    const round = project((doc) =>
      doc
        .rate(S, BAD, ANNA, { value: 3, evidence: 42, at: 'yesterday' })
        .set(ratingKey(S, BAD, BO, 'value'), { value: 'helt' })
        .set(ratingKey(S, BAD, BO, 'value').replace(BO, CAJSA), true)
        .choose(S, BAD, ANNA, 'helt')
        .choose(S, BAD, BO, { value: 'helt' })
        .choose(S, BAD, CAJSA, { value: 'helt', at: t(1), note: 5 })
        .set(respondentKey(S, BO), 'soon')
        .set(personKey(BO, 'name'), ['Bo'])
        .set(personKey(BO, 'role'), 7)
        .set('coordinator', 'the boss')
        .text(commentKey(S, BAD, ANNA), 17 as unknown as string),
    );
    expectNothingShown(round);
    expect(round.coordinator).toBeUndefined();
    expect(round.parts[S]!.respondents.map((r) => r.id)).toEqual([ANNA]);
    expect(noticeCounts(round.notices)).toEqual({ 'wrong-type': 13 });
  });

  it('ignores unknown parts and indicators, also an indicator of another part', () => {
    const round = project((doc) =>
      doc
        .set(`rating/okand/${GOOD}/${ANNA}/value`, 'helt')
        .set(`part/okand/respondent/${ANNA}`, t(0))
        .set(`part/okand/handedOut/${ANNA}`, t(0))
        .set(`agreed/okand/${GOOD}/${ANNA}`, { value: 'helt', at: t(1) })
        .text(`comment/okand/${GOOD}/${ANNA}`, 'Hej')
        .set(`rating/${S}/skola.okand/${ANNA}/value`, 'helt')
        .set(`rating/${S}/omsorg.larm/${ANNA}/value`, 'helt')
        .set(`agreed/${S}/omsorg.larm/${ANNA}`, { value: 'helt', at: t(1) })
        .text(`comment/${S}/skola.okand/${ANNA}`, 'Hej'),
    );
    expectNothingShown(round);
    expect(round.parts.omsorg!.indicators['omsorg.larm']!.ratings).toEqual([]);
    expect(noticeCounts(round.notices)).toEqual({ 'unknown-part': 5, 'unknown-indicator': 4 });
    expect(round.notices).toContainEqual({
      kind: 'unknown-indicator',
      key: `rating/${S}/omsorg.larm/${ANNA}/value`,
    });
  });

  it('ignores values that are not on the scale, in ratings and in choices', () => {
    const round = project((doc) =>
      doc
        .rate(S, BAD, ANNA, { value: 'kanske', at: t(1) })
        .rate(S, BAD, BO, { value: 'HELT', at: t(1) })
        .rate(S, BAD, CAJSA, { value: '', at: t(1) })
        .choose(S, BAD, ANNA, { value: 'ganska', at: t(2) })
        .choose(S, GOOD, BO, { value: 'nästan', at: t(2) }),
    );
    expectNothingShown(round);
    expect(round.parts[S]!.indicators[GOOD]!.agreed).toMatchObject({ value: 'delvis', source: 'single' });
    expect(noticeCounts(round.notices)).toEqual({ 'value-not-on-scale': 5 });
  });

  it('ignores oversize comments, names, roles and notes', () => {
    const round = project((doc) =>
      doc
        .rate(S, BAD, ANNA, { comment: 'x'.repeat(4001), at: t(1) })
        .choose(S, BAD, ANNA, { value: 'helt', note: 'n'.repeat(1001), at: t(2) })
        .person(BO, 'B'.repeat(121), 'R'.repeat(121))
        .rate(S, GOOD, BO, { evidence: 'https://example.se/' + 'a'.repeat(2000), at: t(1) }),
    );
    expectNothingShown(round);
    expect(round.persons[BO]).toBeUndefined();
    expect(noticeCounts(round.notices)).toEqual({ 'oversize-text': 5 });
  });

  it('takes text just within its limit', () => {
    const round = project((doc) =>
      doc
        .person(BO, 'B'.repeat(120), 'R'.repeat(120))
        .rate(S, BAD, BO, { comment: 'x'.repeat(4000), at: t(1) })
        .choose(S, BAD, BO, { value: 'helt', note: 'n'.repeat(1000), at: t(2) }),
    );
    expect(round.notices).toEqual([]);
    expect(round.parts[S]!.answers[BAD]).toMatchObject({ value: 'helt', comment: 'x'.repeat(4000) });
  });

  it('ignores evidence that is not an http(s) address', () => {
    const round = project((doc) =>
      doc
        .rate(S, BAD, ANNA, { evidence: 'javascript:alert(1)', at: t(1) })
        .rate(S, BAD, BO, { evidence: 'intranätet, mappen Skola', at: t(1) })
        .rate(S, BAD, CAJSA, { evidence: 'data:text/html,<b>x</b>', at: t(1) })
        .rate(S, GOOD, ANNA, { evidence: 'ftp://example.se/a' }),
    );
    expectNothingShown(round);
    expect(noticeCounts(round.notices)).toEqual({ 'bad-evidence': 4 });
    expect(round.notices.map((n) => n.key)).toContain(ratingKey(S, BAD, ANNA, 'evidence'));
  });

  it('ignores keys that do not parse', () => {
    const keys = [
      'hello',
      'rating/skola',
      `rating/${S}/${BAD}/not-a-person/value`,
      `rating/${S}/${BAD}/${ANNA}/colour`,
      `rating/${S}/${BAD}/${ANNA}/value/extra`,
      `rating/${S}/${BAD}/AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA/value`, // ids are lower-case
      `rating/Skola/${BAD}/${ANNA}/value`,
      `part/${S}/owner/${ANNA}`,
      `person/${ANNA}/email`,
      `agreed/${S}/${BAD}`,
      'coordinator/extra',
    ];
    const texts = ['notes/skola', `comment/${S}/${BAD}`, `comment/${S}/${BAD}/${ANNA}/x`];
    const round = project((doc) => {
      for (const key of keys) doc.set(key, 'helt');
      for (const key of texts) doc.text(key, 'Hej');
    });
    expectNothingShown(round);
    expect(round.notices).toHaveLength(keys.length + texts.length);
    expect(noticeCounts(round.notices)).toEqual({ 'unparsable-key': keys.length + texts.length });
    expect(round.notices.map((n) => n.key).sort()).toEqual([...keys, ...texts].sort());
  });

  it('keeps a rating by a person without a valid name, unnamed, with one notice', () => {
    const round = project((doc) =>
      doc
        .rate(S, GOOD, DAVID, { value: 'helt', at: t(2) })
        .rate(S, BAD, DAVID, { comment: 'Okänd', at: t(2) })
        .choose(S, GOOD, CAJSA, { value: 'delvis', at: t(3) }),
    );
    const part = round.parts[S]!;
    expect(part.indicators[GOOD]!.ratings[1]).toEqual({ personId: DAVID, value: 'helt', at: t(2) });
    expect(part.respondents).toEqual([
      { id: ANNA, name: 'Anna', addedAt: t(1) },
      { id: DAVID, addedAt: t(2) },
    ]);
    expect(part.indicators[GOOD]!.choices).toEqual([{ personId: CAJSA, value: 'delvis', at: t(3) }]);
    expect(round.notices).toEqual([
      { kind: 'unknown-person', key: personKey(CAJSA, 'name') },
      { kind: 'unknown-person', key: personKey(DAVID, 'name') },
    ]);
  });

  it('notes a person whose name was ignored once, by the name entry itself', () => {
    const round = project((doc) =>
      doc.person(BO, 'B'.repeat(121)).rate(S, GOOD, BO, { value: 'helt', at: t(2) }),
    );
    expect(round.parts[S]!.indicators[GOOD]!.ratings[1]).toEqual({ personId: BO, value: 'helt', at: t(2) });
    expect(round.notices).toEqual([{ kind: 'oversize-text', key: personKey(BO, 'name') }]);
  });

  it('lists notices in the same order whatever order the entries came in', () => {
    const build = (doc: ReturnType<typeof docBuilder>) =>
      doc
        .rate(S, BAD, ANNA, { value: 'kanske', evidence: 'nej' })
        .set('zzz', 1)
        .choose(S, BAD, BO, { value: 'helt', at: 'igår' });
    const forward = project(build).notices;
    const doc = docBuilder();
    build(doc);
    doc.person(ANNA, 'Anna').rate(S, GOOD, ANNA, { value: 'delvis', at: t(1) });
    expect(projectRound(small, doc.data).notices).toEqual(forward);
    expect(forward.map((n) => n.key)).toEqual([
      agreedKey(S, BAD, BO),
      ratingKey(S, BAD, ANNA, 'evidence'),
      ratingKey(S, BAD, ANNA, 'value'),
      'zzz',
    ]);
  });
});
