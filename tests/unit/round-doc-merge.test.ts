/**
 * The checks a file's round document passes before anything of it is written
 * (storage/round-doc/merge.ts, `RoundDocMerger`), on documents as a hostile or broken copy could
 * send them, written with Yjs past the app's own edits: wrong types, unknown parts and
 * indicators, values off the scale and oversize text are left out of every view and counted in
 * the preview; a huge document is refused by the file's schema before it is merged, and a large
 * valid one merges; a document cut short or pieced together is refused and changes nothing.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildResponse } from '../../src/domain/exchange/build';
import { readExchangeText } from '../../src/domain/exchange/read';
import { EXCHANGE_LIMITS } from '../../src/domain/exchange/schema';
import { projectRound } from '../../src/domain/rating/project';
import type { Round } from '../../src/domain/round/model';
import { COMMENT_MAX, EVIDENCE_MAX, NAME_MAX } from '../../src/domain/round/model';
import { commentsOf, docFromUpdates, fieldsOf, roundDocData } from '../../src/storage/round-doc/data';
import { addRespondent, namePerson, rate } from '../../src/storage/round-doc/edit';
import { documentOf, fromBase64, RoundDocMerger, toBase64 } from '../../src/storage/round-doc/merge';
import { asText, testQuestionnaire } from './exchange-helpers';
import { PEOPLE } from './round-doc-helpers';

const q = testQuestionnaire();
const ROUND = '00000000-0000-4000-8000-0000000000aa';
const AT = '2025-03-01T10:00:00.000Z';
const RETURNED = '2025-03-02T10:00:00.000Z';
const { kim, sara } = PEOPLE;
const SARA = sara.personId;

/** The coordinator's stored document: Kim rated skola.franvaro `delvis`. */
function stored(): Uint8Array {
  const doc = new Y.Doc();
  namePerson(doc, kim.personId, kim);
  addRespondent(doc, 'skola', kim.personId, AT);
  rate(
    doc,
    { sectionId: 'skola', indicatorId: 'skola.franvaro', personId: kim.personId },
    { value: 'delvis' },
    AT,
  );
  return Y.encodeStateAsUpdateV2(doc);
}
const STORED = stored();

/** A copy's document (base64): the stored one, then whatever `fill` writes. */
function copyWith(fill: (fields: Y.Map<unknown>, comments: Y.Map<unknown>, doc: Y.Doc) => void): string {
  const doc = docFromUpdates([STORED]);
  doc.transact(() => fill(fieldsOf(doc), commentsOf(doc), doc));
  return documentOf(doc);
}

/** Sara, named and a respondent of skola in the copy. */
const saraHere = (fields: Y.Map<unknown>) => {
  fields.set(`person/${SARA}/name`, sara.name);
  fields.set(`part/skola/respondent/${SARA}`, AT);
};

/** Merges a response's document handed out with `sectionIds`; what it previews, and the round after. */
function merge(document: string, sectionIds: readonly string[] | 'all' = ['skola']) {
  const merger = new RoundDocMerger((id) => (id === ROUND ? { updates: [STORED] } : undefined));
  const result = merger.merge(ROUND, q, { document }, sectionIds, RETURNED);
  const writes = merger.updates();
  const after = projectRound(q, roundDocData(docFromUpdates([STORED, ...writes.map((w) => w.update)])));
  return { result, writes, after, changed: merger.changed() };
}

const ignoredOf = (result: ReturnType<typeof merge>['result']) =>
  result.ok ? result.preview.ignored : undefined;

/** Every rating value, comment, evidence link, choice and agreed answer the round shows, and the answers. */
function shown(after: ReturnType<typeof merge>['after']) {
  return Object.values(after.parts).flatMap((part) => [
    ...Object.values(part.indicators).flatMap((indicator) => [
      ...indicator.ratings.map(({ personId, name, value, comment, evidence }) => ({
        personId,
        name,
        value,
        comment,
        evidence,
      })),
      ...indicator.choices.map(({ personId, value, note }) => ({ choice: personId, value, note })),
    ]),
    ...Object.entries(part.answers).map(([id, answer]) => ({ answer: id, value: answer.value })),
  ]);
}

const KIMS_RATING = [
  { personId: kim.personId, name: kim.name, value: 'delvis', comment: undefined, evidence: undefined },
  { answer: 'skola.franvaro', value: 'delvis' },
];

describe('a round document from a file', () => {
  it('merges what the questionnaire allows, under its author', () => {
    const { result, after, changed } = merge(
      copyWith((fields, comments) => {
        saraHere(fields);
        fields.set(`rating/skola/skola.franvaro/${SARA}/value`, 'helt');
        fields.set(`rating/skola/skola.franvaro/${SARA}/at`, RETURNED);
        comments.set(`comment/skola/skola.franvaro/${SARA}`, 'x'.repeat(COMMENT_MAX));
      }),
    );
    expect(result).toEqual({
      ok: true,
      preview: {
        people: [{ personId: SARA, name: sara.name, added: 1, changed: 0 }],
        conflicts: [],
        ignored: {},
        changes: true,
      },
    });
    expect(changed).toBe(true);
    expect(after.parts.skola!.indicators['skola.franvaro']!.ratings[1]).toMatchObject({
      personId: SARA,
      value: 'helt',
      comment: 'x'.repeat(COMMENT_MAX),
    });
  });

  it('leaves out values of the wrong type, counts them, and shows none of them', () => {
    const { result, after } = merge(
      copyWith((fields, comments) => {
        saraHere(fields);
        fields.set(`rating/skola/skola.franvaro/${SARA}/value`, 3);
        fields.set(`rating/skola/skola.franvaro/${SARA}/at`, 'igår');
        fields.set(`rating/skola/skola.antagning/${SARA}/value`, { value: 'helt' });
        fields.set(`rating/skola/skola.antagning/${SARA}/evidence`, 42);
        comments.set(`comment/skola/skola.antagning/${SARA}`, ['en', 'lista']);
        fields.set(`agreed/skola/skola.franvaro/${SARA}`, 'helt');
        fields.set(`agreed/skola/skola.antagning/${SARA}`, { value: 'helt', at: 12 });
        fields.set(`part/skola/handedOut/${SARA}`, true);
        fields.set(`person/${PEOPLE.pia.personId}/name`, 7);
        // A shared type where a plain value belongs.
        fields.set(`rating/skola/skola.antagning/${PEOPLE.pia.personId}/value`, new Y.Map());
      }),
    );
    expect(ignoredOf(result)).toEqual({ 'wrong-type': 10 });
    // Sara is there (named, a respondent), but nothing she "rated" is.
    expect(shown(after)).toEqual(KIMS_RATING);
    expect(after.parts.skola!.respondents.map((r) => r.id)).toEqual([kim.personId, SARA]);
    expect(after.parts.skola!.handedOut).toEqual({});
  });

  it('leaves out unknown parts, indicators and keys, values off the scale and links that are no web address', () => {
    const { result, after } = merge(
      copyWith((fields, comments) => {
        saraHere(fields);
        fields.set(`rating/kultur/kultur.bibliotek/${SARA}/value`, 'helt');
        fields.set(`part/kultur/respondent/${SARA}`, AT);
        fields.set(`agreed/kultur/kultur.bibliotek/${SARA}`, { value: 'helt', at: AT });
        fields.set(`rating/skola/skola.okand/${SARA}/value`, 'helt');
        comments.set(`comment/skola/skola.okand/${SARA}`, 'Om en fråga som inte finns');
        fields.set(`rating/skola/skola.franvaro/${SARA}/value`, 'kanske');
        fields.set(`agreed/skola/skola.franvaro/${SARA}`, { value: 'kanske', at: AT });
        fields.set(`rating/skola/skola.antagning/${SARA}/evidence`, 'javascript:alert(1)');
        fields.set(`rating/skola/skola.antagning/INTE-ETT-ID/value`, 'helt');
        comments.set('kommentar', 'Utan plats');
        fields.set('hemlig', 'nyckel');
      }),
    );
    expect(ignoredOf(result)).toEqual({
      'unknown-part': 3,
      'unknown-indicator': 2,
      'value-not-on-scale': 2,
      'bad-evidence': 1,
      'unparsable-key': 3,
    });
    expect(shown(after)).toEqual(KIMS_RATING);
  });

  it('leaves out text over its limit: comments, names, notes and links', () => {
    const { result, after } = merge(
      copyWith((fields, comments) => {
        saraHere(fields);
        comments.set(`comment/skola/skola.franvaro/${SARA}`, 'x'.repeat(COMMENT_MAX + 1));
        fields.set(`person/${PEOPLE.pia.personId}/name`, 'P'.repeat(NAME_MAX + 1));
        fields.set(`rating/skola/skola.antagning/${PEOPLE.pia.personId}/value`, 'helt');
        fields.set(`agreed/skola/skola.franvaro/${SARA}`, { value: 'helt', note: 'n'.repeat(1001), at: AT });
        fields.set(
          `rating/skola/skola.antagning/${SARA}/evidence`,
          `https://kommun.se/${'a'.repeat(EVIDENCE_MAX)}`,
        );
      }),
    );
    expect(ignoredOf(result)).toEqual({ 'oversize-text': 4 });
    // Pia's rating stays, but under no name: her name was too long to take.
    expect(shown(after)).toEqual([
      ...KIMS_RATING.slice(0, 1),
      {
        personId: PEOPLE.pia.personId,
        name: undefined,
        value: 'helt',
        comment: undefined,
        evidence: undefined,
      },
      { answer: 'skola.franvaro', value: 'delvis' },
      { answer: 'skola.antagning', value: 'helt' },
    ]);
  });

  it('counts only what the file adds: what was ignored here already is not counted again', () => {
    const hostile = copyWith((fields) => fields.set('hemlig', 'nyckel'));
    const merger = new RoundDocMerger((id) => (id === ROUND ? { updates: [STORED] } : undefined));
    const first = merger.merge(ROUND, q, { document: hostile }, ['skola'], RETURNED);
    const second = merger.merge(ROUND, q, { document: hostile }, ['skola'], RETURNED);
    expect([first, second].map((r) => r.ok && r.preview)).toEqual([
      { people: [], conflicts: [], ignored: { 'unparsable-key': 1 }, changes: true },
      { people: [], conflicts: [], ignored: {}, changes: false },
    ]);
  });

  it('never lets a key named __proto__ reach a rating or an object’s prototype', () => {
    const { result, after } = merge(
      copyWith((fields, comments) => {
        fields.set('__proto__', { polluted: true });
        comments.set('__proto__', 'x');
      }),
    );
    expect(result.ok).toBe(true);
    expect(shown(after)).toEqual(KIMS_RATING);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads roots of another type than the layout’s without failing, and shows nothing from them', () => {
    const { result, after } = merge(
      copyWith((_fields, _comments, doc) => {
        doc.getArray('ratings').push([{ value: 'helt' }]);
        doc.getText('notes').insert(0, 'text');
      }),
    );
    expect(result.ok).toBe(true);
    expect(shown(after)).toEqual(KIMS_RATING);
  });

  it('refuses a document cut short, pieced together or not a document at all, and keeps nothing of it', () => {
    const whole = fromBase64(
      copyWith((fields) => {
        saraHere(fields);
        fields.set(`rating/skola/skola.franvaro/${SARA}/value`, 'helt');
      }),
    )!;
    // Only the changes after a state the file does not carry: their predecessors are missing.
    const copy = new Y.Doc();
    copy.clientID = 4242;
    fieldsOf(copy).set('first', 'x');
    const before = Y.encodeStateVector(copy);
    fieldsOf(copy).set(`rating/skola/skola.franvaro/${SARA}/value`, 'helt');
    commentsOf(copy).set(`comment/skola/skola.franvaro/${SARA}`, 'Efter det första');
    const piece = Y.encodeStateAsUpdateV2(copy, before);

    for (const document of [
      toBase64(whole.subarray(0, Math.floor(whole.length / 2))),
      toBase64(whole.subarray(0, whole.length - 1)),
      toBase64(piece),
      toBase64(new TextEncoder().encode('{"fields":{}}')),
      toBase64(new Uint8Array(64).fill(255)),
      '',
      'inte base64',
    ]) {
      const { result, writes, changed } = merge(document);
      expect(result).toEqual({
        ok: false,
        issues: [{ path: ['document'], rule: 'document-damaged', params: {} }],
      });
      expect([writes, changed]).toEqual([[], false]);
    }
  });

  it('refuses a document that changes a part it was not handed, or who coordinates, and keeps nothing of it', () => {
    for (const [fill, part] of [
      [(fields: Y.Map<unknown>) => fields.set(`rating/teknik/teknik.eid/${SARA}/value`, 'helt'), 'teknik'],
      [(fields: Y.Map<unknown>) => fields.set(`part/omsorg/respondent/${SARA}`, AT), 'omsorg'],
      [
        (fields: Y.Map<unknown>) =>
          fields.set(`rating/skola/skola.franvaro/${kim.personId}/value`, 'helt') &&
          fields.set(`rating/ledning/ledning.strategi/${kim.personId}/value`, 'helt'),
        'ledning',
      ],
      [(fields: Y.Map<unknown>) => fields.set('coordinator', SARA), 'coordinator'],
    ] as const) {
      const { result, writes } = merge(copyWith(fill));
      expect(result).toEqual({
        ok: false,
        issues: [{ path: ['document'], rule: 'document-outside-parts', params: { part } }],
      });
      expect(writes).toEqual([]);
    }
  });
});

describe('a huge round document', () => {
  const round: Round & { assignment: NonNullable<Round['assignment']> } = {
    id: ROUND,
    organisationCode: '1440',
    year: 2025,
    label: '',
    questionnaireKey: 'test@2#0000000000000000',
    status: 'draft',
    createdAt: AT,
    updatedAt: AT,
    history: [],
    assignment: { sectionIds: ['skola'], handedOutAt: AT, receivedAt: AT, personId: SARA },
  };
  const responseWith = (document: string) => asText(buildResponse(round, q, document, RETURNED, '0.1.0'));

  it('is refused by the file’s schema before it is merged, one character over the limit', () => {
    const over = 'A'.repeat(EXCHANGE_LIMITS.document + 4);
    const read = readExchangeText(responseWith(over));
    expect(read.ok ? [] : read.issues).toEqual([
      { path: ['document'], rule: 'too-long', params: { max: EXCHANGE_LIMITS.document } },
    ]);
  });

  it(
    'just under the limit is read, and a text in it too long to show is left out and counted',
    { timeout: 60_000 },
    () => {
      // About 15 MB of comment: some 20 MB as base64, just under the limit.
      const document = copyWith((fields, comments) => {
        saraHere(fields);
        comments.set(`comment/skola/skola.franvaro/${SARA}`, 'x'.repeat(15_000_000));
      });
      expect(document.length).toBeLessThanOrEqual(EXCHANGE_LIMITS.document);
      expect(document.length).toBeGreaterThan(EXCHANGE_LIMITS.document * 0.9);
      const read = readExchangeText(responseWith(document));
      if (!read.ok || read.value.kind !== 'response') throw new Error(JSON.stringify(read));
      const { result, after } = merge(read.value.file.document!);
      expect(ignoredOf(result)).toEqual({ 'oversize-text': 1 });
      expect(shown(after)).toEqual(KIMS_RATING);
    },
  );

  it(
    'merges whole when it is large but valid: 100 respondents with full comments on every indicator',
    { timeout: 60_000 },
    () => {
      const people = Array.from(
        { length: 100 },
        (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      );
      const indicators = q.sections.flatMap((s) => s.indicators.map((i) => [s.id, i.id] as const));
      const document = copyWith((fields, comments) => {
        people.forEach((personId, i) => {
          fields.set(`person/${personId}/name`, `Person ${i}`);
          for (const [sectionId, indicatorId] of indicators) {
            fields.set(`rating/${sectionId}/${indicatorId}/${personId}/value`, i % 2 ? 'helt' : 'delvis');
            fields.set(`rating/${sectionId}/${indicatorId}/${personId}/at`, AT);
            comments.set(`comment/${sectionId}/${indicatorId}/${personId}`, `${i}`.padEnd(COMMENT_MAX, '.'));
          }
        });
      });
      expect(document.length).toBeGreaterThan(2_000_000);
      const read = readExchangeText(responseWith(document));
      expect(read.ok).toBe(true);
      const { result, after } = merge(document, 'all');
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect(result.preview.ignored).toEqual({});
      expect(result.preview.people).toHaveLength(100);
      expect(result.preview.people.every((p) => p.added === indicators.length && p.changed === 0)).toBe(true);
      for (const [sectionId, indicatorId] of indicators) {
        const indicator = after.parts[sectionId]!.indicators[indicatorId]!;
        expect(indicator.ratings.length).toBe(indicatorId === 'skola.franvaro' ? 101 : 100);
        expect(indicator.spread).toBe('one-level');
      }
    },
  );
});
