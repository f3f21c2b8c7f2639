/**
 * What the round document holds, as plain data, and what the projection makes of it: per part
 * its respondents and per indicator every rating side by side, their spread and the agreed
 * answer (gemensam bedömning). The document itself (Yjs) never reaches domain/: storage turns
 * it into `RoundDocData` and everything here works on that.
 */
import type { Answer } from '../round/model';

/** The round document as plain JSON: the `fields` map and every root `comment/…` text. */
export interface RoundDocData {
  fields: Readonly<Record<string, unknown>>;
  texts: Readonly<Record<string, string>>;
}

/** Longest note on a choice of the agreed answer. */
export const NOTE_MAX = 1000;

/** A person named in the document; `name` is undefined when no valid name was written. */
export interface Person {
  id: string;
  name?: string;
  role?: string;
}

/** Someone who rates a part: added by the coordinator, by themselves, or by rating in it. */
export interface PartRespondent extends Person {
  /** When they were added; for a rater never added, the time of their first rating here. */
  addedAt?: string;
}

/** One person's rating of one indicator. Exists when it has a value, a comment or evidence. */
export interface Rating {
  personId: string;
  name?: string;
  role?: string;
  /** A scale option's value or the not-applicable value. */
  value?: string;
  comment?: string;
  evidence?: string;
  /** That person's last change to this rating. */
  at?: string;
}

/** How far the ratings with a value lie apart, in the scale's option order. */
export type Spread = 'none' | 'same' | 'one-level' | 'more';

/** One person's choice of the agreed answer; `value: null` = "no agreed answer yet". */
export interface AgreedChoice {
  personId: string;
  name?: string;
  value: string | null;
  note?: string;
  at: string;
}

/**
 * The agreed answer of an indicator. `single`: the only rating with a value; `unanimous`: all
 * ratings agree; `chosen`: someone chose it (then `value` may be null, explicitly unsettled).
 */
export interface AgreedAnswer {
  value: string | null;
  source: 'single' | 'unanimous' | 'chosen';
  /** The chooser (chosen) or the only rater (single). */
  by?: string;
  byName?: string;
  /** Undefined only when it rests on ratings that carry no valid time. */
  at?: string;
  note?: string;
}

/**
 * `agreed`: there is an agreed value; `differs`: ratings differ and nothing settles them;
 * `open`: nothing to agree on yet (no rated value, or a choice left it explicitly unsettled).
 */
export type IndicatorStatus = 'agreed' | 'differs' | 'open';

export interface IndicatorRatings {
  indicatorId: string;
  /** In the part's respondent order. */
  ratings: Rating[];
  spread: Spread;
  agreed?: AgreedAnswer;
  status: IndicatorStatus;
  /** Every valid choice of the agreed answer, latest first (the first is the one that counts). */
  choices: AgreedChoice[];
}

export interface PartRatings {
  sectionId: string;
  /** Sorted by time added, then name. */
  respondents: PartRespondent[];
  /** personId → when a hand-out file for them was written. */
  handedOut: Record<string, string>;
  /** personId → when a response file from them was merged. */
  returned: Record<string, string>;
  /** Every indicator of the part, by id. */
  indicators: Record<string, IndicatorRatings>;
  /** The agreed answers in the shape scoring, comparison, plan and report already read. */
  answers: Record<string, Answer>;
}

/** Why an entry of the document was ignored (or, for `unknown-person`, kept without a name). */
export type NoticeKind =
  | 'unknown-part'
  | 'unknown-indicator'
  | 'value-not-on-scale'
  | 'bad-evidence'
  | 'oversize-text'
  | 'wrong-type'
  | 'unparsable-key'
  | 'unknown-person';

export interface Notice {
  kind: NoticeKind;
  /** The `fields` key or root text name concerned. */
  key: string;
}

export interface RoundRatings {
  /** personId of the round's coordinator, when set and valid. */
  coordinator?: string;
  /** Every person with a valid name, by id. */
  persons: Record<string, Person>;
  /** Every part of the questionnaire, by section id. */
  parts: Record<string, PartRatings>;
  /** Sorted by key, then kind, so every copy lists them alike. */
  notices: Notice[];
}
