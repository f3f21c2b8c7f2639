/**
 * The round document's key grammar, in one place: storage builds keys with these functions and
 * the projection parses them back. Every field two people may change at once is its own key of
 * the root map `fields` (last writer wins per key); each comment is its own root text.
 *
 * Do not change a key's spelling without a migration: documents in IndexedDB and in files
 * written by every earlier version use it.
 */
import { ID_PATTERN } from '../questionnaire/ids';

/** Name of the root `Y.Map` holding every field. */
export const FIELDS_MAP = 'fields';
/** Root texts whose name starts with this are comments. */
export const COMMENT_PREFIX = 'comment/';
export const COORDINATOR_KEY = 'coordinator';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const LEGACY_ID = /^legacy-[0-9a-f]{16}$/;

/** A person id: a lower-case UUID v4, or `legacy-<16 hex>` (see legacyPersonId). */
export function isPersonId(text: string): boolean {
  return UUID_V4.test(text) || LEGACY_ID.test(text);
}

export type PersonField = 'name' | 'role';
export type RatingField = 'value' | 'evidence' | 'at';
export type PartField = 'respondent' | 'handedOut' | 'returned';

/** A parsed `fields` key. */
export type FieldKey =
  | { type: 'coordinator' }
  | { type: 'person'; personId: string; field: PersonField }
  | { type: PartField; sectionId: string; personId: string }
  | { type: 'rating'; sectionId: string; indicatorId: string; personId: string; field: RatingField }
  | { type: 'agreed'; sectionId: string; indicatorId: string; personId: string };

/** A parsed comment text name. */
export interface CommentKey {
  sectionId: string;
  indicatorId: string;
  personId: string;
}

// A key built from a malformed id could not be parsed back: that is a bug, so refuse loudly.
function id(text: string): string {
  if (!ID_PATTERN.test(text)) throw new Error(`not a questionnaire id: ${JSON.stringify(text)}`);
  return text;
}
function person(text: string): string {
  if (!isPersonId(text)) throw new Error(`not a person id: ${JSON.stringify(text)}`);
  return text;
}

export const personKey = (personId: string, field: PersonField) => `person/${person(personId)}/${field}`;

export const respondentKey = (sectionId: string, personId: string) =>
  `part/${id(sectionId)}/respondent/${person(personId)}`;

export const handedOutKey = (sectionId: string, personId: string) =>
  `part/${id(sectionId)}/handedOut/${person(personId)}`;

export const returnedKey = (sectionId: string, personId: string) =>
  `part/${id(sectionId)}/returned/${person(personId)}`;

export const ratingKey = (sectionId: string, indicatorId: string, personId: string, field: RatingField) =>
  `rating/${id(sectionId)}/${id(indicatorId)}/${person(personId)}/${field}`;

export const agreedKey = (sectionId: string, indicatorId: string, personId: string) =>
  `agreed/${id(sectionId)}/${id(indicatorId)}/${person(personId)}`;

export const commentKey = (sectionId: string, indicatorId: string, personId: string) =>
  `${COMMENT_PREFIX}${id(sectionId)}/${id(indicatorId)}/${person(personId)}`;

const PERSON_FIELDS: readonly string[] = ['name', 'role'] satisfies PersonField[];
const PART_FIELDS: readonly string[] = ['respondent', 'handedOut', 'returned'] satisfies PartField[];
const RATING_FIELDS: readonly string[] = ['value', 'evidence', 'at'] satisfies RatingField[];

const isId = (text: string | undefined): text is string => text !== undefined && ID_PATTERN.test(text);
const isPerson = (text: string | undefined): text is string => text !== undefined && isPersonId(text);

/** Parses a `fields` key; undefined when it does not follow the grammar. */
export function parseFieldKey(key: string): FieldKey | undefined {
  if (key === COORDINATOR_KEY) return { type: 'coordinator' };
  const parts = key.split('/');
  const [head, a, b, c, d] = parts;
  const size = parts.length;
  if (head === 'person' && size === 3 && isPerson(a) && PERSON_FIELDS.includes(b!))
    return { type: 'person', personId: a, field: b as PersonField };
  if (head === 'part' && size === 4 && isId(a) && PART_FIELDS.includes(b!) && isPerson(c))
    return { type: b as PartField, sectionId: a, personId: c };
  if (head === 'rating' && size === 5 && isId(a) && isId(b) && isPerson(c) && RATING_FIELDS.includes(d!))
    return { type: 'rating', sectionId: a, indicatorId: b, personId: c, field: d as RatingField };
  if (head === 'agreed' && size === 4 && isId(a) && isId(b) && isPerson(c))
    return { type: 'agreed', sectionId: a, indicatorId: b, personId: c };
  return undefined;
}

/** Parses a root text name `comment/<sectionId>/<indicatorId>/<personId>`. */
export function parseCommentKey(key: string): CommentKey | undefined {
  if (!key.startsWith(COMMENT_PREFIX)) return undefined;
  const parts = key.slice(COMMENT_PREFIX.length).split('/');
  const [sectionId, indicatorId, personId] = parts;
  return parts.length === 3 && isId(sectionId) && isId(indicatorId) && isPerson(personId)
    ? { sectionId, indicatorId, personId }
    : undefined;
}
