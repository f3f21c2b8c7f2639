/**
 * Reads the round document's plain data entry by entry, with the questionnaire as the judge:
 * every entry is either taken (checked and trimmed to what it may be) or ignored with a notice.
 * Nothing ignored here can reach a rating, a respondent or an agreed answer.
 */
import type { Questionnaire } from '../questionnaire/schema';
import { isEvidenceUrl } from '../round/evidence';
import { COMMENT_MAX, EVIDENCE_MAX, NAME_MAX } from '../round/model';
import { isPersonId, parseCommentKey, parseFieldKey, type FieldKey } from './keys';
import { NOTE_MAX, type AgreedChoice, type Notice, type NoticeKind, type RoundDocData } from './model';

/** A rating's fields as found; it exists once it has a value, a comment or evidence. */
export interface RawRating {
  value?: string;
  comment?: string;
  evidence?: string;
  at?: string;
}

export interface RawPart {
  /** personId → time added (respondent entries set to a time). */
  added: Map<string, string>;
  handedOut: Record<string, string>;
  returned: Record<string, string>;
  /** indicatorId → personId → rating. */
  ratings: Map<string, Map<string, RawRating>>;
  /** indicatorId → choices of the agreed answer, unsorted, names not yet filled in. */
  choices: Map<string, AgreedChoice[]>;
}

export interface RawRound {
  coordinator?: string;
  names: Map<string, string>;
  roles: Map<string, string>;
  /** Persons whose name entry was ignored with a notice of its own. */
  badNames: Set<string>;
  parts: Map<string, RawPart>;
  notices: Notice[];
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date and time with seconds and a zone, as `Date.toISOString()` writes. */
export function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_TIME.test(value) && Number.isFinite(Date.parse(value));
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a text is not acceptable, or undefined when it is. */
const textProblem = (value: unknown, max: number): NoticeKind | undefined =>
  typeof value !== 'string' ? 'wrong-type' : value.length > max ? 'oversize-text' : undefined;

export function readRoundDoc(questionnaire: Questionnaire, data: RoundDocData): RawRound {
  const indicatorIds = new Map(
    questionnaire.sections.map((section) => [section.id, new Set(section.indicators.map((i) => i.id))]),
  );
  const allowed = new Set(questionnaire.scale.options.map((option) => option.value));
  if (questionnaire.scale.notApplicable) allowed.add(questionnaire.scale.notApplicable.value);

  const round: RawRound = {
    names: new Map(),
    roles: new Map(),
    badNames: new Set(),
    parts: new Map(),
    notices: [],
  };
  const ignore = (kind: NoticeKind, key: string) => void round.notices.push({ kind, key });

  const part = (sectionId: string): RawPart => {
    let found = round.parts.get(sectionId);
    if (!found) {
      found = { added: new Map(), handedOut: {}, returned: {}, ratings: new Map(), choices: new Map() };
      round.parts.set(sectionId, found);
    }
    return found;
  };
  const rating = (sectionId: string, indicatorId: string, personId: string): RawRating => {
    const byIndicator = part(sectionId).ratings;
    let byPerson = byIndicator.get(indicatorId);
    if (!byPerson) byIndicator.set(indicatorId, (byPerson = new Map()));
    let found = byPerson.get(personId);
    if (!found) byPerson.set(personId, (found = {}));
    return found;
  };
  /** The notice for a key naming a part or indicator the questionnaire does not have. */
  const placeProblem = (sectionId: string, indicatorId?: string): NoticeKind | undefined => {
    const ids = indicatorIds.get(sectionId);
    if (!ids) return 'unknown-part';
    return indicatorId !== undefined && !ids.has(indicatorId) ? 'unknown-indicator' : undefined;
  };
  const valueProblem = (value: unknown): NoticeKind | undefined =>
    typeof value !== 'string' ? 'wrong-type' : allowed.has(value) ? undefined : 'value-not-on-scale';

  function readField(parsed: FieldKey, value: unknown): NoticeKind | undefined {
    switch (parsed.type) {
      case 'coordinator':
        if (typeof value !== 'string' || !isPersonId(value)) return 'wrong-type';
        round.coordinator = value;
        return undefined;
      case 'person': {
        if (value === null) return undefined; // cleared
        const problem = textProblem(value, NAME_MAX);
        if (problem) {
          if (parsed.field === 'name') round.badNames.add(parsed.personId);
          return problem;
        }
        const text = (value as string).trim();
        if (text !== '') (parsed.field === 'name' ? round.names : round.roles).set(parsed.personId, text);
        return undefined;
      }
      case 'respondent':
      case 'handedOut':
      case 'returned': {
        const problem = placeProblem(parsed.sectionId);
        if (problem) return problem;
        if (value === null) return undefined; // removed, or never written
        if (!isIsoTime(value)) return 'wrong-type';
        const target = part(parsed.sectionId);
        if (parsed.type === 'respondent') target.added.set(parsed.personId, value);
        else target[parsed.type][parsed.personId] = value;
        return undefined;
      }
      case 'rating': {
        const problem = placeProblem(parsed.sectionId, parsed.indicatorId);
        if (problem) return problem;
        if (value === null || (value === '' && parsed.field === 'evidence')) return undefined; // cleared
        if (parsed.field === 'value') {
          const bad = valueProblem(value);
          if (bad) return bad;
          rating(parsed.sectionId, parsed.indicatorId, parsed.personId).value = value as string;
        } else if (parsed.field === 'evidence') {
          const bad =
            textProblem(value, EVIDENCE_MAX) ?? (isEvidenceUrl(value as string) ? undefined : 'bad-evidence');
          if (bad) return bad;
          rating(parsed.sectionId, parsed.indicatorId, parsed.personId).evidence = (value as string).trim();
        } else {
          if (!isIsoTime(value)) return 'wrong-type';
          rating(parsed.sectionId, parsed.indicatorId, parsed.personId).at = value;
        }
        return undefined;
      }
      case 'agreed': {
        const problem = placeProblem(parsed.sectionId, parsed.indicatorId);
        if (problem) return problem;
        if (!isPlainObject(value) || !isIsoTime(value.at)) return 'wrong-type';
        if (value.value !== null) {
          const bad = valueProblem(value.value);
          if (bad) return bad;
        }
        if (value.note !== undefined) {
          const bad = textProblem(value.note, NOTE_MAX);
          if (bad) return bad;
        }
        const note = typeof value.note === 'string' ? value.note.trim() : '';
        const choice: AgreedChoice = {
          personId: parsed.personId,
          value: value.value as string | null,
          at: value.at,
        };
        if (note !== '') choice.note = note;
        const choices = part(parsed.sectionId).choices;
        const list = choices.get(parsed.indicatorId);
        if (list) list.push(choice);
        else choices.set(parsed.indicatorId, [choice]);
        return undefined;
      }
    }
  }

  for (const [key, value] of Object.entries(data.fields)) {
    const parsed = parseFieldKey(key);
    const problem = parsed ? readField(parsed, value) : 'unparsable-key';
    if (problem) ignore(problem, key);
  }

  for (const [key, value] of Object.entries(data.texts)) {
    const parsed = parseCommentKey(key);
    const problem = parsed
      ? (placeProblem(parsed.sectionId, parsed.indicatorId) ?? textProblem(value, COMMENT_MAX))
      : 'unparsable-key';
    if (problem) ignore(problem, key);
    else if (parsed && value.trim() !== '')
      rating(parsed.sectionId, parsed.indicatorId, parsed.personId).comment = value;
  }
  return round;
}
