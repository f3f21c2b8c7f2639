/**
 * A round document's layout, and the document as plain data for the projection
 * (domain/rating). Every field is a key of the root map `fields` (last writer wins per key);
 * comments are values of the root map `comments`, keyed like the domain's comment keys. A comment
 * is one person's own text, so last-writer-wins loses nothing two people typed; a Y.Text would
 * duplicate text when two copies converted the same old comment independently.
 */
import * as Y from 'yjs';
import { FIELDS_MAP } from '../../domain/rating/keys';
import type { RoundDocData } from '../../domain/rating/model';

/** Do not rename: stored documents and files use these root names. */
export const COMMENTS_MAP = 'comments';

export const fieldsOf = (doc: Y.Doc) => doc.getMap<unknown>(FIELDS_MAP);
export const commentsOf = (doc: Y.Doc) => doc.getMap<unknown>(COMMENTS_MAP);

/** The document as the projection reads it; non-string comments become notices there. */
export function roundDocData(doc: Y.Doc): RoundDocData {
  return { fields: fieldsOf(doc).toJSON(), texts: commentsOf(doc).toJSON() as Record<string, string> };
}

/** A document holding every update, in order; Yjs applies each once, whatever the order. */
export function docFromUpdates(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    for (const update of updates) Y.applyUpdateV2(doc, update);
  });
  return doc;
}
