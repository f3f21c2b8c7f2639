/**
 * What merging a file's round document into a round's own would do, as plain data for the
 * import preview. The merge itself needs Yjs, which domain/ does not know: storage implements
 * `DocMerger` (storage/round-doc/merge.ts) and the plan (plan.ts) calls it for every file that
 * carries a round's working data.
 */
import type { Questionnaire } from '../questionnaire/schema';
import type { ValidationIssue } from '../validation/issues';
import type { AgreedChoice, NoticeKind } from '../rating/model';
import type { FilePart } from './schema';

/** A round document's content in a file: Yjs updates (base64), or parts an older app wrote. */
export type DocContent = { document: string } | { parts: readonly FilePart[] };

/** Ratings a file adds or changes, per person. */
export interface PersonChanges {
  personId: string;
  name?: string;
  added: number;
  changed: number;
}

/** An indicator whose agreed answer was chosen differently here and in the file. */
export interface ChoiceConflict {
  sectionId: string;
  indicatorId: string;
  ours: AgreedChoice;
  theirs: AgreedChoice;
  /** The choice that stands on every copy: the one made last. */
  standing: 'ours' | 'theirs';
}

export interface DocPreview {
  people: PersonChanges[];
  conflicts: ChoiceConflict[];
  /** Entries of the file the questionnaire does not allow, left out (counted by kind). */
  ignored: Partial<Record<NoticeKind, number>>;
  /** Whether merging adds anything at all (merging the same file twice adds nothing). */
  changes: boolean;
}

export type DocMergeResult = { ok: true; preview: DocPreview } | { ok: false; issues: ValidationIssue[] };

export interface DocMerger {
  /**
   * Merges `content` into the round's document (as stored, plus what earlier files of the same
   * import merged), allowing changes only to the parts in `sectionIds` ('all' for a backup).
   * A refused file changes nothing.
   */
  merge(
    roundId: string,
    questionnaire: Questionnaire,
    content: DocContent,
    sectionIds: readonly string[] | 'all',
    /** A response's time: its raters' parts are marked as come back then. */
    returnedAt?: string,
  ): DocMergeResult;
  /** Whether the round has a document here (or one merged in this import). */
  has(roundId: string): boolean;
  /** Whether any merge so far changes a document. */
  changed(): boolean;
}
