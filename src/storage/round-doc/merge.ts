/**
 * Merging round documents from files (hand-out, response and backup files) into the rounds
 * here: exact, in any order and any number of times, because Yjs merges them. Each file's
 * content is first merged into a copy and judged through the projection (domain/rating): a
 * damaged update, or one that changes parts it was not handed out with, refuses the file; what
 * the questionnaire does not allow is left out of every view and counted. Nothing is written
 * here: `updates()` gives what to write, in the import's one transaction.
 */
import * as Y from 'yjs';
import type {
  ChoiceConflict,
  DocContent,
  DocMerger,
  DocMergeResult,
  PersonChanges,
} from '../../domain/exchange/doc-merge';
import type { FilePart } from '../../domain/exchange/schema';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { returnedKey } from '../../domain/rating/keys';
import { legacyPersonId, normaliseName } from '../../domain/rating/legacy-person';
import type { NoticeKind, Rating, RoundRatings } from '../../domain/rating/model';
import { projectRound } from '../../domain/rating/project';
import type { PartResponse } from '../../domain/round/model';
import { failure } from '../../domain/validation/issues';
import { fromBase64, toBase64 } from './base64';

export { fromBase64, toBase64 };
import { fieldsOf, roundDocData } from './data';
import { addRespondent, chooseAgreed, namePerson, rate } from './edit';
import { seedUpdate } from './seed';

/** A round's document as stored: its updates, or (not yet converted) its parts in `responses`. */
export interface StoredDoc {
  updates: readonly Uint8Array[];
  /** Set when the round's answers are still only in `responses`. */
  fromResponses?: readonly PartResponse[];
}

/** What a merge will write for one round. */
export interface DocWrite {
  roundId: string;
  /** Everything the round's stored document lacks: converted answers, then merged files. */
  update: Uint8Array;
  /** The round's answers were converted from `responses` on the way. */
  converted: boolean;
}

/** The whole state of a document, as a file carries it. */
export const documentOf = (doc: Y.Doc) => toBase64(Y.encodeStateAsUpdateV2(doc));

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdateV2(copy, Y.encodeStateAsUpdateV2(doc));
  return copy;
}

/** A document from an update, or undefined when the update is damaged or incomplete. */
function readDocument(bytes: Uint8Array): Y.Doc | undefined {
  const doc = new Y.Doc();
  try {
    Y.applyUpdateV2(doc, bytes);
  } catch {
    return undefined;
  }
  // Structs whose predecessors are missing wait in `pending`: a file cut short or pieced together.
  if (doc.store.pendingStructs || doc.store.pendingDs) return undefined;
  return doc;
}

const sameRating = (a: Rating | undefined, b: Rating) =>
  !!a && a.value === b.value && a.comment === b.comment && a.evidence === b.evidence;

/** A canonical text of everything a part holds, to tell whether a file changed it. */
function partState(round: RoundRatings, sectionId: string): string {
  const part = round.parts[sectionId];
  if (!part) return '';
  const indicators = Object.values(part.indicators).map((indicator) => ({
    ratings: indicator.ratings.map(({ personId, value, comment, evidence }) => ({
      personId,
      value,
      comment,
      evidence,
    })),
    choices: indicator.choices.map(({ personId, value, note, at }) => ({ personId, value, note, at })),
  }));
  return JSON.stringify({ respondents: part.respondents.map((r) => r.id), indicators });
}

/**
 * Writes parts an older app wrote (one respondent, one answer per indicator, by name) as that
 * person's ratings, where newer than their rating here. Such a file's answer replaced the part's
 * answer, so where it differs from someone else's rating and is newer than all of them, it is
 * also that person's choice of the agreed answer; where someone here rated later, the ratings
 * simply differ and are settled in the part, as the old conflicts were.
 */
function writeParts(
  doc: Y.Doc,
  questionnaire: Questionnaire,
  before: RoundRatings,
  parts: readonly FilePart[],
): Map<string, Set<string>> {
  /** Per part, whose answers the file carries. */
  const raters = new Map<string, Set<string>>();
  const byName = new Map<string, string>();
  for (const person of Object.values(before.persons))
    if (person.name) byName.set(normaliseName(person.name), person.id);
  const personFor = (name: string) => byName.get(normaliseName(name)) ?? legacyPersonId(name);
  // An answer's author comes without a role: naming them again must not clear the role a part gave.
  const namedHere = new Set<string>();
  doc.transact(() => {
    for (const part of parts) {
      const section = questionnaire.sections.find((s) => s.id === part.sectionId);
      if (!section) continue;
      const named = (name: string, role = '') => {
        const personId = personFor(name);
        if (name.trim() && !before.persons[personId] && (role || !namedHere.has(personId))) {
          namePerson(doc, personId, { name, role });
          namedHere.add(personId);
        }
        addRespondent(doc, part.sectionId, personId, part.updatedAt);
        return personId;
      };
      if (part.respondent?.name.trim()) named(part.respondent.name, part.respondent.role);
      for (const [indicatorId, answer] of Object.entries(part.answers)) {
        if (!section.indicators.some((i) => i.id === indicatorId)) continue;
        const personId = named(answer.answeredBy || part.respondent?.name || '');
        raters.set(part.sectionId, (raters.get(part.sectionId) ?? new Set()).add(personId));
        const ratings = before.parts[part.sectionId]?.indicators[indicatorId]?.ratings ?? [];
        const ours = ratings.find((r) => r.personId === personId);
        const theirs = { personId, value: answer.value, comment: answer.comment, evidence: answer.evidence };
        if (sameRating(ours, theirs)) continue;
        const at = Date.parse(answer.updatedAt);
        if (ours?.at && Date.parse(ours.at) >= at) continue;
        const place = { sectionId: part.sectionId, indicatorId, personId };
        rate(
          doc,
          place,
          { value: answer.value ?? null, comment: answer.comment ?? null, evidence: answer.evidence ?? null },
          answer.updatedAt,
        );
        const others = ratings.filter((r) => r.personId !== personId && r.value !== undefined);
        if (
          answer.value !== undefined &&
          others.some((r) => r.value !== answer.value) &&
          others.every((r) => !r.at || Date.parse(r.at) < at)
        )
          chooseAgreed(questionnaire, doc, place, { value: answer.value }, answer.updatedAt);
      }
    }
  });
  return raters;
}

interface State {
  questionnaire: Questionnaire;
  /** The stored document's state vector: what `updates()` leaves out. */
  stored: Uint8Array;
  /**
   * The round's whole state before any file (converted from `responses` where it had to be), to
   * tell whether a file changed anything (deletions too). Converting alone is no change: a round
   * is converted when first opened anyway, and the same file imported again must change nothing.
   */
  baseline: Uint8Array;
  converted: Uint8Array | undefined;
  doc: Y.Doc;
}

export class RoundDocMerger implements DocMerger {
  private readonly states = new Map<string, State>();

  constructor(private readonly storedDoc: (roundId: string) => StoredDoc | undefined) {}

  private state(roundId: string, questionnaire: Questionnaire): State {
    let state = this.states.get(roundId);
    if (!state) {
      const stored = this.storedDoc(roundId);
      const doc = new Y.Doc();
      Y.transact(doc, () => {
        for (const update of stored?.updates ?? []) Y.applyUpdateV2(doc, update);
      });
      const vector = Y.encodeStateVector(doc);
      let converted: Uint8Array | undefined;
      if (stored?.fromResponses) {
        converted = seedUpdate(questionnaire, stored.fromResponses);
        if (converted.length > 0) Y.applyUpdateV2(doc, converted);
      }
      const baseline = Y.encodeStateAsUpdateV2(doc);
      state = { questionnaire, stored: vector, baseline, converted, doc };
      this.states.set(roundId, state);
    }
    return state;
  }

  has(roundId: string): boolean {
    return this.states.has(roundId) || this.storedDoc(roundId) !== undefined;
  }

  changed(): boolean {
    return this.updates().length > 0;
  }

  merge(
    roundId: string,
    questionnaire: Questionnaire,
    content: DocContent,
    sectionIds: readonly string[] | 'all',
    returnedAt?: string,
  ): DocMergeResult {
    const state = this.state(roundId, questionnaire);
    const before = projectRound(questionnaire, roundDocData(state.doc));
    const next = copyOf(state.doc);
    let theirs: RoundRatings | undefined;
    /** Per part, who rated it in the file. */
    let raters: Map<string, Set<string>>;
    if ('document' in content) {
      const bytes = fromBase64(content.document);
      const incoming = bytes && readDocument(bytes);
      if (!bytes || !incoming) return failure('document-damaged', {}, ['document']);
      const projected = projectRound(questionnaire, roundDocData(incoming));
      theirs = projected;
      // Only those the part was handed out to: the file also holds ratings made before the
      // hand-out (the coordinator's own), which did not come back from anyone.
      raters = new Map(
        Object.entries(projected.parts).map(([sectionId, part]) => [
          sectionId,
          new Set(
            Object.values(part.indicators)
              .flatMap((i) => i.ratings.map((r) => r.personId))
              .filter((personId) => part.handedOut[personId] !== undefined),
          ),
        ]),
      );
      incoming.destroy();
      Y.applyUpdateV2(next, bytes);
    } else {
      raters = writeParts(next, questionnaire, before, content.parts);
    }
    let after = projectRound(questionnaire, roundDocData(next));

    const allowed = (sectionId: string) => sectionIds === 'all' || sectionIds.includes(sectionId);
    for (const section of questionnaire.sections) {
      if (!allowed(section.id) && partState(before, section.id) !== partState(after, section.id))
        return failure('document-outside-parts', { part: section.id }, ['document']);
    }
    if (sectionIds !== 'all' && fieldsOf(next).get('coordinator') !== fieldsOf(state.doc).get('coordinator'))
      return failure('document-outside-parts', { part: 'coordinator' }, ['document']);

    // The parts of a response (of either format) have come back from the people who rated them
    // in it. The latest time is kept, so merging responses in any order, or again, gives the same
    // marks.
    if (returnedAt && sectionIds !== 'all') {
      const fields = fieldsOf(next);
      next.transact(() => {
        for (const sectionId of sectionIds) {
          for (const personId of raters.get(sectionId) ?? []) {
            const key = returnedKey(sectionId, personId);
            const current = fields.get(key);
            if (typeof current !== 'string' || Date.parse(current) < Date.parse(returnedAt))
              fields.set(key, returnedAt);
          }
        }
      });
      after = projectRound(questionnaire, roundDocData(next));
    }

    const people = new Map<string, PersonChanges>();
    const conflicts: ChoiceConflict[] = [];
    for (const [sectionId, part] of Object.entries(after.parts)) {
      for (const [indicatorId, indicator] of Object.entries(part.indicators)) {
        const earlier = before.parts[sectionId]?.indicators[indicatorId];
        for (const rating of indicator.ratings) {
          const old = earlier?.ratings.find((r) => r.personId === rating.personId);
          if (sameRating(old, rating)) continue;
          const entry = people.get(rating.personId) ?? {
            personId: rating.personId,
            ...(rating.name ? { name: rating.name } : {}),
            added: 0,
            changed: 0,
          };
          if (old) entry.changed++;
          else entry.added++;
          people.set(rating.personId, entry);
        }
        const ours = earlier?.choices[0];
        const their = theirs?.parts[sectionId]?.indicators[indicatorId]?.choices[0];
        if (
          ours &&
          their &&
          (ours.personId !== their.personId || ours.at !== their.at) &&
          ours.value !== their.value
        ) {
          const first = indicator.choices[0];
          conflicts.push({
            sectionId,
            indicatorId,
            ours,
            theirs: their,
            standing: first && first.personId === their.personId && first.at === their.at ? 'theirs' : 'ours',
          });
        }
      }
    }
    const seen = new Set(before.notices.map((notice) => `${notice.kind}|${notice.key}`));
    const ignored: Partial<Record<NoticeKind, number>> = {};
    for (const notice of after.notices) {
      if (notice.kind === 'unknown-person' || seen.has(`${notice.kind}|${notice.key}`)) continue;
      ignored[notice.kind] = (ignored[notice.kind] ?? 0) + 1;
    }
    const changes = !sameBytes(Y.encodeStateAsUpdateV2(next), Y.encodeStateAsUpdateV2(state.doc));
    state.doc.destroy();
    state.doc = next;
    return {
      ok: true,
      preview: { people: [...people.values()], conflicts, ignored, changes },
    };
  }

  /** What to write per round: all the merges did, beyond what is stored. */
  updates(): DocWrite[] {
    const writes: DocWrite[] = [];
    for (const [roundId, state] of this.states) {
      if (sameBytes(Y.encodeStateAsUpdateV2(state.doc), state.baseline)) continue;
      const update = Y.encodeStateAsUpdateV2(state.doc, state.stored);
      writes.push({ roundId, update, converted: state.converted !== undefined });
    }
    return writes;
  }
}

// Yjs encodes a document's whole state the same way for the same content.
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
