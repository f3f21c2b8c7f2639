/**
 * Live reads shared by several features. `undefined` means "still loading"; a missing value is
 * `null`. Each re-renders when the database changes, also from another tab. When storage fails
 * (the browser refuses IndexedDB, another tab upgraded the database) they throw StorageFailure,
 * which a StorageBoundary turns into a plain message: no view waits for ever.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { StorageFailure, storageFailureOf, type StorageFailureProblem } from './errors';
import { readLastBackup, readSetting } from './settings';

type Outcome<T> = { key: string; value: T } | { key: string; failure: StorageFailureProblem; cause: unknown };

/**
 * Every live read of the app goes through here. It is useLiveQuery, with two differences:
 *
 * - it reports "loading" (undefined) while its dependencies have just changed, instead of the
 *   previous dependencies' result: moving from one part to the next must never show the first
 *   part's answers under the second part's title, not even for one frame;
 * - a storage failure is thrown as StorageFailure. Dexie's liveQuery swallows
 *   DatabaseClosedError (it waits for the database to reopen), and after a failed open every
 *   read fails with exactly that, so without this a view would say "Laddar …" for ever.
 */
export function useKeyedLiveQuery<T>(
  query: () => Promise<T>,
  deps: readonly unknown[],
  /** The value read just before the first render (a cold load), shown until the query answers. */
  initial?: T,
): T | undefined {
  const key = JSON.stringify(deps);
  const result = useLiveQuery(
    async (): Promise<Outcome<T>> => {
      try {
        return { key, value: await query() };
      } catch (error) {
        const failure = storageFailureOf(error);
        if (!failure) throw error;
        return { key, failure, cause: error };
      }
    },
    [key],
    initial === undefined ? undefined : { key, value: initial },
  );
  if (result?.key !== key) return undefined;
  if ('failure' in result) throw new StorageFailure(result.failure, { cause: result.cause });
  return result.value;
}

/** The chosen municipality's code; null before the first choice. */
export function useOrganisationCode(): string | null | undefined {
  return useKeyedLiveQuery(async () => (await readSetting('organisation'))?.code ?? null, []);
}

/** Whether the first-run guide was finished or skipped in this browser. */
export function useGuideDismissed(): boolean | undefined {
  return useKeyedLiveQuery(async () => (await readSetting('guide')) !== undefined, []);
}

/** When the last backup was made (ISO time); null if never. */
export function useLastBackup(): string | null | undefined {
  return useKeyedLiveQuery(async () => (await readLastBackup()) ?? null, []);
}
