/**
 * Rounds (omgångar) and their answers. A round pins one questionnaire snapshot; answers are
 * kept per part (section) in one document, one entry per indicator.
 */

/** A yearly self-assessment of one municipality on one questionnaire version. */
export interface Round {
  /** Random string id, so rounds from other browsers can be merged without clashes. */
  id: string;
  /** SCB municipality code, e.g. "1440". */
  organisationCode: string;
  year: number;
  label: string;
  /** The questionnaire snapshot this round was started on (see questionnaireKey()). */
  questionnaireKey: string;
  status: RoundStatus;
  createdAt: string;
  updatedAt: string;
  publishedAt?: string;
  history: RoundEvent[];
  /**
   * Set on a copy received as an assignment file (another browser handed out some parts): only
   * these parts are answered here, and they go back as a response file.
   */
  assignment?: RoundAssignment;
}

/** What an assigned copy of a round may answer, and when the parts were handed out. */
export interface RoundAssignment {
  sectionIds: string[];
  /** When the coordinator wrote the assignment file; merging compares answers against it. */
  handedOutAt: string;
  receivedAt: string;
  /** Whom the parts were handed out to: they rate under this person id here. */
  personId?: string;
}

/**
 * A published round of another municipality, read from an `eblomladan.round/1` file: reference
 * data for comparisons, kept apart from the municipality's own rounds. Values only, no names.
 */
export interface ReferenceRound {
  id: string;
  organisationCode: string;
  year: number;
  label: string;
  publishedAt: string;
  questionnaireKey: string;
  /** `answers[sectionId][indicatorId]` = the scale value or not-applicable value. */
  answers: Record<string, Record<string, string>>;
  importedAt: string;
  fileName: string;
  /**
   * Set when the round came from a dataset marked synthetic (invented figures for tests and
   * demonstrations): every view that shows it says so.
   */
  synthetic?: true;
}

export type RoundStatus = 'draft' | 'published';

/** What happened to a round, oldest first; a reopening always carries its reason. */
export type RoundEvent =
  | { type: 'created'; at: string }
  | { type: 'published'; at: string }
  | { type: 'reopened'; at: string; reason: string };

/** Who answers a part, entered once for the part. */
export interface Respondent {
  name: string;
  role: string;
}

/** One indicator's answer. `value` is a scale option's value or the not-applicable value. */
export interface Answer {
  value?: string;
  comment?: string;
  evidence?: string;
  /** Respondent name at the time of the last change. */
  answeredBy?: string;
  updatedAt: string;
}

/** All answers of one part of one round. */
export interface PartResponse {
  roundId: string;
  sectionId: string;
  respondent?: Respondent;
  answers: Record<string, Answer>;
  updatedAt: string;
}

export const ROUND_LABEL_MAX = 100;
export const COMMENT_MAX = 4000;
export const EVIDENCE_MAX = 2000;
export const NAME_MAX = 120;
export const REASON_MIN = 5;
export const REASON_MAX = 1000;
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
