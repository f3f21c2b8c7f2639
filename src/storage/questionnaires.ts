/**
 * Questionnaires the user loads from a file (for example a regional variant). The file has
 * already passed the same schema as the bundled ones (domain/questionnaire/load.ts); here it is
 * stored as a snapshot under `id@version#fingerprint`, in one transaction, or refused.
 *
 * An id@version names one content only: a version that comes with the app, or another file
 * already stored under the same id and version, is never overwritten or shadowed, so rounds
 * answered on a version always mean the same questions.
 */
import { questionnaireKey } from '../domain/questionnaire/fingerprint';
import type { Questionnaire } from '../domain/questionnaire/schema';
import { db, type StoredQuestionnaire } from './db';
import { useKeyedLiveQuery } from './live';

/** Why an import was refused; the words are `questionnaires:import.outcome.refused.*` (src/i18n/locales). */
export type ImportRefusal =
  /** The id@version is one of the questionnaires that come with the app. */
  | 'bundled'
  /** Another file with the same id and version, but different content, is already stored. */
  | 'version-taken';

/** What became of an import: stored, already there (nothing changed), or refused (nothing stored). */
export type ImportResult =
  | { outcome: 'imported'; stored: StoredQuestionnaire }
  | { outcome: 'already-there'; stored: StoredQuestionnaire }
  | { outcome: 'refused'; reason: ImportRefusal };

/** The id and version of a questionnaire that comes with the app (a catalog entry has both). */
export interface BundledVersion {
  id: string;
  version: string;
}

/**
 * Stores a validated questionnaire read from the file `fileName` as an imported questionnaire,
 * in one transaction. Refuses (returns, does not throw) an id@version that comes with the app
 * (`bundled`, the catalog's list) or that is already stored with other content; returns
 * `already-there` without change when the identical questionnaire is already imported.
 * Storage failures (quota, blocked database) are thrown; see classifyStorageError().
 */
export async function importQuestionnaire(
  questionnaire: Questionnaire,
  fileName: string,
  bundled: readonly BundledVersion[],
): Promise<ImportResult> {
  const { id, version } = questionnaire;
  if (bundled.some((b) => b.id === id && b.version === version))
    return { outcome: 'refused', reason: 'bundled' };
  const key = questionnaireKey(questionnaire);
  return db.transaction('rw', db.questionnaires, async (): Promise<ImportResult> => {
    const existing = await db.questionnaires.where('[id+version]').equals([id, version]).toArray();
    // A snapshot of a bundled version (stored when a round started on it) keeps its id@version,
    // even if that version is no longer in this installation's catalog.
    if (existing.some((s) => s.source === 'bundled')) return { outcome: 'refused', reason: 'bundled' };
    const same = existing.find((s) => s.key === key);
    if (same) return { outcome: 'already-there', stored: same };
    if (existing.length > 0) return { outcome: 'refused', reason: 'version-taken' };
    const stored: StoredQuestionnaire = {
      key,
      id,
      version,
      source: 'imported',
      fileName,
      storedAt: new Date().toISOString(),
      questionnaire,
    };
    await db.questionnaires.add(stored);
    return { outcome: 'imported', stored };
  });
}

/** Newest published first; then by id and version, so the order never depends on storage. */
function byPublishedDesc(a: StoredQuestionnaire, b: StoredQuestionnaire): number {
  return (
    b.questionnaire.published.localeCompare(a.questionnaire.published) ||
    a.id.localeCompare(b.id) ||
    a.version.localeCompare(b.version)
  );
}

/**
 * The imported questionnaires, newest published first; live (re-renders when one is imported,
 * also in another tab). `undefined` while loading.
 */
export function useImportedQuestionnaires(): StoredQuestionnaire[] | undefined {
  return useKeyedLiveQuery(async () => {
    const imported = await db.questionnaires.where('source').equals('imported').toArray();
    return imported.sort(byPublishedDesc);
  }, []);
}

/** The imported questionnaire with this id and version, or undefined if none was imported. */
export async function findImported(id: string, version: string): Promise<StoredQuestionnaire | undefined> {
  return db.questionnaires
    .where('[id+version]')
    .equals([id, version])
    .filter((s) => s.source === 'imported')
    .first();
}
