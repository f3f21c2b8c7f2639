/**
 * The exchange file formats (docs/formats.md): files that carry a round, or all of a browser's
 * data, from one browser to another. Each schema is strict and is the current version's whole
 * shape; reading goes through restore.ts, which migrates older shapes and leaves out (and reports)
 * fields of newer ones before these schemas check the rest. Each file carries the questionnaire
 * snapshot it needs and says which app and format wrote it.
 *
 * Do not change a schema so that it accepts less than before (a removed field or value, a lower
 * limit): files already written would stop opening. tests/unit/format-schemas.test.ts compares
 * them with the committed JSON Schemas in docs/schemas/; such a change needs a new version and a
 * step in migrations.ts (docs/formats.md, "Compatibility").
 *
 * - `eblomladan.assignment/2`: parts of a round handed out to be answered in another browser,
 *   with the round's document (every rating so far, as a Yjs update);
 * - `eblomladan.response/2`: those parts rated, the copy's document sent back to be merged;
 * - `eblomladan.round/1`: a published round shared with other municipalities (values only);
 * - `eblomladan.backup/2`: everything in the database, round documents included.
 *
 * Files of the `/1` versions still open: migrations.ts lifts them to `/2` with their `parts` as
 * they were, and storage writes those into the round's document (storage/round-doc/merge.ts).
 */
import * as z from 'zod/mini';
import {
  type Round,
  COMMENT_MAX,
  EVIDENCE_MAX,
  NAME_MAX,
  REASON_MAX,
  ROUND_LABEL_MAX,
  YEAR_MAX,
  YEAR_MIN,
} from '../round/model';
import { ACTION_PRIORITIES, ACTION_STATUSES, ACTIVITY_MAX, OWNER_MAX, isDueDate } from '../plan/model';
import { LIMITS } from '../questionnaire/limits';
import { ID_PATTERN, QuestionnaireSchema } from '../questionnaire/schema';
import type { FileNotice } from './notices';

export const EXCHANGE_FORMATS = {
  assignment: 'eblomladan.assignment/2',
  response: 'eblomladan.response/2',
  round: 'eblomladan.round/1',
  backup: 'eblomladan.backup/2',
} as const;

export type ExchangeKind = keyof typeof EXCHANGE_FORMATS;

/** Files larger than this are refused before they are read (50 MiB). */
export const EXCHANGE_MAX_BYTES = 50 * 1024 * 1024;

/** Limits on counts, so that a hostile file cannot make the browser work for minutes. */
export const EXCHANGE_LIMITS = {
  /** Nesting of JSON objects and arrays; the formats need about ten. */
  depth: 32,
  parts: LIMITS.flowersMax + 2,
  answersPerPart: LIMITS.indicatorsPerSectionMax,
  history: 1000,
  questionnaires: 1000,
  rounds: 10_000,
  responses: 10_000 * (LIMITS.flowersMax + 2),
  settings: 20,
  actions: 100_000,
  referenceRounds: 100_000,
  fileName: 260,
  appVersion: 40,
  /** A round document in base64: a round of 14 parts × 30 indicators × 10 raters is under 2 MB. */
  document: 20 * 1024 * 1024,
} as const;

const id = z.string().check(z.maxLength(80), z.regex(ID_PATTERN));
const uuid = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/));
/** An ISO 8601 UTC time as `Date.prototype.toISOString` writes it (checked without z.iso.datetime, to keep zod small). */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const isIsoTime = (value: string) => ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
const dateTime = z.string().check(z.refine(isIsoTime, { params: { rule: 'not-a-datetime' } }));
const organisationCode = z.string().check(z.regex(/^\d{4}$/));
const year = z.number().check(z.gte(YEAR_MIN), z.lte(YEAR_MAX), z.refine(Number.isInteger));
/** Free text; may be empty. Control characters are removed before validation (sanitize.ts). */
const text = (max: number) => z.string().check(z.maxLength(max));
const filled = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const questionnaireKey = z
  .string()
  .check(z.maxLength(300), z.regex(/^[a-z0-9.-]+@[a-z0-9.-]+#[0-9a-f]{16}$/));

export const WrittenBySchema = z.strictObject({
  app: filled(60),
  version: filled(EXCHANGE_LIMITS.appVersion),
});

export const AnswerSchema = z.strictObject({
  value: z.optional(id),
  comment: z.optional(text(COMMENT_MAX)),
  /** Checked to be an http(s) address in read.ts. */
  evidence: z.optional(text(EVIDENCE_MAX)),
  answeredBy: z.optional(text(NAME_MAX)),
  updatedAt: dateTime,
});

const answers = z.record(id, AnswerSchema).check(
  z.refine((value) => Object.keys(value).length <= EXCHANGE_LIMITS.answersPerPart, {
    params: { rule: 'too-many', max: EXCHANGE_LIMITS.answersPerPart },
  }),
);

export const RespondentSchema = z.strictObject({ name: text(NAME_MAX), role: text(NAME_MAX) });

/** One part's answers as written in assignment and response files. */
export const PartSchema = z.strictObject({
  sectionId: id,
  respondent: z.optional(RespondentSchema),
  answers,
  updatedAt: dateTime,
});

/** What an assignment or a response says about its round. */
export const RoundRefSchema = z.strictObject({
  id: uuid,
  organisationCode,
  year,
  label: text(ROUND_LABEL_MAX),
  createdAt: dateTime,
});

const parts = z.array(PartSchema).check(z.minLength(1), z.maxLength(EXCHANGE_LIMITS.parts));
const sectionIds = z.array(id).check(z.minLength(1), z.maxLength(EXCHANGE_LIMITS.parts));

/** A round document: the Yjs update (v2 encoding) of its whole state, in base64. */
const document = z.string().check(z.maxLength(EXCHANGE_LIMITS.document), z.regex(/^[A-Za-z0-9+/]*={0,2}$/));

/** Whom a hand-out is for: they rate under this person id in their copy. */
export const RecipientSchema = z.strictObject({
  personId: z.string().check(z.maxLength(80), z.regex(/^[0-9a-f-]{36}$|^legacy-[0-9a-f]{16}$/)),
  name: filled(NAME_MAX),
  role: text(NAME_MAX),
});

/** A file carries either a round document (written by /2) or the parts a /1 app wrote. */
const documentOrParts = z.refine(
  (file: unknown) => {
    const { document, parts } = file as { document?: unknown; parts?: unknown };
    return (document === undefined) !== (parts === undefined);
  },
  { params: { rule: 'document-damaged' }, path: ['document'] },
);

export const AssignmentFileSchema = z
  .strictObject({
    format: z.literal(EXCHANGE_FORMATS.assignment),
    writtenBy: WrittenBySchema,
    /** When the parts were handed out. */
    createdAt: dateTime,
    round: RoundRefSchema,
    questionnaire: QuestionnaireSchema,
    /** The handed-out parts. */
    sectionIds,
    recipient: z.optional(RecipientSchema),
    /** The round's document as it was, so rating continues where the coordinator left off. */
    document: z.optional(document),
    /** Only in a file an older app wrote (`/1`): the parts as they were. */
    parts: z.optional(parts),
  })
  .check(documentOrParts);

export const ResponseFileSchema = z
  .strictObject({
    format: z.literal(EXCHANGE_FORMATS.response),
    writtenBy: WrittenBySchema,
    createdAt: dateTime,
    round: RoundRefSchema,
    questionnaire: QuestionnaireSchema,
    /** The parts handed out to this copy; the document may change only these. */
    sectionIds,
    document: z.optional(document),
    /** Only in a file an older app wrote (`/1`): the parts as answered there, and its clocks. */
    parts: z.optional(parts),
    handedOutAt: z.optional(dateTime),
    receivedAt: z.optional(dateTime),
  })
  .check(documentOrParts);

export const SharedRoundFileSchema = z.strictObject({
  format: z.literal(EXCHANGE_FORMATS.round),
  writtenBy: WrittenBySchema,
  createdAt: dateTime,
  round: z.strictObject({
    id: uuid,
    organisationCode,
    year,
    label: text(ROUND_LABEL_MAX),
    publishedAt: dateTime,
  }),
  questionnaire: QuestionnaireSchema,
  /** `answers[sectionId][indicatorId]` = value; unanswered indicators are left out. */
  answers: z.record(id, z.record(id, id)),
});

/** A round's event; `reason` only on `reopened` (checked in read.ts). No unions, to keep zod small. */
const RoundEventSchema = z.strictObject({
  type: z.enum(['created', 'published', 'reopened']),
  at: dateTime,
  reason: z.optional(filled(REASON_MAX)),
});

export const StoredRoundSchema = z.strictObject({
  id: uuid,
  organisationCode,
  year,
  label: text(ROUND_LABEL_MAX),
  questionnaireKey,
  status: z.enum(['draft', 'published']),
  createdAt: dateTime,
  updatedAt: dateTime,
  publishedAt: z.optional(dateTime),
  history: z.array(RoundEventSchema).check(z.maxLength(EXCHANGE_LIMITS.history)),
  assignment: z.optional(
    z.strictObject({
      sectionIds: z.array(id).check(z.minLength(1), z.maxLength(EXCHANGE_LIMITS.parts)),
      handedOutAt: dateTime,
      receivedAt: dateTime,
      /** Who rates in this copy (the hand-out's recipient). */
      personId: z.optional(z.string().check(z.maxLength(80))),
    }),
  ),
});

export const StoredQuestionnaireSchema = z.strictObject({
  key: questionnaireKey,
  id,
  version: id,
  source: z.enum(['bundled', 'imported', 'received']),
  fileName: z.optional(text(EXCHANGE_LIMITS.fileName)),
  storedAt: dateTime,
  questionnaire: QuestionnaireSchema,
});

export const StoredResponseSchema = z.strictObject({
  roundId: uuid,
  sectionId: id,
  respondent: z.optional(RespondentSchema),
  answers,
  updatedAt: dateTime,
});

/** The settings this version knows; a backup's row with another key is left out and reported (restore.ts). */
export const SETTING_KEYS = ['organisation', 'lastBackup', 'guide', 'person'] as const;

/**
 * A setting: `organisation` has `code`; `lastBackup` and `guide` have `at`; `person` (who uses
 * this browser, the person id their ratings carry) has `personId`, `name` and `role` (the pairs
 * are checked in read.ts).
 */
export const SettingSchema = z.strictObject({
  key: z.enum(SETTING_KEYS),
  code: z.optional(organisationCode),
  at: z.optional(dateTime),
  personId: z.optional(
    z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)),
  ),
  name: z.optional(text(NAME_MAX)),
  role: z.optional(text(NAME_MAX)),
});

/** An action of a round's plan (domain/plan/model.ts); its part, indicator and target are checked in read.ts. */
export const StoredActionSchema = z.strictObject({
  id: filled(80),
  roundId: uuid,
  sectionId: id,
  indicatorId: id,
  target: id,
  activity: filled(ACTIVITY_MAX),
  owner: text(OWNER_MAX),
  due: z.optional(z.string().check(z.refine(isDueDate, { params: { rule: 'not-a-date' } }))),
  priority: z.enum(ACTION_PRIORITIES),
  status: z.enum(ACTION_STATUSES),
  createdAt: dateTime,
  updatedAt: dateTime,
});

export const ReferenceRoundSchema = z.strictObject({
  id: uuid,
  organisationCode,
  year,
  label: text(ROUND_LABEL_MAX),
  publishedAt: dateTime,
  questionnaireKey,
  answers: z.record(id, z.record(id, id)),
  importedAt: dateTime,
  fileName: text(EXCHANGE_LIMITS.fileName),
  // From a dataset marked synthetic; an older app reading this backup leaves it out and says so.
  synthetic: z.optional(z.literal(true)),
});

export const BackupFileSchema = z.strictObject({
  format: z.literal(EXCHANGE_FORMATS.backup),
  writtenBy: WrittenBySchema,
  createdAt: dateTime,
  data: z.strictObject({
    questionnaires: z.array(StoredQuestionnaireSchema).check(z.maxLength(EXCHANGE_LIMITS.questionnaires)),
    rounds: z.array(StoredRoundSchema).check(z.maxLength(EXCHANGE_LIMITS.rounds)),
    responses: z.array(StoredResponseSchema).check(z.maxLength(EXCHANGE_LIMITS.responses)),
    settings: z.array(SettingSchema).check(z.maxLength(EXCHANGE_LIMITS.settings)),
    actions: z.array(StoredActionSchema).check(z.maxLength(EXCHANGE_LIMITS.actions)),
    referenceRounds: z.array(ReferenceRoundSchema).check(z.maxLength(EXCHANGE_LIMITS.referenceRounds)),
    /** Every draft round's document (a backup from `/1` has none: its answers are in `responses`). */
    roundDocs: z
      .array(z.strictObject({ roundId: uuid, document }))
      .check(z.maxLength(EXCHANGE_LIMITS.rounds)),
  }),
});

export type WrittenBy = z.infer<typeof WrittenBySchema>;
export type FilePart = z.infer<typeof PartSchema>;
export type AssignmentFile = z.infer<typeof AssignmentFileSchema>;
export type ResponseFile = z.infer<typeof ResponseFileSchema>;
export type SharedRoundFile = z.infer<typeof SharedRoundFileSchema>;
/** A setting row as stored (storage/db.ts `Setting`). */
export type SettingRow =
  | { key: 'organisation'; code: string }
  | { key: 'lastBackup'; at: string }
  | { key: 'guide'; at: string }
  | { key: 'person'; personId: string; name: string; role: string };
type ParsedBackup = z.infer<typeof BackupFileSchema>;
/** The backup's tables, with rounds and settings as precise as the database holds them (read.ts checks the pairs). */
export type BackupData = Omit<ParsedBackup['data'], 'rounds' | 'settings'> & {
  rounds: Round[];
  settings: SettingRow[];
};
export type BackupFile = Omit<ParsedBackup, 'data'> & { data: BackupData };

export type ExchangeFile = (
  | { kind: 'assignment'; file: AssignmentFile }
  | { kind: 'response'; file: ResponseFile }
  | { kind: 'round'; file: SharedRoundFile }
  | { kind: 'backup'; file: BackupFile }
) & {
  /** What reading the file left out or assumed (restore.ts), for the import preview. */
  notices?: readonly FileNotice[];
};

export const EXCHANGE_SCHEMAS = {
  assignment: AssignmentFileSchema,
  response: ResponseFileSchema,
  round: SharedRoundFileSchema,
  backup: BackupFileSchema,
} as const;
