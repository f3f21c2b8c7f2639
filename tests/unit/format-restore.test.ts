/**
 * The restore step's policy (docs/formats.md, "Compatibility"), on files as a newer or an older
 * eBlomlådan would write them: what this version does not know is left out and named, never the
 * whole file refused for it; what it knows stays strict; a questionnaire snapshot keeps its key;
 * every older version has a way up to the current one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  currentVersion,
  migrate,
  migrationsFor,
  MIGRATIONS,
  type JsonObject,
  type Migration,
} from '../../src/domain/exchange/migrations';
import { readExchangeText } from '../../src/domain/exchange/read';
import { EXCHANGE_FORMATS, EXCHANGE_SCHEMAS, type ExchangeKind } from '../../src/domain/exchange/schema';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { db } from '../../src/storage/db';
import { commitImport, exportResponse, previewImport, readExchangeFile } from '../../src/storage/exchange';

const FIXTURES = join(import.meta.dirname, '../fixtures/formats');
/** A frozen file: `assignment-1.json` from v1/, `assignment-2.json` from v2/. */
const fixture = (name: string) =>
  JSON.parse(readFileSync(join(FIXTURES, `v${/-(\d+)[.-]/.exec(name)![1]}`, name), 'utf8')) as JsonObject;
const text = (value: unknown) => JSON.stringify(value, null, 2);

/** assignment-2.json as a newer app might write it: with fields this version has never heard of. */
function newerAssignment() {
  const file = fixture('assignment-2.json') as JsonObject & {
    round: JsonObject;
    recipient: JsonObject;
    questionnaire: Questionnaire & Record<string, unknown>;
  };
  file.signature = 'c2lnbmF0dXI=';
  file.round.colour = '#2a7';
  file.recipient.email = 'maria.lind@ale.se';
  const indicators = file.questionnaire.sections.flatMap((s) => s.indicators) as Record<string, unknown>[];
  for (const indicator of indicators) indicator.weight = 2;
  file.questionnaire.licence = { sv: 'CC BY 4.0' };
  return file;
}

describe('a file from a newer version of eBlomlådan', () => {
  it('is read for what this version knows, and every unknown field is named once per place', () => {
    const newer = newerAssignment();
    const indicators = newer.questionnaire.sections.flatMap((s) => s.indicators).length;
    expect(indicators).toBe(65);
    const read = readExchangeText(text(newer));
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.value.notices).toEqual([
      { rule: 'ignored-fields', path: 'round.colour', params: { count: 1 } },
      { rule: 'ignored-fields', path: 'recipient.email', params: { count: 1 } },
      { rule: 'ignored-fields', path: 'signature', params: { count: 1 } },
      {
        rule: 'kept-fields',
        path: 'questionnaire.sections[].indicators[].weight',
        params: { count: indicators },
      },
      { rule: 'kept-fields', path: 'questionnaire.licence', params: { count: 1 } },
    ]);
    const file = read.value.file as unknown as JsonObject & { round: JsonObject; recipient: JsonObject };
    expect(file).not.toHaveProperty('signature');
    expect(file.round).not.toHaveProperty('colour');
    expect(file.recipient).not.toHaveProperty('email');
  });

  it('keeps its questionnaire snapshot whole, so the key is the writer’s and a response goes back', async () => {
    const newer = newerAssignment();
    // The key the newer coordinator has for this snapshot: computed from all of its content.
    const writersKey = questionnaireKey(newer.questionnaire);
    expect(writersKey).not.toBe(
      questionnaireKey(fixture('assignment-2.json').questionnaire as Questionnaire),
    );

    const incoming = await readExchangeFile(new Blob([text(newer)]), 'nyare.json');
    const plan = await previewImport([incoming]);
    await commitImport([incoming], plan.signature);
    const [round] = await db.rounds.toArray();
    expect(round!.questionnaireKey).toBe(writersKey);
    const stored = await db.questionnaires.get(writersKey);
    expect(stored?.questionnaire).toHaveProperty('licence', { sv: 'CC BY 4.0' });

    // The respondent's answer file carries the snapshot as it came, so the newer app merges it.
    const response = await exportResponse(round!.id, '0.1.0');
    expect(questionnaireKey(response.questionnaire)).toBe(writersKey);
    expect(response.questionnaire.sections[0]!.indicators[0]).toHaveProperty('weight', 2);
  });

  it('is still refused for a known field that breaks its rule, naming only that', () => {
    const file = newerAssignment();
    (file.round as JsonObject).year = 'tjugofemton';
    const read = readExchangeText(text(file));
    expect(read.ok ? [] : read.issues).toEqual([
      { path: ['round', 'year'], rule: 'wrong-type', params: { expected: 'number' } },
    ]);
  });

  it('never keeps an unknown field named __proto__, not even in a snapshot', () => {
    const raw = text(fixture('round-1.json')).replace(
      '"questionnaire": {',
      '"questionnaire": {\n    "__proto__": { "polluted": true },',
    );
    const read = readExchangeText(raw.replace('"answers": {', '"__proto__": { "x": 1 },\n  "answers": {'));
    if (!read.ok || read.value.kind !== 'round') throw new Error(JSON.stringify(read));
    expect(read.value.notices).toEqual([
      { rule: 'ignored-fields', path: 'questionnaire.__proto__', params: { count: 1 } },
      { rule: 'ignored-fields', path: '__proto__', params: { count: 1 } },
    ]);
    expect(Object.getPrototypeOf(read.value.file.questionnaire)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is refused when its questionnaire is of a newer format: a snapshot is never migrated', () => {
    const file = fixture('round-1.json') as JsonObject & { questionnaire: JsonObject };
    file.questionnaire.format = 'eblomladan.questionnaire/2';
    const read = readExchangeText(text(file));
    expect(read.ok ? [] : read.issues).toEqual([
      {
        path: ['questionnaire', 'format'],
        rule: 'questionnaire-too-new',
        params: { format: 'eblomladan.questionnaire/2', supported: 'eblomladan.questionnaire/1' },
      },
    ]);
  });

  it('is a backup whose unknown settings and tables are left out and named, and the rest restored', async () => {
    const backup = fixture('backup-2.json') as JsonObject & { data: JsonObject & { settings: JsonObject[] } };
    backup.data.settings.push({ key: 'theme', value: 'dark' });
    backup.data.relays = [{ url: 'wss://relay.example' }];
    const incoming = await readExchangeFile(new Blob([text(backup)]), 'nyare-kopia.json');
    expect(incoming.ok && incoming.exchange.notices).toEqual([
      { rule: 'ignored-setting', path: 'data.settings[]', params: { setting: 'theme' } },
      { rule: 'ignored-fields', path: 'data.relays', params: { count: 1 } },
    ]);
    const plan = await previewImport([incoming]);
    await commitImport([incoming], plan.signature);
    expect((await db.settings.toArray()).map((s) => s.key).sort()).toEqual([
      'guide',
      'lastBackup',
      'organisation',
    ]);
    expect(await db.rounds.count()).toBe(2);
    expect(await db.roundDocs.count()).toBe(1);
  });

  it('of a higher version is refused with a message naming both versions', () => {
    for (const kind of Object.keys(EXCHANGE_FORMATS) as ExchangeKind[]) {
      const next = `eblomladan.${kind}/${currentVersion(kind) + 1}`;
      const read = readExchangeText(text({ ...fixture('round-1.json'), format: next }));
      expect(read.ok ? [] : read.issues).toEqual([
        {
          path: ['format'],
          rule: 'file-too-new',
          params: { format: next, supported: EXCHANGE_FORMATS[kind] },
        },
      ]);
    }
  });

  it('names a version that was never written as no eBlomlådan file', () => {
    for (const format of ['eblomladan.round/0', 'eblomladan.round/01'])
      expect(readExchangeText(text({ ...fixture('round-1.json'), format }))).toMatchObject({
        ok: false,
        issues: [{ rule: 'not-exchange-file' }],
      });
  });
});

/** The frozen file of the shape each step reads (tests/fixtures/formats/), by the step's id. */
const STEP_FIXTURES: Record<string, string> = {
  'eblomladan.response/1: receivedAt': 'response-1-before-received-at.json',
  'eblomladan.assignment/1 -> /2: round document': 'assignment-1.json',
  'eblomladan.response/1 -> /2: round document': 'response-1.json',
  'eblomladan.backup/1 -> /2: round documents': 'backup-1.json',
};

describe('the migrations', () => {
  it('have unique ids, and each has a frozen fixture of the shape it reads that it lifts to a valid file', () => {
    expect(new Set(MIGRATIONS.map((m) => m.id)).size).toBe(MIGRATIONS.length);
    expect(Object.keys(STEP_FIXTURES).sort()).toEqual(MIGRATIONS.map((m) => m.id).sort());
    for (const step of MIGRATIONS) {
      const older = fixture(STEP_FIXTURES[step.id]!);
      const before = structuredClone(older);
      expect([step.id, step.applies(older)]).toEqual([step.id, true]);
      // As migrate() runs it: a step up also writes the new format tag.
      const lifted = migrate(step.kind, step.from, older, [step]).file;
      expect(older).toEqual(before); // pure: the input is not changed
      if (step.to === currentVersion(step.kind))
        expect([step.id, EXCHANGE_SCHEMAS[step.kind].safeParse(lifted).success]).toEqual([step.id, true]);
    }
  });

  it('do not apply to a file of the current shape', () => {
    // A repair within version 1 leaves a file that did not need it alone.
    expect(migrate('response', 1, fixture('response-1.json')).notices).toEqual([]);
    for (const name of ['assignment-2.json', 'response-2.json', 'round-1.json', 'backup-2.json']) {
      const file = fixture(name);
      const [, kind, version] = /^eblomladan\.([a-z]+)\/(\d+)$/.exec(String(file.format))!;
      expect([name, Number(version)]).toEqual([name, currentVersion(kind as ExchangeKind)]);
      const migrated = migrate(kind as ExchangeKind, Number(version), file);
      expect(migrated.file).toBe(file);
      expect(migrated.notices).toEqual([]);
    }
  });

  it('lift a file of every version that was ever written to the current one', () => {
    for (const kind of Object.keys(EXCHANGE_FORMATS) as ExchangeKind[]) {
      const steps = migrationsFor(kind).filter((s) => s.to > s.from);
      for (let version = 1; version < currentVersion(kind); version++)
        expect([kind, version, steps.some((s) => s.from === version && s.to === version + 1)]).toEqual([
          kind,
          version,
          true,
        ]);
    }
  });

  it('run in order, repairs within a version before the step up, and write the new format tag', () => {
    const step = (id: string, from: number, to: number): Migration => ({
      id,
      kind: 'assignment',
      from,
      to,
      applies: () => true,
      up: (file) => ({ ...file, trail: [...((file.trail as string[] | undefined) ?? []), id] }),
    });
    // Appended in the order they were written: the repair of version 1 was found after 1 -> 2.
    const steps = migrationsFor('assignment', [
      step('1->2', 1, 2),
      step('2->3', 2, 3),
      step('1 repair', 1, 1),
    ]);
    const result = migrate('assignment', 1, { format: 'eblomladan.assignment/1' }, steps);
    expect(result.version).toBe(3);
    expect(result.file.format).toBe('eblomladan.assignment/3');
    expect(result.file.trail).toEqual(['1 repair', '1->2', '2->3']);
  });
});
