import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId, uuidV4FromBytes } from '../../src/domain/id';
import { validateQuestionnaire } from '../../src/domain/questionnaire/load';
import { db } from '../../src/storage/db';
import { startRound } from '../../src/storage/rounds';
import { validQuestionnaire } from '../fixtures/questionnaire';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ids', () => {
  it('are version 4 UUIDs in lower-case hex, with the RFC 4122 variant', () => {
    for (let i = 0; i < 200; i++) expect(newId()).toMatch(UUID_V4);
  });

  it('set the version and variant bits whatever the random bytes are', () => {
    expect(uuidV4FromBytes(new Uint8Array(16).fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuidV4FromBytes(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
    expect(uuidV4FromBytes(Uint8Array.from({ length: 16 }, (_, i) => i))).toBe(
      '00010203-0405-4607-8809-0a0b0c0d0e0f',
    );
    expect(() => uuidV4FromBytes(new Uint8Array(15))).toThrow(RangeError);
  });

  it('do not repeat', () => {
    const ids = new Set(Array.from({ length: 10_000 }, newId));
    expect(ids.size).toBe(10_000);
  });

  it('work where crypto.randomUUID does not exist (plain http on an intranet)', async () => {
    // A page served over plain http has crypto.getRandomValues but no crypto.randomUUID.
    const real = globalThis.crypto;
    const insecure = { getRandomValues: (a: Uint8Array<ArrayBuffer>) => real.getRandomValues(a) };
    vi.stubGlobal('crypto', insecure);
    expect('randomUUID' in globalThis.crypto).toBe(false);
    expect(newId()).toMatch(UUID_V4);
    const checked = validateQuestionnaire(validQuestionnaire());
    if (!checked.ok) throw new Error('fixture');
    const round = await startRound({
      organisationCode: '1440',
      year: 2025,
      label: '',
      questionnaire: checked.value,
      source: 'bundled',
    });
    expect(round.id).toMatch(UUID_V4);
    expect(await db.rounds.get(round.id)).toBeDefined();
  });
});
