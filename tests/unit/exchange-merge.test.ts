/**
 * Handing out parts, rating them in other browsers and merging the response files back, through
 * the real storage (fake IndexedDB, one browser at a time). Every rating arrives under its person;
 * files merged in any order and any number of times give the same round; a file that is damaged
 * or changes what it was not handed is refused and changes nothing; where two people chose the
 * agreed answer differently, the later choice stands and the preview shows both.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { planImport, type DbContent, type IncomingFile } from '../../src/domain/exchange/plan';
import { readExchangeText } from '../../src/domain/exchange/read';
import type { ResponseFile } from '../../src/domain/exchange/schema';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import { legacyPersonId } from '../../src/domain/rating/legacy-person';
import { projectRound } from '../../src/domain/rating/project';
import { db } from '../../src/storage/db';
import {
  commitImport,
  exportAssignment,
  exportBackup,
  exportResponse,
  exportSharedRound,
  previewImport,
  StaleImport,
} from '../../src/storage/exchange';
import { docFromUpdates, roundDocData } from '../../src/storage/round-doc/data';
import { addRespondent, chooseAgreed, namePerson, rate } from '../../src/storage/round-doc/edit';
import { fromBase64, RoundDocMerger, toBase64 } from '../../src/storage/round-doc/merge';
import { publishRound, startRound } from '../../src/storage/rounds';
import { asText, roundTrip, testQuestionnaire } from './exchange-helpers';
import {
  editDoc,
  PEOPLE,
  saveBrowser,
  storedState,
  storedProjection,
  switchBrowser,
  type Browser,
} from './round-doc-helpers';

const { kim, sara, pia, ivar } = PEOPLE;
type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

/** A file as another browser would receive it: written to text and read back. */
function incoming(name: string, value: unknown): IncomingFile {
  const result = readExchangeText(asText(value));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { name, ok: true, exchange: result.value };
}

async function importFiles(files: IncomingFile[]) {
  const plan = await previewImport(files);
  await commitImport(files, plan.signature);
  return plan;
}

const now = () => new Date().toISOString();
const place = (sectionId: string, indicatorId: string, person: Person) => ({
  sectionId,
  indicatorId,
  personId: person.personId,
});

/** What a round holds for a user: every rating, agreed answer and mark, and what the other views read. */
async function roundAsSeen(roundId: string) {
  const projected = await storedProjection(roundId, testQuestionnaire());
  return {
    persons: projected.persons,
    parts: projected.parts,
    responses: await db.responses.where({ roundId }).toArray(),
    status: (await db.roundDocs.get(roundId))?.parts,
  };
}

const start = () =>
  startRound({
    organisationCode: '1440',
    year: 2025,
    label: '',
    questionnaire: testQuestionnaire(),
    source: 'bundled',
  });

/**
 * The coordinator Kim rates one indicator and hands `skola` out to Sara and to Pia, and `teknik`
 * to Ivar; each rates in their own browser and sends their response back.
 */
async function threeResponses() {
  const round = await start();
  await editDoc(round.id, (doc) => {
    namePerson(doc, kim.personId, kim);
    addRespondent(doc, 'skola', kim.personId, now());
    rate(doc, place('skola', 'skola.franvaro', kim), { value: 'delvis' }, now());
  });
  const toSara = roundTrip(await exportAssignment(round.id, ['skola'], sara, '0.1.0'));
  const toPia = roundTrip(await exportAssignment(round.id, ['skola'], pia, '0.1.0'));
  const toIvar = roundTrip(await exportAssignment(round.id, ['teknik'], ivar, '0.1.0'));
  const coordinator = await saveBrowser();

  const respond = async (file: unknown, change: (doc: Y.Doc) => void) => {
    await switchBrowser();
    await importFiles([incoming('utdelning.json', file)]);
    await editDoc(round.id, change);
    return roundTrip(await exportResponse(round.id, '0.1.0'));
  };
  const fromSara = await respond(toSara, (doc) => {
    rate(doc, place('skola', 'skola.franvaro', sara), { value: 'helt', comment: 'Alla skolor' }, now());
    rate(doc, place('skola', 'skola.antagning', sara), { value: 'delvis' }, now());
  });
  const fromPia = await respond(toPia, (doc) => {
    rate(doc, place('skola', 'skola.franvaro', pia), { value: 'delvis', comment: 'Förskolan ringer' }, now());
    rate(
      doc,
      place('skola', 'skola.antagning', pia),
      { value: 'delvis', evidence: 'https://ale.se/antagning' },
      now(),
    );
  });
  const fromIvar = await respond(toIvar, (doc) => {
    rate(doc, place('teknik', 'teknik.eid', ivar), { value: 'helt' }, now());
  });
  return { round, coordinator, fromSara, fromPia, fromIvar };
}

describe('handing out, rating and merging parts', () => {
  it('merges every response under its person, in any order to the same round, and a second time changes nothing', async () => {
    const { round, coordinator, fromSara, fromPia, fromIvar } = await threeResponses();
    const files = {
      sara: incoming('skola-sara.json', fromSara),
      pia: incoming('skola-pia.json', fromPia),
      ivar: incoming('teknik-ivar.json', fromIvar),
    };

    // One coordinator's browser: all three at once.
    await switchBrowser(coordinator);
    const plan = await importFiles([files.sara, files.pia, files.ivar]);
    expect(plan.previews.map((p) => (p.kind === 'response' ? p.doc : p.kind))).toEqual([
      {
        people: [{ personId: sara.personId, name: sara.name, added: 2, changed: 0 }],
        conflicts: [],
        ignored: {},
        changes: true,
      },
      {
        people: [{ personId: pia.personId, name: pia.name, added: 2, changed: 0 }],
        conflicts: [],
        ignored: {},
        changes: true,
      },
      {
        people: [{ personId: ivar.personId, name: ivar.name, added: 1, changed: 0 }],
        conflicts: [],
        ignored: {},
        changes: true,
      },
    ]);
    const first = await roundAsSeen(round.id);

    // Every rating is its author's, side by side with the coordinator's.
    const skola = first.parts.skola!;
    expect(skola.indicators['skola.franvaro']!.ratings.map((r) => [r.personId, r.value, r.comment])).toEqual([
      [kim.personId, 'delvis', undefined],
      [sara.personId, 'helt', 'Alla skolor'],
      [pia.personId, 'delvis', 'Förskolan ringer'],
    ]);
    expect(skola.indicators['skola.franvaro']).toMatchObject({ spread: 'one-level', status: 'differs' });
    expect(skola.indicators['skola.antagning']!.agreed).toMatchObject({
      value: 'delvis',
      source: 'unanimous',
    });
    expect(first.parts.teknik!.indicators['teknik.eid']!.agreed).toMatchObject({
      value: 'helt',
      source: 'single',
      by: ivar.personId,
    });
    // Come back from the people it was handed out to, at the time each file was written.
    expect(skola.returned).toEqual({
      [sara.personId]: fromSara.createdAt,
      [pia.personId]: fromPia.createdAt,
    });
    expect(first.parts.teknik!.returned).toEqual({ [ivar.personId]: fromIvar.createdAt });
    // The other views read the agreed answers: none where the ratings still differ.
    const answers = first.responses.find((r) => r.sectionId === 'skola')!.answers;
    expect(answers['skola.franvaro']?.value).toBeUndefined();
    expect(answers['skola.antagning']).toMatchObject({
      value: 'delvis',
      evidence: 'https://ale.se/antagning',
      answeredBy: `${sara.name}, ${pia.name}`,
    });
    expect(first.responses.find((r) => r.sectionId === 'teknik')!.answers['teknik.eid']).toMatchObject({
      value: 'helt',
      answeredBy: ivar.name,
    });
    expect(first.status?.skola).toMatchObject({ agreed: 1, differs: 1 });

    // Another coordinator's browser: the same files one by one, in another order.
    await switchBrowser(coordinator);
    for (const file of [files.ivar, files.pia, files.sara]) await importFiles([file]);
    expect(await roundAsSeen(round.id)).toEqual(first);

    // Again, in either browser, changes nothing.
    const again = await previewImport([files.pia, files.sara, files.ivar]);
    expect(again.changes).toBe(false);
    expect(again.previews.map((p) => p.kind === 'response' && p.doc)).toEqual(
      Array(3).fill({ people: [], conflicts: [], ignored: {}, changes: false }),
    );
    const before = await storedState();
    await commitImport([files.pia, files.sara, files.ivar], again.signature);
    expect(await storedState()).toEqual(before);
  });

  it('shows the rating a respondent changed after an earlier response as changed, under their name', async () => {
    const round = await start();
    const toSara = roundTrip(await exportAssignment(round.id, ['skola'], sara, '0.1.0'));
    const coordinator = await saveBrowser();
    await switchBrowser();
    await importFiles([incoming('a.json', toSara)]);
    await editDoc(round.id, (doc) =>
      rate(doc, place('skola', 'skola.franvaro', sara), { value: 'delvis' }, now()),
    );
    const firstAnswer = incoming('svar-1.json', roundTrip(await exportResponse(round.id, '0.1.0')));
    await editDoc(round.id, (doc) =>
      rate(doc, place('skola', 'skola.franvaro', sara), { value: 'helt' }, now()),
    );
    const secondAnswer = incoming('svar-2.json', roundTrip(await exportResponse(round.id, '0.1.0')));

    await switchBrowser(coordinator);
    await importFiles([firstAnswer]);
    const plan = await importFiles([secondAnswer]);
    expect(plan.previews[0]).toMatchObject({
      doc: { people: [{ personId: sara.personId, added: 0, changed: 1 }], changes: true },
    });
    expect((await db.responses.get([round.id, 'skola']))?.answers['skola.franvaro']).toMatchObject({
      value: 'helt',
      answeredBy: sara.name,
    });
    // The older file, merged after the newer one, takes nothing back.
    expect((await previewImport([firstAnswer])).changes).toBe(false);
  });

  it('refuses a response whose document changes a part it was not handed, and changes nothing', async () => {
    const round = await start();
    const toSara = roundTrip(await exportAssignment(round.id, ['skola'], sara, '0.1.0'));
    const coordinator = await saveBrowser();
    await switchBrowser();
    await importFiles([incoming('a.json', toSara)]);
    // Written past the answer page, which offers only the handed-out part.
    await editDoc(round.id, (doc) => {
      rate(doc, place('skola', 'skola.franvaro', sara), { value: 'helt' }, now());
      rate(doc, place('teknik', 'teknik.eid', sara), { value: 'inte-alls' }, now());
    });
    const response = incoming('svar.json', roundTrip(await exportResponse(round.id, '0.1.0')));

    await switchBrowser(coordinator);
    const before = await storedState();
    const plan = await importFiles([response]);
    expect(plan.previews[0]).toEqual({
      kind: 'refused',
      name: 'svar.json',
      issues: [{ path: ['document'], rule: 'document-outside-parts', params: { part: 'teknik' } }],
    });
    expect(plan.changes).toBe(false);
    expect(await storedState()).toEqual(before);
  });

  it('refuses a response whose document is cut short or is not a document, and changes nothing', async () => {
    const { coordinator, fromSara } = await threeResponses();
    await switchBrowser(coordinator);
    const before = await storedState();
    const bytes = fromBase64(fromSara.document!)!;
    const damaged = (document: string): ResponseFile => ({ ...fromSara, document });
    const files = [
      incoming('avkortad.json', damaged(toBase64(bytes.subarray(0, Math.floor(bytes.length / 2))))),
      incoming('sista-byte-saknas.json', damaged(toBase64(bytes.subarray(0, bytes.length - 1)))),
      incoming('skrap.json', damaged(toBase64(new TextEncoder().encode('Det här är ingen rond.')))),
      incoming('tom.json', damaged('')),
    ];
    const plan = await importFiles(files);
    expect(plan.previews).toEqual(
      files.map((file) => ({
        kind: 'refused',
        name: file.name,
        issues: [{ path: ['document'], rule: 'document-damaged', params: {} }],
      })),
    );
    expect(plan.changes).toBe(false);
    expect(await storedState()).toEqual(before);
  });

  it('shows two differing choices of the agreed answer as a conflict, and the later one stands on every copy', async () => {
    const base = Date.now();
    const later = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
    const round = await start();
    await editDoc(round.id, (doc) => {
      namePerson(doc, kim.personId, kim);
      rate(doc, place('skola', 'skola.franvaro', kim), { value: 'delvis' }, now());
    });
    const toSara = roundTrip(await exportAssignment(round.id, ['skola'], sara, '0.1.0'));
    // Kim settles it at +1 minute, in the coordinator's browser.
    await editDoc(round.id, (doc) =>
      chooseAgreed(
        testQuestionnaire(),
        doc,
        place('skola', 'skola.franvaro', kim),
        { value: 'delvis', note: 'Som i fjol' },
        later(1),
      ),
    );
    const coordinator = await saveBrowser();

    // Sara rates differently and chooses her own value, at +2 minutes: later than Kim.
    await switchBrowser();
    await importFiles([incoming('a.json', toSara)]);
    await editDoc(round.id, (doc) => {
      rate(doc, place('skola', 'skola.franvaro', sara), { value: 'helt' }, now());
      chooseAgreed(
        testQuestionnaire(),
        doc,
        place('skola', 'skola.franvaro', sara),
        { value: 'helt' },
        later(2),
      );
    });
    const response = incoming('svar.json', roundTrip(await exportResponse(round.id, '0.1.0')));
    const sarasCopy = await roundAsSeen(round.id);

    await switchBrowser(coordinator);
    const plan = await importFiles([response]);
    expect(plan.previews[0]).toMatchObject({
      doc: {
        conflicts: [
          {
            sectionId: 'skola',
            indicatorId: 'skola.franvaro',
            ours: {
              personId: kim.personId,
              name: kim.name,
              value: 'delvis',
              note: 'Som i fjol',
              at: later(1),
            },
            theirs: { personId: sara.personId, name: sara.name, value: 'helt', at: later(2) },
            standing: 'theirs',
          },
        ],
      },
    });
    const merged = await roundAsSeen(round.id);
    expect(merged.parts.skola!.indicators['skola.franvaro']!.agreed).toMatchObject({
      value: 'helt',
      source: 'chosen',
      by: sara.personId,
    });
    expect(merged.responses.find((r) => r.sectionId === 'skola')!.answers['skola.franvaro']?.value).toBe(
      'helt',
    );
    // Both choices are kept; the copy that chose last shows the same agreed answer.
    expect(merged.parts.skola!.indicators['skola.franvaro']!.choices.map((c) => c.personId)).toEqual([
      sara.personId,
      kim.personId,
    ]);
    expect(sarasCopy.parts.skola!.indicators['skola.franvaro']!.agreed).toEqual(
      merged.parts.skola!.indicators['skola.franvaro']!.agreed,
    );

    // Kim chooses again, later still: now Kim's stands, and the same response shows it.
    await editDoc(round.id, (doc) =>
      chooseAgreed(
        testQuestionnaire(),
        doc,
        place('skola', 'skola.franvaro', kim),
        { value: 'delvis' },
        later(3),
      ),
    );
    const again = await previewImport([response]);
    expect(again.changes).toBe(false);
    expect((await db.responses.get([round.id, 'skola']))?.answers['skola.franvaro']?.value).toBe('delvis');
  });

  it('refuses to write when the data changed after the preview', async () => {
    const { coordinator, fromSara } = await threeResponses();
    await switchBrowser(coordinator);
    const file = incoming('svar.json', fromSara);
    const preview = await previewImport([file]);
    // Another tab merges the same file first.
    await importFiles([file]);
    const before = await storedState();
    await expect(commitImport([file], preview.signature)).rejects.toBeInstanceOf(StaleImport);
    expect(await storedState()).toEqual(before);
  });
});

describe('a response file of the older format (/1)', () => {
  const q = testQuestionnaire();
  const roundId = '00000000-0000-4000-8000-000000000001';
  const at = (minute: number) => `2025-01-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

  /** A coordinator's database in which Kim rated omsorg.larm `delvis` at `minute`, and its document. */
  function coordinator(minute: number) {
    const doc = new Y.Doc();
    namePerson(doc, kim.personId, kim);
    rate(doc, place('omsorg', 'omsorg.larm', kim), { value: 'delvis' }, at(minute));
    const content: DbContent = {
      questionnaires: [],
      rounds: [
        {
          id: roundId,
          organisationCode: '1440',
          year: 2025,
          label: '',
          questionnaireKey: questionnaireKey(q),
          status: 'draft',
          createdAt: at(0),
          updatedAt: at(0),
          history: [],
        },
      ],
      responses: [],
      settings: [],
      actions: [],
      referenceRounds: [],
    };
    return { content, update: Y.encodeStateAsUpdateV2(doc) };
  }

  const file = incoming('svar.json', {
    format: 'eblomladan.response/1',
    writtenBy: { app: 'eBlomlådan', version: '0.1.0' },
    createdAt: at(30),
    handedOutAt: at(10),
    receivedAt: at(15),
    round: { id: roundId, organisationCode: '1440', year: 2025, label: '', createdAt: at(0) },
    questionnaire: q,
    parts: [
      {
        sectionId: 'omsorg',
        respondent: { name: 'Ola Omsorg', role: 'Socialchef' },
        answers: { 'omsorg.larm': { value: 'helt', answeredBy: 'Ola Omsorg', updatedAt: at(25) } },
        updatedAt: at(25),
      },
    ],
  });
  const ola = legacyPersonId('Ola Omsorg');

  /** The plan for the file, and the indicator as it would stand once written. */
  function merged(minute: number) {
    const { content, update } = coordinator(minute);
    const docs = new RoundDocMerger((id) => (id === roundId ? { updates: [update] } : undefined));
    const plan = planImport([file], content, docs, at(40));
    const doc = docFromUpdates([update, ...docs.updates().map((write) => write.update)]);
    const larm = projectRound(q, roundDocData(doc)).parts.omsorg!.indicators['omsorg.larm']!;
    return { plan, larm };
  }

  it('writes its answer as the named person’s rating, and as their choice where it was the newest', () => {
    const { plan, larm: indicator } = merged(20);
    expect(plan.previews[0]).toMatchObject({
      kind: 'response',
      doc: { people: [{ personId: ola, name: 'Ola Omsorg', added: 1, changed: 0 }], changes: true },
    });
    expect(indicator.ratings.map((r) => [r.name, r.value])).toEqual([
      ['Kim Samordnare', 'delvis'],
      ['Ola Omsorg', 'helt'],
    ]);
    // The /1 answer replaced the part's answer then; it still does, as Ola's choice.
    expect(indicator.agreed).toMatchObject({ value: 'helt', source: 'chosen', by: ola, at: at(25) });
  });

  it('leaves the ratings differing where someone here rated later', () => {
    const { larm: indicator } = merged(28);
    expect(indicator.ratings.map((r) => [r.name, r.value])).toEqual([
      ['Ola Omsorg', 'helt'],
      ['Kim Samordnare', 'delvis'],
    ]);
    expect(indicator.choices).toEqual([]);
    expect(indicator.status).toBe('differs');
  });
});

describe('published rounds of other municipalities', () => {
  it('stores a shared round as reference data apart from own rounds; the same file again changes nothing', async () => {
    const round = await startRound({
      organisationCode: '1480',
      year: 2025,
      label: '',
      questionnaire: testQuestionnaire(),
      source: 'bundled',
    });
    await editDoc(round.id, (doc) => {
      namePerson(doc, kim.personId, kim);
      rate(doc, place('skola', 'skola.franvaro', kim), { value: 'helt', comment: 'Inte med' }, now());
    });
    await publishRound(round.id);
    const shared = roundTrip(await exportSharedRound(round.id, '0.1.0'));
    await switchBrowser();

    const file = incoming('goteborg-2025.json', shared);
    const preview = await previewImport([file]);
    expect(preview.previews[0]).toMatchObject({
      kind: 'round',
      outcome: 'add',
      round: { organisationCode: '1480' },
    });
    await commitImport([file], preview.signature);
    expect(await db.rounds.count()).toBe(0);
    const [reference] = await db.referenceRounds.toArray();
    expect(reference).toMatchObject({
      id: round.id,
      organisationCode: '1480',
      answers: { skola: { 'skola.franvaro': 'helt' } },
      fileName: 'goteborg-2025.json',
    });
    expect(await db.questionnaires.get(reference!.questionnaireKey)).toMatchObject({ source: 'received' });

    const again = await previewImport([file]);
    expect(again.previews[0]).toMatchObject({ outcome: 'same' });
    expect(again.changes).toBe(false);

    const changed = roundTrip(shared);
    changed.answers.skola!['skola.antagning'] = 'delvis';
    const replace = await previewImport([incoming('goteborg-2025-ny.json', changed)]);
    expect(replace.previews[0]).toMatchObject({ outcome: 'replace' });
  });
});

describe('backup and restore', () => {
  it('restores a backup into an empty database exactly, round documents included, and merges it into one that moved on', async () => {
    const round = await startRound({
      organisationCode: '1440',
      year: 2025,
      label: 'Vår',
      questionnaire: testQuestionnaire(),
      source: 'bundled',
    });
    await editDoc(round.id, (doc) => {
      namePerson(doc, sara.personId, sara);
      rate(doc, place('skola', 'skola.franvaro', sara), { value: 'helt', comment: '<b>fet</b>' }, now());
    });
    await db.settings.put({ key: 'organisation', code: '1440' });
    const backup = incoming('backup.json', roundTrip(await exportBackup('0.1.0')));
    const original: Browser = roundTrip(await saveBrowser());
    const seen = await roundAsSeen(round.id);

    await switchBrowser();
    const preview = await previewImport([backup]);
    expect(preview.previews[0]).toMatchObject({
      kind: 'backup',
      tables: {
        rounds: { add: 1, replace: 0, same: 0 },
        responses: { add: 4 },
        roundDocs: { add: 1, replace: 0, same: 0 },
      },
      rounds: [{ id: round.id, year: 2025, label: 'Vår', outcome: 'add' }],
    });
    await commitImport([backup], preview.signature);
    const restored = roundTrip(await saveBrowser());
    // The rows exactly; the document (as one update holding all the original's) and its part
    // status as the round shows them.
    const { ['$roundDocs.doc_updates']: _updates, roundDocs, ...rows } = restored;
    const { ['$roundDocs.doc_updates']: _originalUpdates, roundDocs: _docs, ...originalRows } = original;
    expect(rows).toEqual(originalRows);
    expect(roundDocs).toEqual([expect.objectContaining({ roundId: round.id })]);
    expect(await roundAsSeen(round.id)).toEqual(seen);
    expect((await previewImport([backup])).changes).toBe(false);

    // Rated on since the backup: restoring it again loses nothing of either.
    await editDoc(round.id, (doc) => {
      namePerson(doc, kim.personId, kim);
      rate(doc, place('skola', 'skola.antagning', kim), { value: 'delvis' }, now());
    });
    const movedOn = await roundAsSeen(round.id);
    const again = await previewImport([backup]);
    expect(again.previews[0]).toMatchObject({
      tables: { responses: { add: 0, replace: 0, same: 4 }, roundDocs: { add: 0, replace: 0, same: 1 } },
    });
    expect(again.changes).toBe(false);
    await commitImport([backup], again.signature);
    expect(await roundAsSeen(round.id)).toEqual(movedOn);
    expect(movedOn.responses.find((r) => r.sectionId === 'skola')!.answers).toMatchObject({
      'skola.franvaro': { value: 'helt', comment: '<b>fet</b>' },
      'skola.antagning': { value: 'delvis' },
    });
  });
});
