import { afterEach, describe, expect, it } from 'vitest';
import { roundCsv, type RoundCsvHeadings } from '../../src/domain/exchange/csv';
import type { Round } from '../../src/domain/round/model';
import { localDate } from '../../src/domain/time';
import { backupFileName } from '../../src/ui/download';
import { formatClock, formatDate, formatDateTime, formatDay } from '../../src/ui/format';
import { testQuestionnaire } from './exchange-helpers';

const SWEDEN = 'Europe/Stockholm';
/** 00:30 on 2 March in Sweden, still 1 March in UTC. */
const JUST_AFTER_MIDNIGHT = '2025-03-01T23:30:00.000Z';

/** Runs `check` with the process's own time zone set to `zone`, and puts it back afterwards. */
const originalTz = process.env.TZ;
function inTimeZone(zone: string, check: () => void) {
  process.env.TZ = zone;
  // Guard: if this runtime ignored the change, the test must fail, not pass by accident.
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  check();
}
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('the day of a stored time', () => {
  it('is the day where the user is: just after midnight in Sweden is that day, not the day before', () => {
    expect(localDate(JUST_AFTER_MIDNIGHT, SWEDEN)).toBe('2025-03-02');
    expect(localDate(JUST_AFTER_MIDNIGHT, 'UTC')).toBe('2025-03-01');
    expect(localDate('2025-03-01T22:59:00.000Z', SWEDEN)).toBe('2025-03-01');
    // Summer time: Sweden is two hours ahead of UTC.
    expect(localDate('2025-06-30T22:30:00.000Z', SWEDEN)).toBe('2025-07-01');
    expect(localDate('2025-06-30T21:30:00.000Z', SWEDEN)).toBe('2025-06-30');
  });

  it('reads as words and with the time in Swedish and English', () => {
    expect(formatDay(JUST_AFTER_MIDNIGHT, 'sv', SWEDEN)).toBe('2 mars 2025');
    expect(formatDay(JUST_AFTER_MIDNIGHT, 'en', SWEDEN)).toBe('2 March 2025');
    expect(formatDateTime(JUST_AFTER_MIDNIGHT, 'sv', SWEDEN)).toBe('2 mars 2025 kl. 00:30');
    expect(formatDateTime(JUST_AFTER_MIDNIGHT, 'en', SWEDEN)).toBe('2 March 2025 at 00:30');
    expect(formatClock(new Date(JUST_AFTER_MIDNIGHT), 'sv', SWEDEN)).toBe('00:30:00');
  });

  it('is taken in the time zone of the browser when none is given', () => {
    inTimeZone(SWEDEN, () => {
      expect(localDate(JUST_AFTER_MIDNIGHT)).toBe('2025-03-02');
      expect(formatDay(JUST_AFTER_MIDNIGHT, 'sv')).toBe('2 mars 2025');
      expect(backupFileName(JUST_AFTER_MIDNIGHT)).toBe('eblomladan-sakerhetskopia-2025-03-02.json');
    });
  });

  it('leaves an unreadable time as it is', () => {
    expect(localDate('inte en tid', SWEDEN)).toBe('inte en tid');
    expect(formatDay('', 'sv', SWEDEN)).toBe('');
  });
});

describe('a calendar date (due date, publication date)', () => {
  it('never shifts with the time zone', () => {
    for (const zone of ['Pacific/Honolulu', SWEDEN, 'Pacific/Kiritimati'])
      inTimeZone(zone, () => {
        expect(formatDate('2025-03-02', 'sv')).toBe('2 mars 2025');
        expect(formatDate('2025-12-31', 'en')).toBe('31 December 2025');
      });
  });
});

describe("a round's CSV", () => {
  it('dates each answer by the day it was given in the user’s time zone', () => {
    const round: Round = {
      id: 'r',
      organisationCode: '1440',
      year: 2025,
      label: '',
      questionnaireKey: 'k',
      status: 'draft',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      history: [],
    };
    const headings = new Proxy({}, { get: (_, key) => String(key) }) as RoundCsvHeadings;
    inTimeZone(SWEDEN, () => {
      const csv = roundCsv(
        round,
        testQuestionnaire(),
        [
          {
            roundId: 'r',
            sectionId: 'skola',
            answers: { 'skola.franvaro': { value: 'delvis', updatedAt: JUST_AFTER_MIDNIGHT } },
            updatedAt: JUST_AFTER_MIDNIGHT,
          },
        ],
        headings,
        (text) => text.sv,
        (kind) => kind,
      );
      const row = csv.split('\r\n').find((line) => line.includes('skola.franvaro'));
      expect(row).toMatch(/;"2025-03-02"$/);
    });
  });
});
