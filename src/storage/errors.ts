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

/** What kind of storage problem an error is. */
export function classifyStorageError(error: unknown): StorageProblem {
  if (error instanceof StorageRefusal) return error.problem;
  const all = names(error);
  if (all.includes('QuotaExceededError')) return 'quota';
  if (all.includes('VersionError')) return 'newer-database';
  if (all.includes('DatabaseClosedError')) return 'version-change';
  if (
    all.some((n) =>
      [
        'MissingAPIError',
        'InvalidStateError',
        'InvalidAccessError',
        'SecurityError',
        'OpenFailedError',
      ].includes(n),
    )
  ) {
    return 'unavailable';
  }
  return 'unknown';
}
