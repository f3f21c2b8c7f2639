/**
 * "Visa exempel": an invented municipality with three yearly rounds (the first on the older
 * questionnaire version, two on the newer), answers with comments, an action plan, and published
 * rounds of a few invented peers, so every view can be explored before the user has data of
 * their own. Pure and deterministic: the same questionnaires always give the same example (a
 * seeded generator, fixed dates and ids), so tests and screenshots are stable.
 */
import type { Action, ActionPriority, ActionStatus } from '../plan/model';
import { questionnaireKey } from '../questionnaire/fingerprint';
import type { Questionnaire, Section } from '../questionnaire/schema';
import type { Answer, PartResponse, ReferenceRound, Round } from '../round/model';
import { EXAMPLE_MUNICIPALITY, EXAMPLE_PEERS } from './municipalities';

/** Everything the example database holds besides the settings. */
export interface ExampleData {
  organisationCode: string;
  questionnaires: Questionnaire[];
  rounds: Round[];
  responses: PartResponse[];
  actions: Action[];
  referenceRounds: ReferenceRound[];
}

/** The label every example round carries, so it is marked even in a list or a file name. */
export const EXAMPLE_LABEL = 'Exempel';

/** mulberry32: a small seeded generator, good enough for invented answers. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A UUID-shaped id (version 4 layout) from the generator, so ids are valid yet repeatable. */
function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(next() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const COMMENTS = [
  'Finns för grundskolan; förskolan följer nästa år.',
  'Upphandling pågår, beslut väntas under hösten.',
  'Fungerar, men används lite. Behöver marknadsföras.',
  'Delvis: bara i två av fem förvaltningar.',
  'Infört under året efter beslut i kommunstyrelsen.',
  'Saknar ägare i ledningsgruppen.',
  'Samarbete med grannkommunerna sedan förra året.',
  'Pilot i hemtjänsten, utvärderas i vår.',
];

const PEOPLE = [
  'Anna Andersson',
  'Björn Berg',
  'Cecilia Dahl',
  'David Ek',
  'Eva Falk',
  'Fredrik Gran',
  'Greta Holm',
];

const ACTIVITIES = [
  'Ta fram en plan med tidsatta steg och en ansvarig i ledningsgruppen.',
  'Inför e-tjänsten i fler förvaltningar efter piloten.',
  'Upphandla gemensamt med grannkommunerna.',
  'Kartlägg processen med användarna innan systemet byts.',
  'Utbilda handläggarna och följ upp användningen varje kvartal.',
];

/** Answer values of a questionnaire, lowest score first, and its not-applicable value. */
function values(questionnaire: Questionnaire) {
  const options = [...questionnaire.scale.options].sort((a, b) => a.score - b.score).map((o) => o.value);
  return { options, notApplicable: questionnaire.scale.notApplicable?.value };
}

/**
 * One value per indicator: a part's level rises with `maturity` (0..1) and varies a little per
 * indicator; now and then "not applicable". `unansweredFrom` leaves the last indicators open.
 */
function answerPart(
  next: () => number,
  questionnaire: Questionnaire,
  section: Section,
  maturity: number,
): Record<string, string> {
  const { options, notApplicable } = values(questionnaire);
  const result: Record<string, string> = {};
  for (const indicator of section.indicators) {
    if (notApplicable && next() < 0.05) {
      result[indicator.id] = notApplicable;
      continue;
    }
    const level = Math.min(0.999, Math.max(0, maturity + (next() - 0.5) * 0.6));
    result[indicator.id] = options[Math.floor(level * options.length)]!;
  }
  return result;
}

const respondentFor = (section: Section, person: string) => ({
  name: person,
  role: section.respondent.title.sv,
});

interface RoundPlan {
  year: number;
  questionnaire: Questionnaire;
  published: boolean;
  /** How far the municipality has come this year, 0..1, before each part's own lead or lag. */
  maturity: number;
  /** Parts whose last indicators are still unanswered (a round in progress). */
  openParts?: number;
}

/** Builds the whole example from the bundled 2014 and 2016 questionnaires. */
export function buildExample(older: Questionnaire, newer: Questionnaire): ExampleData {
  const next = random(20_161_014);
  const code = EXAMPLE_MUNICIPALITY.code;
  const plans: RoundPlan[] = [
    { year: 2023, questionnaire: older, published: true, maturity: 0.3 },
    { year: 2024, questionnaire: newer, published: true, maturity: 0.42 },
    { year: 2025, questionnaire: newer, published: false, maturity: 0.55, openParts: 1 },
  ];
  // Each part leads or lags the municipality as a whole, the same way every year.
  const lead = new Map<string, number>();
  const leadOf = (section: Section) => {
    if (!lead.has(section.id)) lead.set(section.id, (next() - 0.5) * 0.4);
    return lead.get(section.id)!;
  };

  const rounds: Round[] = [];
  const responses: PartResponse[] = [];
  for (const plan of plans) {
    const id = uuid(next);
    const createdAt = `${plan.year}-02-01T09:00:00.000Z`;
    const publishedAt = `${plan.year}-05-20T14:00:00.000Z`;
    const updatedAt = plan.published ? publishedAt : `${plan.year}-04-10T10:30:00.000Z`;
    rounds.push({
      id,
      organisationCode: code,
      year: plan.year,
      label: EXAMPLE_LABEL,
      questionnaireKey: questionnaireKey(plan.questionnaire),
      status: plan.published ? 'published' : 'draft',
      createdAt,
      updatedAt,
      ...(plan.published ? { publishedAt } : {}),
      history: [
        { type: 'created', at: createdAt },
        ...(plan.published ? [{ type: 'published' as const, at: publishedAt }] : []),
      ],
    });
    const sections = plan.questionnaire.sections;
    sections.forEach((section, i) => {
      const person = PEOPLE[i % PEOPLE.length]!;
      const chosen = answerPart(next, plan.questionnaire, section, plan.maturity + leadOf(section));
      const open = plan.openParts !== undefined && i >= sections.length - plan.openParts;
      const answers: Record<string, Answer> = {};
      section.indicators.forEach((indicator, j) => {
        if (open && j >= section.indicators.length / 2) return;
        const day = String(1 + ((i * 3 + j) % 28)).padStart(2, '0');
        const answer: Answer = {
          value: chosen[indicator.id]!,
          answeredBy: person,
          updatedAt: `${plan.year}-03-${day}T10:00:00.000Z`,
        };
        if (next() < 0.3) answer.comment = COMMENTS[Math.floor(next() * COMMENTS.length)]!;
        answers[indicator.id] = answer;
      });
      responses.push({
        roundId: id,
        sectionId: section.id,
        respondent: respondentFor(section, person),
        answers,
        updatedAt: `${plan.year}-03-28T16:00:00.000Z`,
      });
    });
  }

  return {
    organisationCode: code,
    questionnaires: [older, newer],
    rounds,
    responses,
    actions: planActions(next, rounds, responses, newer),
    referenceRounds: referenceRounds(next, newer, leadOf),
  };
}

/**
 * The action plan of the first round on the newer version: actions for a few indicators that
 * were met only partly or not at all, one step up; the next round shows which were reached.
 */
function planActions(
  next: () => number,
  rounds: Round[],
  responses: PartResponse[],
  newer: Questionnaire,
): Action[] {
  const [planned, followUp] = rounds.filter((r) => r.questionnaireKey === questionnaireKey(newer));
  if (!planned || !followUp) return [];
  const { options } = values(newer);
  const answerIn = (roundId: string, sectionId: string, indicatorId: string) =>
    responses.find((r) => r.roundId === roundId && r.sectionId === sectionId)?.answers[indicatorId]?.value;
  const candidates = newer.sections.flatMap((section) =>
    section.indicators
      .filter((indicator) => {
        const level = options.indexOf(answerIn(planned.id, section.id, indicator.id) ?? '');
        return level >= 0 && level < options.length - 1;
      })
      .map((indicator) => ({ section, indicator })),
  );
  const priorities: ActionPriority[] = ['high', 'medium', 'low'];
  return candidates
    .filter((_, i) => i % Math.max(1, Math.floor(candidates.length / 6)) === 0)
    .slice(0, 6)
    .map(({ section, indicator }, i) => {
      const from = options.indexOf(answerIn(planned.id, section.id, indicator.id)!);
      const target = options[from + 1]!;
      const now = options.indexOf(answerIn(followUp.id, section.id, indicator.id) ?? '');
      const status: ActionStatus = now > from ? 'done' : i % 2 === 0 ? 'in-progress' : 'planned';
      return {
        id: uuid(next),
        roundId: planned.id,
        sectionId: section.id,
        indicatorId: indicator.id,
        target,
        activity: ACTIVITIES[i % ACTIVITIES.length]!,
        owner: section.respondent.title.sv,
        due: `${planned.year + 1}-06-30`,
        priority: priorities[i % priorities.length]!,
        status,
        createdAt: `${planned.year}-06-01T09:00:00.000Z`,
        updatedAt: `${planned.year}-06-01T09:00:00.000Z`,
      };
    });
}

/** Published rounds of the invented peers, two years each on the newer version: values only. */
function referenceRounds(
  next: () => number,
  newer: Questionnaire,
  leadOf: (section: Section) => number,
): ReferenceRound[] {
  return EXAMPLE_PEERS.flatMap((peer, p) =>
    [2024, 2025].map((year) => {
      const maturity = 0.25 + p * 0.12 + (year - 2024) * 0.1;
      const answers: Record<string, Record<string, string>> = {};
      for (const section of newer.sections) {
        answers[section.id] = answerPart(next, newer, section, maturity + leadOf(section) / 2);
      }
      return {
        id: uuid(next),
        organisationCode: peer.code,
        year,
        label: EXAMPLE_LABEL,
        publishedAt: `${year}-06-01T12:00:00.000Z`,
        questionnaireKey: questionnaireKey(newer),
        answers,
        importedAt: `${year}-09-01T08:00:00.000Z`,
        fileName: `exempel-${peer.code}-${year}.json`,
      };
    }),
  );
}
