// Unit tests of the storage layer run against fake-indexeddb; it must load before Dexie.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { db } from '../../src/storage/db';

beforeEach(async () => {
  await db.delete();
  await db.open();
});
