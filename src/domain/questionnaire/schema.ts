/**
 * Questionnaire file format `eblomladan.questionnaire/1` (see docs/questionnaire-format.md).
 * The zod schema is the single source of truth: types, runtime validation and the generated
 * questionnaires/schema.json all come from it.
 */
import * as z from 'zod/mini';
import { ID_PATTERN } from './ids';
import { LIMITS } from './limits';
import { checkQuestionnaire } from './rules';

/** Format tag written in every questionnaire file. Do not change without a new format version. */
export const QUESTIONNAIRE_FORMAT = 'eblomladan.questionnaire/1';

// The id pattern lives without zod, for the start page's catalogue check (catalog-check.ts).
export { ID_PATTERN };

const id = z.string().check(z.minLength(1), z.maxLength(80), z.regex(ID_PATTERN));
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** Text in Swedish (required) and English (optional; the interface falls back to Swedish). */
const localized = (max: number) => z.strictObject({ sv: text(max), en: z.optional(text(max)) });
/** Text that must exist in both languages, such as the questionnaire's title. */
const bilingual = (max: number) => z.strictObject({ sv: text(max), en: text(max) });

export const ScaleOptionSchema = z.strictObject({
  value: id,
  label: localized(LIMITS.shortText),
  description: z.optional(localized(LIMITS.text)),
  score: z.number().check(z.gte(0), z.lte(1)),
});

export const ScaleSchema = z.strictObject({
  /** Ordered from the lowest score to the highest. */
  options: z
    .array(ScaleOptionSchema)
    .check(z.minLength(LIMITS.scaleLevelsMin), z.maxLength(LIMITS.scaleLevelsMax)),
  /** The "ej aktuellt" option: an answer that counts neither for nor against a part. */
  notApplicable: z.optional(z.strictObject({ value: id, label: localized(LIMITS.shortText) })),
});

export const RespondentRoleSchema = z.enum([
  'head-of-administration',
  'it-strategist',
  'municipal-management',
  'other',
]);

export const IndicatorSchema = z.strictObject({
  id,
  text: localized(LIMITS.text),
  /** What "fully meets" looks like, shown next to the indicator. */
  help: z.optional(localized(LIMITS.longText)),
  tags: z.optional(z.array(id).check(z.maxLength(LIMITS.tags))),
  /** Suggested activities for an action plan: starting texts a user may pick and edit. */
  suggestions: z.optional(z.array(localized(LIMITS.text)).check(z.maxLength(LIMITS.suggestions))),
});

export const SectionKindSchema = z.enum(['flower', 'grass', 'soil']);

export const SectionSchema = z.strictObject({
  id,
  kind: SectionKindSchema,
  title: localized(LIMITS.shortText),
  description: z.optional(localized(LIMITS.longText)),
  respondent: z.strictObject({
    role: RespondentRoleSchema,
    /** Who in the municipality answers, in words, e.g. "Förvaltningschef för äldreomsorgen". */
    title: localized(LIMITS.shortText),
  }),
  indicators: z.array(IndicatorSchema).check(z.minLength(1), z.maxLength(LIMITS.indicatorsPerSectionMax)),
});

export const SupersedesSchema = z.strictObject({
  /** The version this one replaces (same questionnaire id). */
  version: id,
  /** Every indicator id of that version: its comparable successor here, or null if none. */
  map: z.record(id, z.nullable(id)),
});

/** The file's shape before the cross-field rules in ./rules.ts. */
export const QuestionnaireShape = z.strictObject({
  $schema: z.optional(z.string().check(z.maxLength(LIMITS.shortText))),
  format: z.literal(QUESTIONNAIRE_FORMAT),
  id,
  version: id,
  /** Date the version was published (YYYY-MM-DD); orders versions from oldest to newest. */
  published: z.iso.date(),
  title: bilingual(LIMITS.shortText),
  description: z.optional(localized(LIMITS.longText)),
  scale: ScaleSchema,
  sections: z.array(SectionSchema).check(z.minLength(1), z.maxLength(LIMITS.flowersMax + 2)),
  supersedes: z.optional(SupersedesSchema),
});

export const QuestionnaireSchema = QuestionnaireShape.check(z.superRefine(checkQuestionnaire));

export type Localized = z.infer<typeof ScaleOptionSchema>['label'];
export type ScaleOption = z.infer<typeof ScaleOptionSchema>;
export type Scale = z.infer<typeof ScaleSchema>;
export type RespondentRole = z.infer<typeof RespondentRoleSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type SectionKind = z.infer<typeof SectionKindSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Supersedes = z.infer<typeof SupersedesSchema>;
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;
