/**
 * The projection: the round document's plain data and the round's questionnaire in, every
 * part's respondents, ratings, spread and agreed answers out. Pure and deterministic: every
 * copy holding the same document shows the same thing, whatever order its updates came in.
 */
import type { Questionnaire, Section } from '../questionnaire/schema';
import type { Answer } from '../round/model';
import { agreedAnswer, byLatestChoice } from './agreed';
import { personKey } from './keys';
import { legacyAnswer } from './legacy-answers';
import type {
  IndicatorRatings,
  IndicatorStatus,
  Notice,
  PartRatings,
  PartRespondent,
  Person,
  Rating,
  RoundDocData,
  RoundRatings,
} from './model';
import { readRoundDoc, type RawPart, type RawRound } from './read';
import { spreadOf } from './spread';

const EMPTY_PART: RawPart = {
  added: new Map(),
  handedOut: {},
  returned: {},
  ratings: new Map(),
  choices: new Map(),
};

/** Earlier first, unknown last. */
function byTime(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return Date.parse(a) - Date.parse(b);
}

function byName(a: Person, b: Person): number {
  if (a.name === undefined || b.name === undefined)
    return a.name === b.name ? 0 : a.name === undefined ? 1 : -1;
  return a.name.localeCompare(b.name, 'sv');
}

function named(raw: RawRound, id: string): Person {
  const person: Person = { id };
  const name = raw.names.get(id);
  const role = raw.roles.get(id);
  if (name !== undefined) person.name = name;
  if (role !== undefined) person.role = role;
  return person;
}

function projectPart(
  section: Section,
  questionnaire: Questionnaire,
  raw: RawRound,
  referenced: Set<string>,
): PartRatings {
  const part = raw.parts.get(section.id) ?? EMPTY_PART;

  // Ratings that exist (a value, a comment or evidence), and when each rater first rated here.
  const existing = new Map<string, [string, Rating][]>();
  const firstRated = new Map<string, string | undefined>();
  for (const indicator of section.indicators) {
    const list: [string, Rating][] = [];
    for (const [personId, rawRating] of part.ratings.get(indicator.id) ?? []) {
      const { value, comment, evidence, at } = rawRating;
      if (value === undefined && comment === undefined && evidence === undefined) continue;
      const { id: _, ...person } = named(raw, personId);
      list.push([personId, { personId, ...person, ...rawRating }]);
      const first = firstRated.get(personId);
      if (!firstRated.has(personId) || byTime(at, first) < 0) firstRated.set(personId, at);
    }
    existing.set(indicator.id, list);
  }

  const respondents: PartRespondent[] = [...new Set([...part.added.keys(), ...firstRated.keys()])].map(
    (id) => {
      const addedAt = part.added.get(id) ?? firstRated.get(id);
      return addedAt === undefined ? named(raw, id) : { ...named(raw, id), addedAt };
    },
  );
  respondents.sort(
    (a, b) => byTime(a.addedAt, b.addedAt) || byName(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const order = new Map(respondents.map((respondent, index) => [respondent.id, index]));
  for (const { id } of respondents) referenced.add(id);
  for (const id of [...Object.keys(part.handedOut), ...Object.keys(part.returned)]) referenced.add(id);

  const indicators: Record<string, IndicatorRatings> = {};
  const answers: Record<string, Answer> = {};
  for (const indicator of section.indicators) {
    const ratings = (existing.get(indicator.id) ?? [])
      .sort(([a], [b]) => order.get(a)! - order.get(b)!)
      .map(([, rating]) => rating);
    const choices = (part.choices.get(indicator.id) ?? []).map((choice) => {
      referenced.add(choice.personId);
      const name = raw.names.get(choice.personId);
      return name === undefined ? { ...choice } : { ...choice, name };
    });
    choices.sort(byLatestChoice);
    const spread = spreadOf(
      questionnaire.scale,
      ratings.flatMap((rating) => (rating.value === undefined ? [] : [rating.value])),
    );
    const agreed = agreedAnswer(ratings, choices);
    const status: IndicatorStatus =
      typeof agreed?.value === 'string'
        ? 'agreed'
        : spread === 'one-level' || spread === 'more'
          ? 'differs'
          : 'open';
    const result: IndicatorRatings = { indicatorId: indicator.id, ratings, spread, status, choices };
    if (agreed) result.agreed = agreed;
    indicators[indicator.id] = result;
    const answer = legacyAnswer(result);
    if (answer) answers[indicator.id] = answer;
  }

  return {
    sectionId: section.id,
    respondents,
    handedOut: part.handedOut,
    returned: part.returned,
    indicators,
    answers,
  };
}

/**
 * Projects the round document onto the questionnaire. Entries the questionnaire does not allow
 * are left out and listed in `notices`; a person without a valid name is kept unnamed and noted.
 */
export function projectRound(questionnaire: Questionnaire, data: RoundDocData): RoundRatings {
  const raw = readRoundDoc(questionnaire, data);
  const referenced = new Set<string>();
  if (raw.coordinator) referenced.add(raw.coordinator);

  const parts: Record<string, PartRatings> = {};
  for (const section of questionnaire.sections)
    parts[section.id] = projectPart(section, questionnaire, raw, referenced);

  const persons: Record<string, Person> = {};
  for (const id of raw.names.keys()) persons[id] = named(raw, id);

  const notices: Notice[] = [...raw.notices];
  for (const id of referenced) {
    if (!raw.names.has(id) && !raw.badNames.has(id))
      notices.push({ kind: 'unknown-person', key: personKey(id, 'name') });
  }
  notices.sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0,
  );

  const result: RoundRatings = { persons, parts, notices };
  if (raw.coordinator) result.coordinator = raw.coordinator;
  return result;
}

/** `answers[sectionId][indicatorId]`, the shape roundProgress and scoreRound take. */
export function answersBySection(round: RoundRatings): Record<string, Record<string, Answer>> {
  return Object.fromEntries(Object.entries(round.parts).map(([id, part]) => [id, part.answers]));
}
