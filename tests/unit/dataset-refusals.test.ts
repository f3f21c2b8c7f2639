/**
 * Every way a dataset file can be broken or hostile is refused with a clear Swedish message that
 * says what is wrong and where (JSON path, round index), before anything is kept: size, JSON,
 * kind and version, 100,000 rounds, a round held twice, a snapshot whose fingerprint lies, a
 * round naming a snapshot that is not in the file, values off the scale. Markup stays text and
 * control characters go, as in every other exchange file; fields a newer app added are left out
 * and named. The migration hook runs steps as the other formats' does.
 */
import { describe, expect, it } from 'vitest';
import { DATASET_FORMAT, DATASET_LIMITS, type DatasetFile } from '../../src/domain/exchange/dataset';
import { buildDataset } from '../../src/domain/exchange/dataset-build';
import { DATASET_MIGRATIONS, migrateDataset } from '../../src/domain/exchange/dataset-migrations';
import { datasetTooLarge, readDataset, utf8Length } from '../../src/domain/exchange/dataset-read';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import type { ReferenceRound } from '../../src/domain/round/model';
import { formatPath, type ValidationIssue } from '../../src/domain/validation/issues';
import { initI18n } from '../../src/i18n/i18n';
import { describeIssue } from '../../src/ui/IssueList';
import { MUNICIPALITIES, REGISTER } from './dataset-helpers';
import { testQuestionnaire } from './exchange-helpers';

const i18n = await initI18n('sv', ['validation', 'exchange']);
const t = i18n.getFixedT('sv', 'validation');
const MB = 1024 * 1024;

const Q = testQuestionnaire();
const KEY = questionnaireKey(Q);
const WRITER = { now: '2026-02-01T10:00:00.000Z', version: '0.1.0', synthetic: true };

function reference(n: number, extra: Partial<ReferenceRound> = {}): ReferenceRound {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    organisationCode: MUNICIPALITIES[n % MUNICIPALITIES.length]!.code,
    year: 2000 + Math.floor(n / MUNICIPALITIES.length),
    label: 'Årlig bedömning',
    publishedAt: '2025-11-01T12:00:00.000Z',
    questionnaireKey: KEY,
    answers: {
      skola: { 'skola.franvaro': 'helt', 'skola.antagning': 'ej-aktuellt' },
      omsorg: { 'omsorg.larm': 'delvis' },
    },
    importedAt: '2026-01-01T00:00:00.000Z',
    fileName: 'x.json',
    ...extra,
  };
}

/** A valid dataset of `count` rounds on the small test questionnaire, as parsed JSON the test may change. */
function dataset(count = 3, questionnaire: Questionnaire = Q): DatasetFile & Record<string, unknown> {
  const key = questionnaireKey(questionnaire);
  const references = Array.from({ length: count }, (_, n) => reference(n, { questionnaireKey: key }));
  const file = buildDataset(
    { own: [], references, questionnaires: new Map([[key, questionnaire]]) },
    {},
    REGISTER,
    WRITER,
  );
  return JSON.parse(JSON.stringify(file)) as DatasetFile & Record<string, unknown>;
}

const messages = (issues: readonly ValidationIssue[]) =>
  issues.map((issue) => `${formatPath(issue.path)}: ${describeIssue(t, issue)}`);

/** What the user is told about a file (its text, or parsed JSON), or [] if it is read. */
function refusal(input: unknown): string[] {
  const read = readDataset(input);
  return read.ok ? [] : messages(read.issues);
}

describe('a dataset file that cannot be read', () => {
  it('is refused before parsing when it is over 50 MB, counted in UTF-8 bytes', () => {
    expect(refusal('x'.repeat(50 * MB + 1))).toEqual([
      '$: Filen är 50 MB. eBlomlådan öppnar filer på högst 50 MB, så filen har inte lästs.',
    ]);
    // 26.3 million characters, 52.6 million bytes (50.2 MiB): "å" takes two bytes.
    const wide = `{"format":"${'å'.repeat(26_300_000)}"}`;
    expect(utf8Length(wide)).toBe(2 * 26_300_000 + '{"format":""}'.length);
    expect(refusal(wide)).toEqual([
      '$: Filen är 50,2 MB. eBlomlådan öppnar filer på högst 50 MB, så filen har inte lästs.',
    ]);
    // The same limit for a File's size, before it is read.
    expect(datasetTooLarge(50 * MB)).toBeUndefined();
    expect(messages(datasetTooLarge(120 * MB)!.issues)).toEqual([
      '$: Filen är 120 MB. eBlomlådan öppnar filer på högst 50 MB, så filen har inte lästs.',
    ]);
    expect(utf8Length('a€😀')).toBe(new TextEncoder().encode('a€😀').length);
  });

  it('is refused when it is empty, not JSON, or not an object', () => {
    expect(refusal('  \n')).toEqual(['$: Filen är tom.']);
    expect(refusal('{\n  "format": "eblomladan.dataset/1",\n  "rounds": [,]\n}')).toEqual([
      '$: Filen är inte giltig JSON: felet finns på rad 3, kolumn 14.',
    ]);
    expect(refusal('[1, 2]')).toEqual(['$: Filen ska innehålla ett JSON-objekt.']);
  });

  it('names what it is when it is no dataset, and asks for an update when it is a newer one', () => {
    expect(refusal('{}')).toEqual([
      'format: Filen är inget jämförelseunderlag från eBlomlådan (formatet är ”–”).',
    ]);
    expect(refusal({ ...dataset(), format: 'eblomladan.round/1' })).toEqual([
      'format: Filen är inget jämförelseunderlag från eBlomlådan (formatet är ”eblomladan.round/1”).',
    ]);
    expect(refusal({ ...dataset(), format: 'eblomladan.dataset/01' })).toEqual([
      'format: Filen är inget jämförelseunderlag från eBlomlådan (formatet är ”eblomladan.dataset/01”).',
    ]);
    expect(refusal(JSON.stringify(Q))[0]).toMatch(
      /^format: Filen är ett frågeformulär \(eblomladan\.questionnaire\/1\)\. Läs in frågeformulär under Frågeformulär\.$/,
    );
    expect(refusal({ ...dataset(), format: 'eblomladan.dataset/2' })).toEqual([
      'format: Filen är skapad av en nyare version av eBlomlådan (eblomladan.dataset/2). Den här versionen kan läsa eblomladan.dataset/1. Uppdatera eBlomlådan och försök igen.',
    ]);
    const newerSnapshot = dataset();
    (newerSnapshot.questionnaires[0]!.questionnaire as { format: string }).format =
      'eblomladan.questionnaire/2';
    expect(refusal(newerSnapshot)[0]).toMatch(
      /^questionnaires\[0\]\.questionnaire\.format: Frågeformuläret i filen har formatet eblomladan\.questionnaire\/2, som är nyare/,
    );
  });

  it('is refused when it is nested deeper than any dataset', () => {
    let deep: unknown = 'botten';
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(refusal({ ...dataset(), deep })).toEqual([
      '$: Filen är kapslad i fler än 32 nivåer och kan inte vara en fil från eBlomlådan.',
    ]);
  });
});

describe('the limit on rounds', () => {
  it('refuses 100,000 rounds at once, without looking at a single round', () => {
    const file = dataset(1);
    const [round] = file.rounds;
    // Not even valid rounds: the count alone refuses the file.
    file.rounds = Array.from({ length: 100_000 }, () => round!);
    (file.rounds as unknown[])[5] = { broken: true };
    const text = JSON.stringify(file);
    expect(text.length).toBeLessThan(50 * MB);
    expect(refusal(text)).toEqual([
      'rounds: Jämförelseunderlaget har 100\u00a0000 omgångar. eBlomlådan läser högst 20\u00a0000 omgångar ur en fil, så filen har inte lästs. Dela upp underlaget, till exempel per län eller år.',
    ]);
    file.rounds.length = DATASET_LIMITS.rounds + 1;
    expect(refusal(file)[0]).toMatch(/^rounds: Jämförelseunderlaget har 20\u00a0001 omgångar\./);
  });

  it('reads 20,000 distinct rounds, the most a file may hold', () => {
    expect(DATASET_LIMITS.rounds).toBe(20_000);
    const read = readDataset(JSON.stringify(dataset(20_000)));
    if (!read.ok) throw new Error(messages(read.issues).join('\n'));
    expect(read.value.rounds).toHaveLength(20_000);
  });

  it('refuses more snapshots than a file may hold', () => {
    const file = dataset(1);
    file.questionnaires = Array.from({ length: 101 }, () => file.questionnaires[0]!);
    expect(refusal(file)).toEqual(['questionnaires: För många (högst 100).']);
  });
});

describe('a dataset that does not hold together', () => {
  it('refuses a round held twice: the same municipality, year, label and snapshot, or the same id', () => {
    const file = dataset(3);
    file.rounds.push({ ...file.rounds[1]!, id: '99999999-9999-4999-8999-999999999999' });
    file.rounds.push({ ...file.rounds[2]!, year: 2099 });
    expect(refusal(file)).toEqual([
      `rounds[3]: Kommun ${file.rounds[1]!.organisationCode} har redan en omgång 2000 med benämningen ”Årlig bedömning” på frågeformuläret ”${KEY}” i filen (rounds[1]). Varje omgång får bara finnas en gång.`,
      `rounds[4].id: Id ”${file.rounds[2]!.id}” används mer än en gång i filen.`,
    ]);
  });

  it('refuses a snapshot whose fingerprint does not match its content, and names it once', () => {
    const file = dataset(3);
    const snapshot = file.questionnaires[0]!.questionnaire as { title: { sv: string } };
    snapshot.title.sv = 'Ändrat i efterhand';
    const actual = questionnaireKey(file.questionnaires[0]!.questionnaire);
    expect(refusal(file)).toEqual([
      `questionnaires[0].key: Frågeformuläret är sparat under nyckeln ”${KEY}”, men innehållet har nyckeln ”${actual}”.`,
    ]);
  });

  it('refuses the same snapshot twice', () => {
    const file = dataset(1);
    file.questionnaires.push(file.questionnaires[0]!);
    expect(refusal(file)).toEqual([`questionnaires[1].key: Id ”${KEY}” används mer än en gång i filen.`]);
  });

  it('refuses a round naming a snapshot that is not in the file', () => {
    const file = dataset(3);
    file.rounds[2]!.questionnaireKey = 'finns-inte@1#0123456789abcdef';
    expect(refusal(file)).toEqual([
      'rounds[2].questionnaireKey: Frågeformuläret ”finns-inte@1#0123456789abcdef” finns inte i filen.',
    ]);
  });

  it('refuses a value that is not on the snapshot’s scale, and a part or indicator it does not have', () => {
    const file = dataset(3);
    file.rounds[1]!.answers.skola!['skola.franvaro'] = 'kanske';
    file.rounds[2]!.answers.kultur = { 'kultur.bibliotek': 'helt' };
    file.rounds[2]!.answers.omsorg!['omsorg.okand'] = 'helt';
    expect(refusal(file)).toEqual([
      'rounds[1].answers.skola["skola.franvaro"]: Svaret ”kanske” finns inte på frågeformulärets svarsskala.',
      'rounds[2].answers.omsorg["omsorg.okand"]: Indikatorn ”omsorg.okand” finns inte i den här delen av frågeformuläret.',
      'rounds[2].answers.kultur: Delen ”kultur” finns inte i frågeformuläret.',
    ]);
  });

  it('refuses what the schema does not allow, naming the field', () => {
    const file = dataset(2);
    delete (file as Partial<DatasetFile>).synthetic;
    file.rounds[0]!.organisationCode = 'Ale';
    file.rounds[1]!.label = 'x'.repeat(101);
    expect(refusal(file)).toEqual([
      'synthetic: Värdet saknas.',
      expect.stringMatching(/^rounds\[0\]\.organisationCode: /),
      'rounds[1].label: Texten är för lång (högst 100 tecken).',
    ]);
  });

  it('lists at most 50 things wrong, however many there are', () => {
    const file = dataset(200);
    for (const round of file.rounds) round.answers.skola!['skola.franvaro'] = 'kanske';
    const refused = readDataset(file);
    expect(refused.ok ? 0 : refused.issues.length).toBe(50);
  });
});

describe('what a dataset may carry', () => {
  const tail = ' <img src=x onerror=alert(1)><script>alert("x")</script>\u0007\u001b[2J\u007f';
  const clean = ' <img src=x onerror=alert(1)><script>alert("x")</script>[2J';

  it('keeps markup in every text field as text, and removes control characters', () => {
    const marked = structuredClone(Q) as Questionnaire & {
      title: { sv: string };
      sections: { title: { sv: string }; indicators: { text: { sv: string } }[] }[];
    };
    marked.title.sv += tail;
    marked.sections[0]!.title.sv += tail;
    marked.sections[0]!.indicators[0]!.text.sv += tail;
    const file = dataset(2, marked);
    file.rounds[0]!.label = `Omgång${tail}`;
    file.writtenBy.version = '<b>0.1.0</b>\u0007';
    const read = readDataset(JSON.stringify(file));
    if (!read.ok) throw new Error(messages(read.issues).join('\n'));
    const { rounds, questionnaires, writtenBy } = read.value;
    expect(rounds.find((r) => r.label.startsWith('Omgång'))!.label).toBe(`Omgång${clean}`);
    expect(writtenBy.version).toBe('<b>0.1.0</b>');
    const [snapshot] = questionnaires;
    expect(snapshot!.questionnaire.title.sv).toBe(`${Q.title.sv}${clean}`);
    expect(snapshot!.questionnaire.sections[0]!.indicators[0]!.text.sv).toBe(
      `Frånvaro anmäls digitalt.${clean}`,
    );
    // The writer keyed the snapshot as a reader sees it, so its rounds still find it.
    expect(snapshot!.key).toBe(questionnaireKey(snapshot!.questionnaire));
    expect(JSON.stringify(read.value)).not.toMatch(/\\u00(0[0-8bcef]|1[0-9a-f])|\\[bfr]|\u007f/i);
  });

  it('refuses a snapshot keyed with its control characters (written by hand, not by eBlomlådan)', () => {
    const file = dataset(1);
    const snapshot = file.questionnaires[0]!.questionnaire as { title: { sv: string } };
    snapshot.title.sv += '\u0007';
    file.questionnaires[0]!.key = questionnaireKey(file.questionnaires[0]!.questionnaire);
    file.rounds[0]!.questionnaireKey = file.questionnaires[0]!.key;
    expect(refusal(file)[0]).toMatch(/^questionnaires\[0\]\.key: Frågeformuläret är sparat under nyckeln/);
  });

  it('reads a file with fields this version does not know, leaves them out and names them once per place', () => {
    const file = dataset(3);
    file.region = 'Västra Götaland';
    for (const round of file.rounds) (round as Record<string, unknown>).colour = '#2a7';
    // Inside a snapshot a newer field is kept, unused: the key is computed from the whole content.
    (file.questionnaires[0]!.questionnaire as Record<string, unknown>).licence = { sv: 'CC BY 4.0' };
    const key = questionnaireKey(file.questionnaires[0]!.questionnaire);
    file.questionnaires[0]!.key = key;
    for (const round of file.rounds) round.questionnaireKey = key;
    const read = readDataset(JSON.stringify(file));
    if (!read.ok) throw new Error(messages(read.issues).join('\n'));
    expect(read.value.notices).toEqual([
      { rule: 'ignored-fields', path: 'rounds[].colour', params: { count: 3 } },
      { rule: 'ignored-fields', path: 'region', params: { count: 1 } },
      { rule: 'kept-fields', path: 'questionnaires[].questionnaire.licence', params: { count: 1 } },
    ]);
    expect(read.value).not.toHaveProperty('region');
    expect(read.value.rounds[0]).not.toHaveProperty('colour');
    expect(read.value.questionnaires[0]!.key).toBe(key);
  });

  it('keeps only the snapshots its rounds name', () => {
    const file = dataset(2);
    const other = structuredClone(Q) as Questionnaire & { version: string };
    other.version = '3';
    file.questionnaires.push({ key: questionnaireKey(other), questionnaire: other });
    const read = readDataset(file);
    expect(read.ok && read.value.questionnaires.map((s) => s.key)).toEqual([KEY]);
  });
});

describe('the migration hook', () => {
  it('has no step yet: version 1 is the only version', () => {
    expect(DATASET_MIGRATIONS).toEqual([]);
    expect(DATASET_FORMAT).toBe('eblomladan.dataset/1');
  });

  it('runs a repair within a version before the step up from it, and writes the new format tag', () => {
    const ran: string[] = [];
    const { file, version, notices } = migrateDataset(1, { format: 'eblomladan.dataset/1', rows: [] }, [
      {
        id: 'eblomladan.dataset/1 -> /2: rows become rounds',
        kind: 'dataset',
        from: 1,
        to: 2,
        applies: () => true,
        up: (f) => {
          ran.push('up');
          const { rows, ...rest } = f;
          return { ...rest, rounds: rows };
        },
      },
      {
        id: 'eblomladan.dataset/1: synthetic assumed false',
        kind: 'dataset',
        from: 1,
        to: 1,
        applies: (f) => !Object.hasOwn(f, 'synthetic'),
        up: (f) => {
          ran.push('repair');
          return { ...f, synthetic: false };
        },
        notice: 'received-at-assumed',
      },
    ]);
    expect(ran).toEqual(['repair', 'up']);
    expect([version, file]).toEqual([2, { format: 'eblomladan.dataset/2', synthetic: false, rounds: [] }]);
    expect(notices).toEqual([{ rule: 'received-at-assumed', path: '$', params: {} }]);
  });
});
