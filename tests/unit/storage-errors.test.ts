import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  classifyOpenError,
  classifyStorageError,
  StorageFailure,
  StorageRefusal,
  storageFailureOf,
} from '../../src/storage/errors';

const dom = (name: string) => new DOMException('from the browser', name);
/** What Dexie answers every read and write with after its open failed for `reason`. */
const afterFailedOpen = (reason?: Error) => new Dexie.DatabaseClosedError(reason as never);

describe('storage errors', () => {
  it('name the failed open, not another tab, as the cause of a closed database', () => {
    expect(classifyStorageError(afterFailedOpen(dom('SecurityError')))).toBe('unavailable');
    // Chromium with site data blocked: "UnknownError: The user denied permission …".
    expect(classifyStorageError(afterFailedOpen(new Dexie.UnknownError('denied')))).toBe('unavailable');
    expect(classifyStorageError(afterFailedOpen(new Dexie.VersionError('newer')))).toBe('newer-database');
    // Closed on purpose for a newer version in another tab: no other reason inside.
    expect(classifyStorageError(afterFailedOpen())).toBe('version-change');
    expect(classifyStorageError(afterFailedOpen(new Dexie.DatabaseClosedError()))).toBe('version-change');
  });

  it('call a database that does not open at all unavailable, unless the reason is known better', () => {
    expect(classifyOpenError(new Dexie.UnknownError('denied'))).toBe('unavailable');
    expect(classifyOpenError(new Dexie.MissingAPIError())).toBe('unavailable');
    expect(classifyOpenError(new Dexie.VersionError('newer'))).toBe('newer-database');
    expect(classifyOpenError(dom('QuotaExceededError'))).toBe('quota');
  });

  it('tell a failure of storage from a refused write and from a bug', () => {
    expect(storageFailureOf(afterFailedOpen(dom('SecurityError')))).toBe('unavailable');
    expect(storageFailureOf(new StorageFailure('blocked'))).toBe('blocked');
    expect(storageFailureOf(new StorageRefusal('locked', 'published'))).toBeUndefined();
    expect(storageFailureOf(new TypeError('a bug'))).toBeUndefined();
  });
});
