/**
 * Every change of the dataset format's shape, as a small pure step, exactly as migrations.ts does
 * for the other exchange files (its header says how steps are written and run). There is only
 * version 1 so far, so there are no steps; the hook is here so that `eblomladan.dataset/2`, or a
 * repair of a version 1 shape released without a new number, is one appended step with a frozen
 * fixture (tests/fixtures/formats/dataset-1/) and a test, and no change to the reader.
 *
 * Append only: a released step is never edited or removed.
 */
import type { FileNotice } from './notices';
import type { JsonObject, Migration } from './migrations';
import { DATASET_FORMAT } from './dataset';

/** The version this app writes and reads: the number in its `format` tag. */
export const DATASET_VERSION = Number(DATASET_FORMAT.split('/')[1]);

/** The `format` tag of the dataset format at `version`. */
export const datasetTag = (version: number) => `eblomladan.dataset/${version}`;

/** A step of the dataset format: a migrations.ts step whose kind is the dataset. */
export type DatasetMigration = Omit<Migration, 'kind'> & { kind: 'dataset' };

/** Every step, oldest first. Append new steps at the end only. */
export const DATASET_MIGRATIONS: readonly DatasetMigration[] = [];

/**
 * Runs the steps that read a file of `version`, in order (within a version, repairs before the
 * step up from it); a step that raises the version writes the new `format` tag. Returns the file
 * in the newest shape the steps reach and what the user is to be told.
 */
export function migrateDataset(
  version: number,
  file: JsonObject,
  steps: readonly DatasetMigration[] = DATASET_MIGRATIONS,
): { file: JsonObject; version: number; notices: FileNotice[] } {
  const notices: FileNotice[] = [];
  const ordered = steps
    .map((step, order) => ({ step, order }))
    .sort((a, b) => a.step.from - b.step.from || a.step.to - b.step.to || a.order - b.order)
    .map(({ step }) => step);
  for (const step of ordered) {
    if (step.from !== version || !step.applies(file)) continue;
    file = step.up(file);
    if (step.to !== version) file = { ...file, format: datasetTag(step.to) };
    version = step.to;
    if (step.notice) notices.push({ rule: step.notice, path: '$', params: {} });
  }
  return { file, version, notices };
}
