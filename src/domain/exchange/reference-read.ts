/**
 * Reading the files that bring other municipalities' published rounds: a dataset
 * (`eblomladan.dataset/1`, many rounds, each snapshot once) or a shared round
 * (`eblomladan.round/1`, one round with its snapshot). Both come out alike, as dataset rounds
 * with their snapshots, so one planner (reference-plan.ts) handles any mix of them. Any other
 * kind of exchange file is named `other`: it goes the ordinary way (plan.ts).
 */
import { parseJsonText } from '../questionnaire/load';
import { questionnaireKey } from '../questionnaire/fingerprint';
import type { Questionnaire } from '../questionnaire/schema';
import type { ValidationIssue } from '../validation/issues';
import type { DatasetRound } from './dataset';
import { DATASET_MAX_BYTES, readDataset } from './dataset-read';
import type { FileNotice } from './notices';
import { validateExchange } from './read';

export type ReferenceFile =
  | {
      name: string;
      ok: true;
      kind: 'dataset' | 'round';
      rounds: DatasetRound[];
      /** Every snapshot its rounds name, by key. */
      snapshots: Map<string, Questionnaire>;
      synthetic: boolean;
      notices: FileNotice[];
      /** The app version that wrote it. */
      version: string;
    }
  | { name: string; ok: true; kind: 'other' }
  /** Refused; `kind` when it said it is a dataset or a shared round. */
  | { name: string; ok: false; issues: ValidationIssue[]; kind?: 'dataset' | 'round' };

const DATASET = /^eblomladan\.dataset\//;
const ROUND = /^eblomladan\.round\//;

/**
 * Whether a selection goes the reference way: it has a dataset or shared round (read or refused)
 * and no other kind of exchange file.
 */
export const isReferenceSelection = (files: readonly ReferenceFile[]) =>
  files.some((f) => f.kind === 'dataset' || f.kind === 'round') && !files.some((f) => f.kind === 'other');

/** Reads one file's text. Pure; the work of a worker (storage/reference-import/). */
export function readReferenceText(name: string, text: string): ReferenceFile {
  const json = parseJsonText(text, DATASET_MAX_BYTES);
  if (!json.ok) return { name, ok: false, issues: json.issues };
  const format =
    typeof json.value === 'object' && json.value !== null && !Array.isArray(json.value)
      ? (json.value as { format?: unknown }).format
      : undefined;
  if (typeof format === 'string' && DATASET.test(format)) {
    const read = readDataset(json.value);
    if (!read.ok) return { name, ok: false, issues: read.issues, kind: 'dataset' };
    const { rounds, questionnaires, synthetic, notices, writtenBy } = read.value;
    return {
      name,
      ok: true,
      kind: 'dataset',
      rounds,
      snapshots: new Map(questionnaires.map((s) => [s.key, s.questionnaire])),
      synthetic,
      notices,
      version: writtenBy.version,
    };
  }
  if (typeof format === 'string' && ROUND.test(format)) {
    const read = validateExchange(json.value);
    if (!read.ok) return { name, ok: false, issues: read.issues, kind: 'round' };
    if (read.value.kind !== 'round') return { name, ok: true, kind: 'other' };
    const file = read.value.file;
    const key = questionnaireKey(file.questionnaire);
    const notices = 'notices' in read.value ? (read.value.notices as FileNotice[]) : [];
    return {
      name,
      ok: true,
      kind: 'round',
      rounds: [{ ...file.round, questionnaireKey: key, answers: file.answers }],
      snapshots: new Map([[key, file.questionnaire]]),
      synthetic: false,
      notices,
      version: file.writtenBy.version,
    };
  }
  return { name, ok: true, kind: 'other' };
}
