/**
 * Changes to a round document, each one Yjs transaction on keys of its own: a person's rating
 * of an indicator (value, comment, evidence), a person's name, who rates a part, and a person's
 * choice of the agreed answer. Checked against the questionnaire before anything is written;
 * a refused change writes nothing.
 */
import type * as Y from 'yjs';
import {
  agreedKey,
  commentKey,
  COORDINATOR_KEY,
  personKey,
  ratingKey,
  respondentKey,
} from '../../domain/rating/keys';
import { NOTE_MAX } from '../../domain/rating/model';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { isEvidenceUrl } from '../../domain/round/evidence';
import { COMMENT_MAX, NAME_MAX } from '../../domain/round/model';
import { isAllowedValue } from '../../domain/round/progress';
import { StorageRefusal } from '../errors';
import { commentsOf, fieldsOf } from './data';

/** What one change sets; `null` or `''` clears that field. */
export interface RatingChange {
  value?: string | null;
  comment?: string | null;
  evidence?: string | null;
}

/** Where a rating belongs: a part's indicator, rated by one person. */
export interface RatingPlace {
  sectionId: string;
  indicatorId: string;
  personId: string;
}

function checkPlace(questionnaire: Questionnaire, { sectionId, indicatorId }: Omit<RatingPlace, 'personId'>) {
  const section = questionnaire.sections.find((s) => s.id === sectionId);
  if (!section) throw new StorageRefusal('not-found', `part ${sectionId}`);
  if (!section.indicators.some((i) => i.id === indicatorId))
    throw new StorageRefusal('not-found', `indicator ${indicatorId}`);
}

/** Refuses what the questionnaire and the limits do not allow, before anything is written. */
export function checkRating(questionnaire: Questionnaire, place: RatingPlace, change: RatingChange): void {
  checkPlace(questionnaire, place);
  if (typeof change.value === 'string' && !isAllowedValue(questionnaire, change.value))
    throw new StorageRefusal('invalid', `value ${change.value}`);
  if (typeof change.comment === 'string' && change.comment.length > COMMENT_MAX)
    throw new StorageRefusal('invalid', 'comment');
  if (typeof change.evidence === 'string' && change.evidence !== '' && !isEvidenceUrl(change.evidence))
    throw new StorageRefusal('invalid', 'evidence');
}

/** Writes one person's rating change; `at` becomes the rating's time. */
export function rate(doc: Y.Doc, place: RatingPlace, change: RatingChange, at: string): void {
  const { sectionId, indicatorId, personId } = place;
  const key = (field: 'value' | 'evidence' | 'at') => ratingKey(sectionId, indicatorId, personId, field);
  doc.transact(() => {
    const fields = fieldsOf(doc);
    if (change.value !== undefined) {
      if (change.value === null) fields.delete(key('value'));
      else fields.set(key('value'), change.value);
    }
    if (change.evidence !== undefined) {
      const evidence = change.evidence?.trim() ?? '';
      if (evidence === '') fields.delete(key('evidence'));
      else fields.set(key('evidence'), evidence);
    }
    if (change.comment !== undefined) {
      const comments = commentsOf(doc);
      const name = commentKey(sectionId, indicatorId, personId);
      if (!change.comment) comments.delete(name);
      else comments.set(name, change.comment);
    }
    fields.set(key('at'), at);
  });
}

/** Names a person (name and role, trimmed and cut to the limit). */
export function namePerson(doc: Y.Doc, personId: string, person: { name: string; role: string }): void {
  const name = person.name.trim().slice(0, NAME_MAX);
  const role = person.role.trim().slice(0, NAME_MAX);
  doc.transact(() => {
    const fields = fieldsOf(doc);
    if (name) fields.set(personKey(personId, 'name'), name);
    if (role) fields.set(personKey(personId, 'role'), role);
    else fields.delete(personKey(personId, 'role'));
  });
}

/** Adds a person as a respondent of a part (again, if they were removed). */
export function addRespondent(doc: Y.Doc, sectionId: string, personId: string, at: string): void {
  const key = respondentKey(sectionId, personId);
  const fields = fieldsOf(doc);
  if (typeof fields.get(key) !== 'string') fields.set(key, at);
}

/** Removes a person from a part's respondents; their ratings stay, and they show as a rater. */
export function removeRespondent(doc: Y.Doc, sectionId: string, personId: string): void {
  fieldsOf(doc).set(respondentKey(sectionId, personId), null);
}

/** Marks who coordinates the round (the person whose browser owns it). */
export function setCoordinator(doc: Y.Doc, personId: string): void {
  fieldsOf(doc).set(COORDINATOR_KEY, personId);
}

/** One person's choice of the agreed answer (`null`: not settled), with an optional note. */
export function chooseAgreed(
  questionnaire: Questionnaire,
  doc: Y.Doc,
  place: RatingPlace,
  choice: { value: string | null; note?: string },
  at: string,
): void {
  checkPlace(questionnaire, place);
  if (choice.value !== null && !isAllowedValue(questionnaire, choice.value))
    throw new StorageRefusal('invalid', `value ${choice.value}`);
  const note = choice.note?.trim() ?? '';
  if (note.length > NOTE_MAX) throw new StorageRefusal('invalid', 'note');
  fieldsOf(doc).set(agreedKey(place.sectionId, place.indicatorId, place.personId), {
    value: choice.value,
    ...(note ? { note } : {}),
    at,
  });
}
