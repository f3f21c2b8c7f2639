/**
 * Live reads shared by several features. `undefined` means "still loading"; a missing value is
 * `null`. Each re-renders when the database changes, also from another tab.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { readLastBackup, readSetting } from './settings';

/**
 * useLiveQuery that reports "loading" (undefined) while its dependencies have just changed, instead
 * of the previous dependencies' result: moving from one part to the next must never show the first
 * part's answers under the second part's title, not even for one frame.
 */
export function useKeyedLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const key = JSON.stringify(deps);
  const result = useLiveQuery(async () => ({ key, value: await query() }), [key]);
  return result?.key === key ? result.value : undefined;
}

/** The chosen municipality's code; null before the first choice. */
export function useOrganisationCode(): string | null | undefined {
  return useLiveQuery(async () => (await readSetting('organisation'))?.code ?? null, []);
}

/** Whether the first-run guide was finished or skipped in this browser. */
export function useGuideDismissed(): boolean | undefined {
  return useLiveQuery(async () => (await readSetting('guide')) !== undefined, []);
}

/** When the last backup was made (ISO time); null if never. */
export function useLastBackup(): string | null | undefined {
  return useLiveQuery(async () => (await readLastBackup()) ?? null, []);
}
