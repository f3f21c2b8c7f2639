/**
 * Every broken or hostile file in tests/fixtures/exchange/ goes through the import path against a
 * database with data in it: each is refused with a clear Swedish message that names what and
 * where, or (markup) accepted with its text stored as plain text, or (a field this version does
 * not know, as a newer app may write) read without that field and with a notice that says so; a
 * refused file leaves the database exactly as it was, round documents included. The /2 files carry
 * round documents (written with Yjs by make-corpus.mjs): one cut short, one that changes a part it
 * was not handed out with, one with no document at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import { validateQuestionnaire } from '../../src/domain/questionnaire/load';
import { formatPath } from '../../src/domain/validation/issues';
import type { FilePreview } from '../../src/domain/exchange/plan';
import { initI18n } from '../../src/i18n/i18n';
import { db, ROUND_DOC_UPDATES } from '../../src/storage/db';
import { commitImport, dumpDatabase, previewImport, readExchangeFile } from '../../src/storage/exchange';
import { describeIssue } from '../../src/ui/IssueList';
import { describeNotice } from '../../src/features/exchange/FileNotices';
import { roundDocuments, type StoredUpdateRow } from '../shared/round-documents';

const DIR = join(import.meta.dirname, '../fixtures/exchange');
const ROUND = '11111111-1111-4111-8111-111111111111';

/** What the user is told for each refused file ("place: message"), in Swedish. */
const EXPECTED: Record<string, RegExp> = {
  'empty.json': /^\$: Filen är tom\.$/,
  'whitespace.json': /^\$: Filen är tom\.$/,
  'not-json.txt': /^\$: Filen är inte giltig JSON: felet finns på rad 1, kolumn 1\.$/,
  'truncated.json': /^\$: Filen är inte giltig JSON: felet finns på rad 28, kolumn 5\.$/,
  'not-an-object.json': /^\$: Filen ska innehålla ett JSON-objekt\.$/,
  'wrong-format.json': /^format: Filen är ingen fil från eBlomlådan \(formatet är ”kolada\.export\/3”\)/,
  'no-format.json': /^format: Filen är ingen fil från eBlomlådan/,
  'questionnaire.json': /^format: Filen är ett frågeformulär .*Läs in frågeformulär under Frågeformulär\.$/,
  'newer-version.json':
    /^format: Filen är skapad av en nyare version av eBlomlådan \(eblomladan\.backup\/3\)\. Den här versionen kan läsa eblomladan\.backup\/2\./,
  'newer-response.json':
    /^format: Filen är skapad av en nyare version av eBlomlådan \(eblomladan\.response\/7\)/,
  'unknown-round.json': /^round\.id: Omgången ”22222222-2222-4222-8222-222222222222” finns inte här\./,
  // A /1 file's parts name the handed-out parts (`sectionIds`) once it is lifted to /2.
  'unknown-section.json':
    /^sectionIds\[0\]: Delen ”kultur” finns inte i frågeformuläret\.\nparts\[0\]\.sectionId: Delen ”kultur” finns inte i frågeformuläret\.$/,
  'unknown-indicator.json':
    /^parts\[0\]\.answers\["skola\.okand"\]: Indikatorn ”skola\.okand” finns inte i den här delen/,
  'value-not-on-scale.json':
    /^parts\[0\]\.answers\["skola\.franvaro"\]\.value: Svaret ”kanske” finns inte på frågeformulärets svarsskala\.$/,
  'other-questionnaire.json':
    /^questionnaire: Svaret gäller frågeformuläret ”korpus@1#[0-9a-f]{16}”, men omgången här besvaras med ”korpus@1#[0-9a-f]{16}”\.$/,
  'unknown-questionnaire.json':
    /^data\.rounds\[0\]\.questionnaireKey: Frågeformuläret ”finns-inte@1#0123456789abcdef” finns inte i filen\.$/,
  'backup-setting-without-value.json': /^data\.settings\[0\]\.code: Värdet saknas\.$/,
  'backup-wrong-key.json':
    /^data\.questionnaires\[0\]\.key: Frågeformuläret är sparat under nyckeln ”korpus@1#0000000000000000”, men innehållet har nyckeln ”korpus@1#[0-9a-f]{16}”\.$/,
  'collides-with-own-round.json':
    /^round\.id: Omgången ”11111111-1111-4111-8111-111111111111” finns redan i den här webbläsaren/,
  'shared-round-collides-with-own.json':
    /^round\.id: Omgången ”11111111-1111-4111-8111-111111111111” är en av den här webbläsarens egna/,
  'duplicate-parts.json':
    /^sectionIds\[1\]: Id ”skola” används mer än en gång i filen\.\nparts\[1\]\.sectionId: Id ”skola” används mer än en gång i filen\.$/,
  'huge-string.json':
    /^parts\[0\]\.answers\["skola\.franvaro"\]\.comment: Texten är för lång \(högst 4\s000 tecken\)\.$/,
  'huge-label.json': /^round\.label: Texten är för lång \(högst 100 tecken\)\.$/,
  'deeply-nested.json': /^\$: Filen är kapslad i fler än 32 nivåer/,
  'javascript-link.json':
    /^parts\[0\]\.answers\["skola\.franvaro"\]\.evidence: Länken till underlag är ingen fullständig webbadress/,
  'bad-dates.json':
    /^createdAt: ”igår” är ingen tidpunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ssZ\.\nhandedOutAt: ”2025-13-45T99:00:00Z” är ingen tidpunkt/,
  'bad-round-id.json': /^round\.id: ”<script>alert\(1\)<\/script>” är ingen giltig id/,
  'damaged-document.json':
    /^document: Svaren i filen är skadade och kan inte läsas \(filen kan ha kortats av eller ändrats\)\. Be om en ny fil\.$/,
  'document-outside-parts.json':
    /^document: Filen ändrar delen ”teknik”, som inte delades ut med den\. Ingenting från filen har sparats\.$/,
  'no-document.json':
    /^document: Svaren i filen är skadade och kan inte läsas \(filen kan ha kortats av eller ändrats\)\. Be om en ny fil\.$/,
};

const ACCEPTED = ['markup-everywhere.json', 'unknown-field.json'];

const i18n = await initI18n('sv', ['validation', 'exchange']);
const t = i18n.getFixedT('sv', 'validation');

/** A database with a round in it (the one some files collide with or answer). */
async function seed() {
  // The questionnaire the corpus files are written on, taken from one of them.
  const response = JSON.parse(readFileSync(join(DIR, 'unknown-field.json'), 'utf8')) as {
    questionnaire: unknown;
  };
  const checked = validateQuestionnaire(response.questionnaire);
  if (!checked.ok) throw new Error('seed questionnaire');
  const key = questionnaireKey(checked.value);
  const at = '2025-03-01T09:00:00.000Z';
  await db.questionnaires.put({
    key,
    id: 'korpus',
    version: '1',
    source: 'imported',
    storedAt: at,
    questionnaire: checked.value,
  });
  await db.rounds.put({
    id: ROUND,
    organisationCode: '1440',
    year: 2025,
    label: 'Korpus',
    questionnaireKey: key,
    status: 'draft',
    createdAt: at,
    updatedAt: at,
    history: [{ type: 'created', at }],
  });
  for (const sectionId of ['skola', 'teknik'])
    await db.responses.put({ roundId: ROUND, sectionId, answers: {}, updatedAt: at });
  await db.settings.put({ key: 'organisation', code: '1440' });
}

/** Every row, and every round document (see tests/shared/round-documents.ts). */
async function everything() {
  return {
    ...(await dumpDatabase()),
    roundDocs: await db.roundDocs.toArray(),
    documents: roundDocuments(await db.table<StoredUpdateRow>(ROUND_DOC_UPDATES).toArray()),
  };
}

const messages = (preview: FilePreview) =>
  preview.kind === 'refused'
    ? preview.issues.map((issue) => `${formatPath(issue.path)}: ${describeIssue(t, issue)}`).join('\n')
    : '';

async function importThroughPath(name: string, blob: Blob) {
  const file = await readExchangeFile(blob, name);
  const plan = await previewImport([file]);
  await commitImport([file], plan.signature);
  return plan;
}

describe('the corpus of broken and hostile files', () => {
  beforeAll(() => {
    const files = readdirSync(DIR).filter((f) => !f.endsWith('.mjs'));
    // Every file in the corpus has an expectation, and every expectation a file.
    expect(files.sort()).toEqual([...Object.keys(EXPECTED), ...ACCEPTED].sort());
  });

  beforeEach(seed);

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`refuses ${name} with a clear message and changes nothing`, async () => {
      const before = await everything();
      const plan = await importThroughPath(name, new Blob([readFileSync(join(DIR, name))]));
      expect(plan.previews).toHaveLength(1);
      expect(plan.previews[0]!.kind).toBe('refused');
      expect(messages(plan.previews[0]!)).toMatch(expected);
      expect(plan.changes).toBe(false);
      expect(await everything()).toEqual(before);
    });
  }

  it('refuses a file over 50 MB before reading it, and changes nothing', async () => {
    const before = await dumpDatabase();
    const huge = new Blob([new Uint8Array(50 * 1024 * 1024 + 1)]);
    let read = false;
    const watched = Object.assign(huge, {
      text: () => {
        read = true;
        return Blob.prototype.text.call(huge);
      },
    });
    const plan = await importThroughPath('jattestor.json', watched);
    expect(read).toBe(false);
    expect(messages(plan.previews[0]!)).toBe(
      '$: Filen är 50 MB. eBlomlådan öppnar filer på högst 50 MB, så filen har inte lästs.',
    );
    expect(await dumpDatabase()).toEqual(before);
  });

  it('reads a file with a field it does not know without that field, and says so in Swedish', async () => {
    const plan = await importThroughPath(
      'unknown-field.json',
      new Blob([readFileSync(join(DIR, 'unknown-field.json'))]),
    );
    const file = await readExchangeFile(
      new Blob([readFileSync(join(DIR, 'unknown-field.json'))]),
      'unknown-field.json',
    );
    expect(plan.previews[0]!.kind).toBe('response');
    const notices = file.ok ? (file.exchange.notices ?? []) : [];
    expect(notices.map((n) => `${n.path}: ${describeNotice(i18n.getFixedT('sv', 'exchange'), n)}`)).toEqual([
      'signature: Ett okänt fält, på 1 ställe. Det läses inte in.',
    ]);
    expect((await db.responses.get([ROUND, 'skola']))?.answers['skola.franvaro']?.value).toBe('helt');
    expect(JSON.stringify(await dumpDatabase())).not.toMatch(/signature|"abc"/);
  });

  it('stores markup, scripts and control characters in every text field as plain text', async () => {
    const plan = await importThroughPath(
      'markup-everywhere.json',
      new Blob([readFileSync(join(DIR, 'markup-everywhere.json'))]),
    );
    expect(plan.previews[0]!.kind).toBe('assignment');
    const id = '33333333-3333-4333-8333-333333333333';
    const round = await db.rounds.get(id);
    const tail = ' <img src=x onerror=alert(1)><script>alert("x")</script>[2J';
    expect(round?.label).toBe(`Omgång${tail}`);
    const skola = await db.responses.get([id, 'skola']);
    expect(skola?.respondent).toEqual({ name: `Namn${tail}`, role: `Roll${tail}` });
    expect(skola?.answers['skola.franvaro']).toMatchObject({
      comment: `Kommentar${tail}`,
      answeredBy: `Namn${tail}`,
    });
    const stored = await db.questionnaires.get(round!.questionnaireKey);
    expect(stored?.questionnaire.sections[0]!.indicators[0]!.text.sv).toBe(
      `Frånvaro anmäls digitalt.${tail}`,
    );
    // No control character survives anywhere (JSON escapes them as \u00XX, \b, \f or \r).
    const everything = JSON.stringify(await dumpDatabase());
    expect(everything).not.toMatch(/\\u00(0[0-8bcef]|1[0-9a-f])|\\[bfr]|\u007f/i);
    expect(everything).toContain('<script>');
  });
});
