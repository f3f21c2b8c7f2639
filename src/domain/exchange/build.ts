/** Builds the exchange files from stored records (storage/exchange.ts reads them). */
import type { Questionnaire } from '../questionnaire/schema';
import type { PartResponse, Round } from '../round/model';
import {
  EXCHANGE_FORMATS,
  type AssignmentFile,
  type BackupData,
  type BackupFile,
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

/** Whom a hand-out is for, as the file names them. */
export interface Recipient {
  personId: string;
  name: string;
  role: string;
}

/** Parts handed out, in questionnaire order, with the round's document (base64) as it stands. */
export function buildAssignment(
  round: Round,
  questionnaire: Questionnaire,
  document: string,
  sectionIds: readonly string[],
  recipient: Recipient | undefined,
  now: string,
  version: string,
): AssignmentFile {
  return {
    format: EXCHANGE_FORMATS.assignment,
    writtenBy: writtenBy(version),
    createdAt: now,
    round: roundRef(round),
    questionnaire,
    sectionIds: questionnaire.sections.filter((s) => sectionIds.includes(s.id)).map((s) => s.id),
    ...(recipient ? { recipient } : {}),
    document,
  };
}

/** The response of an assigned copy: its document, which may change only its handed-out parts. */
export function buildResponse(
  round: Round & { assignment: NonNullable<Round['assignment']> },
  questionnaire: Questionnaire,
  document: string,
  now: string,
  version: string,
): ResponseFile {
  return {
    format: EXCHANGE_FORMATS.response,
    writtenBy: writtenBy(version),
    createdAt: now,
    round: roundRef(round),
    questionnaire,
    sectionIds: round.assignment.sectionIds,
    document,
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

export function buildBackup(content: BackupData, now: string, version: string): BackupFile {
  return { format: EXCHANGE_FORMATS.backup, writtenBy: writtenBy(version), createdAt: now, data: content };
}
