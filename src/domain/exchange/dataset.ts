/**
 * The dataset format `eblomladan.dataset/1` (docs/formats.md): many municipalities' published
 * rounds in one file ("jämförelseunderlag"), for comparisons across a region or the country. A
 * region or SKR collects published rounds and hands them back as one file instead of thousands
 * of `eblomladan.round/1` files, 97 % of whose bytes were the same questionnaire snapshot.
 *
 * - each questionnaire snapshot once, under its key `id@version#fingerprint`;
 * - each round as a compact record: a reference round (domain/round/model.ts) without the
 *   fields the importing browser sets (`importedAt`, `fileName`). **Values only**, as sharing a
 *   round strips them: no names, comments, evidence links or persons;
 * - what wrote it and when, and whether its data are synthetic (made up, for tests and demos).
 *
 * Reading is dataset-read.ts (size, JSON, sanitising, version and migration, this strict schema,
 * then the rules that span fields); writing is dataset-build.ts. The field schemas are the round
 * file's and the reference round's (schema.ts), so a value that one accepts the other does too.
 *
 * Do not change this schema so that it accepts less than before: files already written would
 * stop opening. tests/unit/json-schema.test.ts compares it with the committed JSON Schema
 * docs/schemas/eblomladan.dataset-1.schema.json; such a change needs `eblomladan.dataset/2` and a
 * step in dataset-migrations.ts.
 */
import * as z from 'zod/mini';
import { QuestionnaireSchema, type Questionnaire } from '../questionnaire/schema';
import { ReferenceRoundSchema, SharedRoundFileSchema, StoredRoundSchema, WrittenBySchema } from './schema';

/** The format tag this version writes and reads. Do not change without a new version and a migration. */
export const DATASET_FORMAT = 'eblomladan.dataset/1';

export const DATASET_LIMITS = {
  /**
   * Rounds in one file. The whole country over ten years is 290 × 10 = 2,900 rounds (a few more
   * where a municipality published two rounds a year); 20,000 leaves room for six or seven rounds
   * per municipality and year, or for the whole country over 69 years. Reading 20,000 rounds
   * takes a few seconds in a tab and stores 20,000 reference rounds; 100,000 would not be
   * responsive, and nothing needs them, so a larger count is refused before any round is looked
   * at. The byte limit (DATASET_MAX_BYTES, 50 MiB) guards the other way: a round of the 2016
   * questionnaire takes about 2.6 kB, so a file of full rounds reaches 50 MiB at about 19,000
   * rounds; the count keeps small, cheap-to-send rounds (100,000 nearly empty ones fit in 20 MB)
   * from costing the tab per-round work.
   */
  rounds: 20_000,
  /**
   * Distinct questionnaire snapshots. Each is about 100 kB and validated once; ten years have
   * seen two questionnaire versions and a handful of corrected snapshots of each.
   */
  questionnaires: 100,
  /** Nesting of JSON objects and arrays: the snapshot needs about ten levels (as schema.ts). */
  depth: 32,
} as const;

const round = ReferenceRoundSchema.shape;

/** One round: a reference round without what the importing browser adds (`importedAt`, `fileName`). */
export const DatasetRoundSchema = z.strictObject({
  /** The round's own id (a UUID), as in its `eblomladan.round/1` file: the same round is the same row. */
  id: round.id,
  /** SCB municipality code. */
  organisationCode: round.organisationCode,
  year: round.year,
  label: round.label,
  /** A key in `questionnaires`. */
  questionnaireKey: round.questionnaireKey,
  publishedAt: round.publishedAt,
  /** `answers[sectionId][indicatorId]` = the agreed answer's value; unanswered indicators are left out. */
  answers: round.answers,
});

export const DatasetSnapshotSchema = z.strictObject({
  /** `id@version#fingerprint` of `questionnaire` (domain/questionnaire/fingerprint.ts). */
  key: StoredRoundSchema.shape.questionnaireKey,
  questionnaire: QuestionnaireSchema,
});

export const DatasetFileSchema = z.strictObject({
  format: z.literal(DATASET_FORMAT),
  writtenBy: WrittenBySchema,
  createdAt: SharedRoundFileSchema.shape.createdAt,
  /** True when the answers are made up (scripts/make-national-dataset.mjs); the app says so wherever it shows them. */
  synthetic: z.boolean(),
  /** Every snapshot a round names, once, ordered by key. */
  questionnaires: z.array(DatasetSnapshotSchema).check(z.maxLength(DATASET_LIMITS.questionnaires)),
  /** Ordered by municipality code, year, questionnaire key, label, publication time and id. */
  rounds: z.array(DatasetRoundSchema).check(z.maxLength(DATASET_LIMITS.rounds)),
});

export type DatasetFile = Omit<z.infer<typeof DatasetFileSchema>, 'questionnaires'> & {
  questionnaires: DatasetSnapshot[];
};
export type DatasetRound = z.infer<typeof DatasetRoundSchema>;
export interface DatasetSnapshot {
  key: string;
  questionnaire: Questionnaire;
}
