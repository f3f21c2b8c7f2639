/** Builds the exchange files from stored records (storage/exchange.ts reads them). */
import type { Questionnaire } from '../questionnaire/schema';
import type { PartResponse, Round } from '../round/model';
import type { DbContent } from './plan';
import {
  EXCHANGE_FORMATS,
  type AssignmentFile,
  type BackupFile,
  type FilePart,
  type ResponseFile,
  type SharedRoundFile,
  type WrittenBy,
} from './schema';

const APP = 'eBlomlådan';

export const writtenBy = (version: string): WrittenBy => ({ app: APP, version });

const roundRef = (round: Round) => ({
  id: round.id,
  organisationCode: round.organisationCode,
  year: round.year,
  label: round.label,
  createdAt: round.createdAt,
});

const part = (response: PartResponse): FilePart => ({
  sectionId: response.sectionId,
  ...(response.respondent ? { respondent: response.respondent } : {}),
  answers: response.answers,
  updatedAt: response.updatedAt,
});

/** Parts handed out, in questionnaire order, with what has been answered so far. */
function parts(
  questionnaire: Questionnaire,
  responses: readonly PartResponse[],
  sectionIds: readonly string[],
) {
  return questionnaire.sections
    .filter((s) => sectionIds.includes(s.id))
    .map((s) => {
      const response = responses.find((r) => r.sectionId === s.id);
      return response
        ? part(response)
        : { sectionId: s.id, answers: {}, updatedAt: new Date(0).toISOString() };
    });
}

export function buildAssignment(
  round: Round,
  questionnaire: Questionnaire,
  responses: readonly PartResponse[],
  sectionIds: readonly string[],
  now: string,
  version: string,
): AssignmentFile {
  return {
    format: EXCHANGE_FORMATS.assignment,
    writtenBy: writtenBy(version),
    createdAt: now,
    round: roundRef(round),
    questionnaire,
    parts: parts(questionnaire, responses, sectionIds),
  };
}

/** The response of an assigned copy: its assigned parts as answered here. */
export function buildResponse(
  round: Round & { assignment: NonNullable<Round['assignment']> },
  questionnaire: Questionnaire,
  responses: readonly PartResponse[],
  now: string,
  version: string,
): ResponseFile {
  return {
    format: EXCHANGE_FORMATS.response,
    writtenBy: writtenBy(version),
    createdAt: now,
    handedOutAt: round.assignment.handedOutAt,
    receivedAt: round.assignment.receivedAt,
    round: roundRef(round),
    questionnaire,
    parts: parts(questionnaire, responses, round.assignment.sectionIds),
  };
}

/**
 * A published round for other municipalities: the values only. Names, comments and evidence
 * links stay at home: they may hold personal data, and a comparison needs only the values.
 */
export function buildSharedRound(
  round: Round & { publishedAt: string },
  questionnaire: Questionnaire,
  responses: readonly PartResponse[],
  now: string,
  version: string,
): SharedRoundFile {
  const answers: SharedRoundFile['answers'] = {};
  for (const section of questionnaire.sections) {
    const response = responses.find((r) => r.sectionId === section.id);
    const values: Record<string, string> = {};
    for (const indicator of section.indicators) {
      const value = response?.answers[indicator.id]?.value;
      if (value !== undefined) values[indicator.id] = value;
    }
    if (Object.keys(values).length > 0) answers[section.id] = values;
  }
  return {
    format: EXCHANGE_FORMATS.round,
    writtenBy: writtenBy(version),
    createdAt: now,
    round: {
      id: round.id,
      organisationCode: round.organisationCode,
      year: round.year,
      label: round.label,
      publishedAt: round.publishedAt,
    },
    questionnaire,
    answers,
  };
}

export function buildBackup(content: DbContent, now: string, version: string): BackupFile {
  return { format: EXCHANGE_FORMATS.backup, writtenBy: writtenBy(version), createdAt: now, data: content };
}
