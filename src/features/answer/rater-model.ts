import type * as Y from 'yjs';

/** Who rates in this tab now, and the two writes that carry their name with their rating. */
export interface Rater {
  personId: string;
  /** Their name as shown, or the word for an unnamed respondent. */
  name: string;
  /** Names them in the document and adds them to the part's respondents, if not yet so. */
  join: (doc: Y.Doc) => void;
  /** Their choice of an indicator's agreed answer. */
  choose: (
    doc: Y.Doc,
    place: { sectionId: string; indicatorId: string },
    value: string | null,
    note: string,
  ) => void;
}
