/**
 * A round's parts as stored before round documents (one respondent per part, one answer per
 * indicator) written into its document.
 *
 * Two browsers may convert the same old round on their own: the coordinator's, and a
 * respondent's assigned copy. Their documents meet later through a response file, so the
 * conversion must be deterministic: each old answer is written by a document of its own whose
 * Yjs client id is derived from the answer's time and content. The same answer converted twice
 * gives the very same Yjs items (Yjs applies them once); two different versions of an answer
 * set the same keys concurrently, and Yjs keeps the one with the larger client id on every
 * copy, which is the newer answer because the time leads the id.
 */
import * as Y from 'yjs';
import { commentKey, personKey, ratingKey, respondentKey } from '../../domain/rating/keys';
import { legacyPersonId } from '../../domain/rating/legacy-person';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Answer, PartResponse } from '../../domain/round/model';
import { commentsOf, fieldsOf } from './data';

// A client id is `seconds * 2^22 + slot * 2^10 + hash`: the seconds since 2020 of the answer (at
// least 2^10, so every id lies above the random 32-bit ids Yjs picks itself; below 2^53 until
// 2054), its slot (the indicator's place in the questionnaire, or a part's slot for its people),
// and 10 bits of its content. Within one conversion every writer has a slot of its own, so no
// two share an id; across browsers, two different versions of one answer written in the same
// second share an id only when their 10 content bits collide.
const EPOCH = Date.parse('2020-01-01T00:00:00.000Z');
const PEOPLE_SLOT = 4000;

function hash10(content: unknown): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(JSON.stringify(content)))
    hash = Math.imul(hash ^ byte, 0x01000193);
  return (hash >>> 0) & 0x3ff;
}

/** A document whose client id orders by `at`, then by slot and content. */
function writer(at: string, slot: number, content: unknown): Y.Doc {
  const doc = new Y.Doc();
  const seconds = Math.max(0x400, Math.floor((Date.parse(at) - EPOCH) / 1000) || 0);
  doc.clientID = seconds * 0x400000 + slot * 0x400 + hash10(content);
  return doc;
}

const nameOf = (part: PartResponse, answer?: Answer) =>
  answer?.answeredBy?.trim() || part.respondent?.name.trim() || '';

/** The Yjs update (v2) that writes these old parts into a round document; empty parts add nothing. */
export function seedUpdate(questionnaire: Questionnaire, parts: readonly PartResponse[]): Uint8Array {
  const slots = new Map<string, number>();
  questionnaire.sections.forEach((section, sectionIndex) => {
    slots.set(section.id, PEOPLE_SLOT + sectionIndex);
    section.indicators.forEach((indicator) => slots.set(`${section.id}/${indicator.id}`, slots.size));
  });
  const updates: Uint8Array[] = [];
  const write = (at: string, slot: number | undefined, content: unknown, fill: (doc: Y.Doc) => void) => {
    // Parts and indicators the questionnaire does not have are left out: the projection would
    // ignore them anyway.
    if (slot === undefined) return;
    const doc = writer(at, slot, content);
    doc.transact(() => fill(doc));
    updates.push(Y.encodeStateAsUpdateV2(doc));
  };
  for (const part of parts) {
    const names = new Map<string, string>();
    if (part.respondent?.name.trim()) names.set(part.respondent.name.trim(), part.respondent.role.trim());
    for (const answer of Object.values(part.answers)) {
      const name = nameOf(part, answer);
      if (name && !names.has(name)) names.set(name, '');
    }
    const people = [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    write(part.updatedAt, slots.get(part.sectionId), { part: part.sectionId, people }, (doc) => {
      const fields = fieldsOf(doc);
      for (const [name, role] of people) {
        const personId = legacyPersonId(name);
        fields.set(personKey(personId, 'name'), name);
        if (role) fields.set(personKey(personId, 'role'), role);
        fields.set(respondentKey(part.sectionId, personId), part.updatedAt);
      }
    });
    for (const [indicatorId, answer] of Object.entries(part.answers)) {
      // An answer nobody was named for belongs to an unnamed person: kept, shown as unknown.
      const personId = legacyPersonId(nameOf(part, answer));
      const key = (field: 'value' | 'evidence' | 'at') =>
        ratingKey(part.sectionId, indicatorId, personId, field);
      const slot = slots.get(`${part.sectionId}/${indicatorId}`);
      write(answer.updatedAt, slot, { part: part.sectionId, indicatorId, answer }, (doc) => {
        const fields = fieldsOf(doc);
        if (answer.value !== undefined) fields.set(key('value'), answer.value);
        if (answer.evidence !== undefined) fields.set(key('evidence'), answer.evidence);
        fields.set(key('at'), answer.updatedAt);
        if (answer.comment !== undefined)
          commentsOf(doc).set(commentKey(part.sectionId, indicatorId, personId), answer.comment);
      });
    }
  }
  return updates.length > 0 ? Y.mergeUpdatesV2(updates) : new Uint8Array();
}
