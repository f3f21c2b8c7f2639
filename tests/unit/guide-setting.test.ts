import { describe, expect, it } from 'vitest';
import { readExchangeText } from '../../src/domain/exchange/read';
import { dumpDatabase, exportBackup } from '../../src/storage/exchange';
import { dismissGuide, readSetting } from '../../src/storage/settings';
import { asText, roundTrip } from './exchange-helpers';

describe('the guide setting', () => {
  it('remembers that the guide was finished or skipped, and a backup carries it', async () => {
    expect(await readSetting('guide')).toBeUndefined();
    await dismissGuide();
    const stored = await readSetting('guide');
    expect(stored?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const file = await exportBackup('0.1.0');
    expect(file.data.settings).toContainEqual(stored);
    expect(roundTrip(file.data)).toEqual(roundTrip({ ...(await dumpDatabase()), roundDocs: [] }));
    const read = readExchangeText(asText(file));
    expect(read.ok).toBe(true);
  });

  it('refuses a guide setting without its time, or with a municipality code', async () => {
    await dismissGuide();
    const file = roundTrip(await exportBackup('0.1.0'));
    const index = file.data.settings.findIndex((s) => s.key === 'guide');

    const withoutTime = roundTrip(file);
    withoutTime.data.settings[index] = { key: 'guide' } as never;
    const missing = readExchangeText(asText(withoutTime));
    expect(missing.ok ? [] : missing.issues).toEqual([
      { path: ['data', 'settings', index, 'at'], rule: 'required', params: {} },
    ]);

    const withCode = roundTrip(file);
    withCode.data.settings[index] = { key: 'guide', at: file.createdAt, code: '1440' } as never;
    const extra = readExchangeText(asText(withCode));
    expect(extra.ok ? [] : extra.issues.map((i) => i.rule)).toEqual(['unknown-keys']);
  });
});
