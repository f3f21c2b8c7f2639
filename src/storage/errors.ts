/**
 * Storage failures the user can act on, recognised by name (Dexie wraps the browser's errors),
 * so the interface can say in plain words what happened. Nothing is half-written: every
 * repository call is one transaction, which the browser rolls back on error.
 */

export type StorageProblem =
  | 'unavailable'
  | 'quota'
  | 'blocked'
  | 'version-change'
  | 'newer-database'
  | 'locked'
  | 'not-found'
  | 'invalid'
  | 'example'
  | 'unknown';

/** A repository's refusal: the round is published, something is missing, or a value is not allowed. */
export class StorageRefusal extends Error {
  constructor(
    readonly problem: Extract<StorageProblem, 'locked' | 'not-found' | 'invalid' | 'example'>,
    message: string,
  ) {
    super(message);
    this.name = 'StorageRefusal';
  }
}

const names = (error: unknown): string[] => {
  const found: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') found.push(name);
    current = inner;
  }
  return found;
};

/**
 * Refuses, while the example is shown, anything that would carry data between the example and
 * the user's own (files in and out, deleting all data).
 */
export function refuseInExample(exampleMode: boolean, what: string): void {
  if (exampleMode) throw new StorageRefusal('example', what);
}

/**
 * Storage itself is out of order (not one write refused): the database cannot be opened or was
 * closed under this tab. Views cannot read anything until the page is reloaded or the browser
 * allows storage, so they say so instead of waiting.
 */
export type StorageFailureProblem = Extract<
  StorageProblem,
  'unavailable' | 'quota' | 'blocked' | 'version-change' | 'newer-database'
>;

const FAILURES: readonly StorageProblem[] = [
  'unavailable',
  'quota',
  'blocked',
  'version-change',
  'newer-database',
];

/** Thrown by the live reads (storage/live.ts) when storage fails, for a StorageBoundary to show. */
export class StorageFailure extends Error {
  constructor(
    readonly problem: StorageFailureProblem,
    options?: { cause?: unknown },
  ) {
    super(`storage failure: ${problem}`, options);
    this.name = 'StorageFailure';
  }
}

/** The storage failure `error` is, or undefined when it is something else (a refusal, a bug). */
export function storageFailureOf(error: unknown): StorageFailureProblem | undefined {
  const problem = classifyStorageError(error);
  return FAILURES.includes(problem) ? (problem as StorageFailureProblem) : undefined;
}

/** Names the browser gives when it does not let this page use IndexedDB at all. */
const REFUSED = [
  'MissingAPIError',
  'InvalidStateError',
  'InvalidAccessError',
  'SecurityError',
  'OpenFailedError',
];

/** What kind of storage problem an error is. */
export function classifyStorageError(error: unknown): StorageProblem {
  if (error instanceof StorageRefusal || error instanceof StorageFailure) return error.problem;
  const all = names(error);
  if (all.includes('QuotaExceededError')) return 'quota';
  if (all.includes('VersionError')) return 'newer-database';
  if (all.some((n) => REFUSED.includes(n))) return 'unavailable';
  if (all[0] === 'DatabaseClosedError') {
    // After a failed open, Dexie answers every read and write with DatabaseClosedError wrapping
    // the reason the open failed: that reason is the cause, not another tab. Only a database
    // closed on purpose (for a newer version in another tab) carries no other reason.
    const reason = all.find((n) => n !== 'DatabaseClosedError');
    return reason ? classifyOpenError((error as { inner?: unknown }).inner) : 'version-change';
  }
  return 'unknown';
}

/**
 * Why the database did not open. A database that does not open at all is storage the browser
 * refuses, whatever name it gives the reason (Chromium says UnknownError when site data is
 * blocked), unless the reason is one we know better (a newer database, a full disk).
 */
export function classifyOpenError(error: unknown): StorageProblem {
  const problem = classifyStorageError(error);
  return problem === 'unknown' || problem === 'version-change' ? 'unavailable' : problem;
}

/** The storage banner's alert for a database that did not open (as app/storage-health.ts raises it). */
export function openAlertOf(error: unknown): StorageFailureProblem | 'unknown' {
  const problem = classifyOpenError(error);
  return FAILURES.includes(problem) ? (problem as StorageFailureProblem) : 'unknown';
}
