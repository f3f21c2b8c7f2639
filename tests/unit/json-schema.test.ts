import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJSONSchema, type ZodMiniType } from 'zod/mini';
import { DATASET_FORMAT, DatasetFileSchema } from '../../src/domain/exchange/dataset';
import { EXCHANGE_FORMATS, EXCHANGE_SCHEMAS, type ExchangeKind } from '../../src/domain/exchange/schema';
import { QUESTIONNAIRE_FORMAT, QuestionnaireSchema } from '../../src/domain/questionnaire/schema';
import { narrowings, type JsonSchema } from './schema-narrowing';

/**
 * The JSON Schema of every file format, generated from its zod schema and committed: for editors
 * (questionnaires/schema.json) and for anyone who reads or writes the files (docs/schemas/). Each
 * test fails when its file is stale (`npm run schema:write` renews it) and, before that, when the
 * zod schema accepts less than the committed one did: a file written by an earlier version could
 * then be refused. Such a change needs a new format version (docs/formats.md, "Compatibility"), and
 * `schema:write` refuses to write it.
 */
const ROOT = join(import.meta.dirname, '../..');
const SCHEMA_DIR = 'docs/schemas';

/** SHA-256 of the schemas of versions that were replaced (as committed when they were current). */
const FROZEN_SCHEMAS: Record<string, string> = {
  'eblomladan.assignment-1.schema.json': '03823415bbf1a1122fa5f90cae084551f9c94e88007d43d0395224ab3ed52ae5',
  'eblomladan.response-1.schema.json': 'ef6014d95b2edda1d2c4ba454b0ece932833aa762fbc9f4ff0872c6c2862ac31',
  'eblomladan.backup-1.schema.json': '4aadefce02477115b35fe16dc69aca33794ad42a369bbe26ece070d2ef399e1e',
};

interface Target {
  file: string;
  schema: ZodMiniType;
  format: string;
  description: string;
}

const KINDS = Object.keys(EXCHANGE_FORMATS) as ExchangeKind[];
/** The format tag of every kind of file, the dataset (read on a path of its own) included. */
const FORMATS: Record<string, string> = { ...EXCHANGE_FORMATS, dataset: DATASET_FORMAT };

/** docs/schemas/eblomladan.backup-1.schema.json for `eblomladan.backup/1`. */
const fileOf = (format: string) => `${SCHEMA_DIR}/${format.replace('/', '-')}.schema.json`;

const TARGETS: Target[] = [
  {
    file: 'questionnaires/schema.json',
    schema: QuestionnaireSchema,
    format: QUESTIONNAIRE_FORMAT,
    description:
      'Generated from src/domain/questionnaire/schema.ts by `npm run schema:write`; do not edit by hand. Cross-field rules (unique ids, ordered scores, the supersedes map) are checked by the app, see docs/questionnaire-format.md.',
  },
  ...KINDS.map((kind) => ({
    file: fileOf(EXCHANGE_FORMATS[kind]),
    schema: EXCHANGE_SCHEMAS[kind],
    format: EXCHANGE_FORMATS[kind],
    description: `Generated from src/domain/exchange/schema.ts by \`npm run schema:write\`; do not edit by hand. Everything this version of eBlomlådan writes and reads in ${EXCHANGE_FORMATS[kind]}. On reading, a field it does not know is left out and named to the user instead of refused; times, cross-field rules and the questionnaire snapshot's key are checked by the app. See docs/formats.md.`,
  })),
  {
    file: fileOf(DATASET_FORMAT),
    schema: DatasetFileSchema,
    format: DATASET_FORMAT,
    description: `Generated from src/domain/exchange/dataset.ts by \`npm run schema:write\`; do not edit by hand. Everything this version of eBlomlådan writes and reads in ${DATASET_FORMAT}. On reading, a field it does not know is left out and named to the user instead of refused; times, limits, cross-field rules (each round once, each snapshot under its own key, values on its scale) and the questionnaire snapshot's key are checked by the app. See docs/formats.md.`,
  },
];

function generate(target: Target) {
  const id =
    target.file === 'questionnaires/schema.json' ? 'questionnaire-1' : target.format.replace('/', '-');
  return {
    ...toJSONSchema(target.schema, { target: 'draft-2020-12', io: 'input' }),
    $id: `https://eblomladan.invalid/${id}.schema.json`,
    title:
      target.file === 'questionnaires/schema.json'
        ? `eBlomlådan questionnaire, format ${target.format}`
        : `eBlomlådan file, format ${target.format}`,
    description: target.description,
  };
}

describe('the committed JSON Schemas', () => {
  for (const target of TARGETS) {
    it(`${target.file} is the JSON Schema of the current zod schema and accepts all it accepted before`, async () => {
      const generated = generate(target);
      const path = join(ROOT, target.file);
      // A new format version has no committed schema yet: it is written, and frozen from then on.
      if (existsSync(path)) {
        const committed = JSON.parse(readFileSync(path, 'utf8')) as JsonSchema;
        expect(narrowings(committed, generated as JsonSchema)).toEqual([]);
      }
      await expect(`${JSON.stringify(generated, null, 2)}\n`).toMatchFileSnapshot(path);
    });
  }

  it('docs/schemas holds the current version of each format, and older versions only as they were', () => {
    const current = new Set(TARGETS.map((t) => t.file));
    for (const name of readdirSync(join(ROOT, SCHEMA_DIR))) {
      const match = /^eblomladan\.([a-z]+)-(\d+)\.schema\.json$/.exec(name);
      expect([name, match !== null]).toEqual([name, true]);
      const version = Number(match![2]);
      const currentVersion = Number(FORMATS[match![1]!]!.split('/')[1]);
      if (current.has(`${SCHEMA_DIR}/${name}`)) continue;
      expect([name, version < currentVersion]).toEqual([name, true]);
      // A replaced version's schema is a record of what its files were: never regenerated or edited.
      const sha = createHash('sha256')
        .update(readFileSync(join(ROOT, SCHEMA_DIR, name)))
        .digest('hex');
      expect([name, sha]).toEqual([name, FROZEN_SCHEMAS[name]]);
    }
  });
});

describe('the narrowing check', () => {
  const string = { type: 'string', maxLength: 10 };
  const object = (properties: Record<string, unknown>, required: string[] = []) => ({
    type: 'object',
    properties,
    required,
    additionalProperties: false,
  });

  it('lets a schema accept more: a new optional field, a looser limit, a new enum value', () => {
    expect(narrowings(object({ a: string }), object({ a: string, b: string }))).toEqual([]);
    expect(narrowings(string, { type: 'string', maxLength: 20 })).toEqual([]);
    expect(narrowings({ type: 'string', enum: ['a'] }, { type: 'string', enum: ['a', 'b'] })).toEqual([]);
    expect(narrowings(object({ a: string }, ['a']), object({ a: string }))).toEqual([]);
    expect(narrowings(string, { anyOf: [string, { type: 'null' }] })).toEqual([]);
  });

  it('finds every way of accepting less', () => {
    expect(narrowings(object({ a: string, b: string }), object({ a: string }))).toEqual([
      '$.b: property removed',
    ]);
    expect(narrowings(object({ a: string }), object({ a: string }, ['a']))).toEqual(['$.a: newly required']);
    expect(narrowings(string, { type: 'string', maxLength: 5 })).toEqual([
      '$: maxLength lowered from 10 to 5',
    ]);
    expect(narrowings({ type: 'number', minimum: 0 }, { type: 'number', minimum: 1 })).toEqual([
      '$: minimum raised from 0 to 1',
    ]);
    expect(narrowings({ type: 'string', enum: ['a', 'b'] }, { type: 'string', enum: ['a'] })).toEqual([
      '$: value "b" no longer allowed',
    ]);
    expect(narrowings({ type: 'string' }, { type: 'string', pattern: '^a' })).toEqual([
      '$: pattern changed from undefined to "^a"',
    ]);
    expect(narrowings({ type: 'number' }, { type: 'integer' })).toEqual(['$: no longer accepts type number']);
    expect(narrowings({ anyOf: [string, { type: 'null' }] }, string)).toEqual([
      '$|1: no longer accepts type null',
    ]);
    expect(
      narrowings(
        { type: 'object', additionalProperties: string },
        { type: 'object', additionalProperties: { type: 'string', maxLength: 3 } },
      ),
    ).toEqual(['$.*: maxLength lowered from 10 to 3']);
    expect(
      narrowings({ type: 'array', items: string }, { type: 'array', items: string, maxItems: 3 }),
    ).toEqual(['$: maxItems lowered from undefined to 3']);
    expect(narrowings({ type: 'string' }, { type: 'string', not: { const: '' } })).toEqual([
      '$: keyword not is new or changed',
    ]);
  });

  it('finds nothing between the committed schemas and themselves, and a narrowing inside them', () => {
    const committed = JSON.parse(
      readFileSync(join(ROOT, fileOf(EXCHANGE_FORMATS.response)), 'utf8'),
    ) as Record<string, JsonSchema>;
    expect(narrowings(committed, committed)).toEqual([]);
    const narrower = structuredClone(committed) as {
      properties: { parts: { maxItems: number; items: { properties: Record<string, unknown> } } };
    };
    narrower.properties.parts.maxItems = 3;
    delete narrower.properties.parts.items.properties.respondent;
    expect(narrowings(committed, narrower as unknown as JsonSchema)).toEqual([
      '$.parts: maxItems lowered from 14 to 3',
      '$.parts[].respondent: property removed',
    ]);
  });
});
