/**
 * The one formatting helper (src/ui/format.ts): dates, numbers, percentages, sizes and lists in
 * each language's own way, counts that choose their plural form and are grouped, and Intl
 * formatters made once rather than on every call.
 */
import { describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/i18n/i18n';
import {
  countOptions,
  formatBytes,
  formatChange,
  formatCount,
  formatDate,
  formatDateTime,
  formatDay,
  formatFor,
  formatList,
  formatNumber,
  formatPercent,
  formatScore,
} from '../../src/ui/format';
import { LANGUAGES } from '../../src/i18n/languages';

/** Intl writes a Swedish thousands separator and the space before % as a no-break space. */
const NBSP = '\u00a0';
const SWEDEN = 'Europe/Stockholm';

describe('dates', () => {
  it('read as words in Swedish and English', () => {
    expect(formatDate('2014-02-01', 'sv')).toBe('1 februari 2014');
    expect(formatDate('2014-02-01', 'en')).toBe('1 February 2014');
    expect(formatDay('2025-03-01T23:30:00.000Z', 'sv', SWEDEN)).toBe('2 mars 2025');
    expect(formatDateTime('2025-03-01T23:30:00.000Z', 'en', SWEDEN)).toBe('2 March 2025 at 00:30');
  });
});

describe('numbers', () => {
  it('are grouped by thousands, with the language’s separator and decimal sign', () => {
    expect(formatNumber(2900, 'sv')).toBe(`2${NBSP}900`);
    expect(formatNumber(2900, 'en')).toBe('2,900');
    expect(formatNumber(1234567.5, 'sv')).toBe(`1${NBSP}234${NBSP}567,5`);
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatNumber(2 / 3, 'sv', { maximumFractionDigits: 2 })).toBe('0,67');
    expect(formatCount(2900, 'sv')).toBe(`2${NBSP}900`);
    expect(formatCount(12_345, 'en')).toBe('12,345');
    expect(formatCount(7, 'sv')).toBe('7');
  });

  it('write scores and changes as every view does', () => {
    expect(formatScore(0.5, 'sv')).toBe('0,5');
    expect(formatScore(0.5, 'en')).toBe('0.5');
    expect(formatChange(0.25, 'sv')).toBe('+0,25');
    expect(formatChange(-0.5, 'sv')).toBe('−0,5');
    expect(formatChange(0, 'en')).toBe('0');
  });

  it('write percentages the Swedish and the English way', () => {
    expect(formatPercent(0.256, 'sv')).toBe(`26${NBSP}%`);
    expect(formatPercent(0.256, 'en')).toBe('26%');
    expect(formatPercent(1, 'sv')).toBe(`100${NBSP}%`);
  });

  it('write sizes in steps of 1000 with one decimal at most', () => {
    expect(formatBytes(1_234_567, 'sv')).toBe('1,2 MB');
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatBytes(2_000_000_000, 'sv')).toBe('2 GB');
    expect(formatBytes(1000, 'en')).toBe('1 kB');
    expect(formatBytes(-5, 'en')).toBe('0 byte');
  });

  it('take their locale from the language list: an unknown language reads as Swedish', () => {
    expect(formatNumber(2900, 'fi')).toBe(`2${NBSP}900`);
    // The development pseudo-locale formats as Swedish (src/i18n/languages.ts).
    expect(formatPercent(0.5, 'en-XA')).toBe(`50${NBSP}%`);
  });
});

describe('lists', () => {
  it('join with the language’s "and", with no serial comma in British English', () => {
    expect(formatList(['Skola', 'Vård', 'Omsorg'], 'sv')).toBe('Skola, Vård och Omsorg');
    expect(formatList(['School', 'Care', 'Welfare'], 'en')).toBe('School, Care and Welfare');
    expect(formatList(['Skola'], 'sv')).toBe('Skola');
    expect(formatList([], 'sv')).toBe('');
  });
});

describe('counts in interface strings', () => {
  it('choose the plural form from the number and show it grouped', async () => {
    const i18n = await initI18n('sv', ['exchange', 'flowerbox']);
    const files = i18n.getFixedT('sv', 'exchange');
    expect(files('views.reference.files', countOptions(1, 'sv'))).toBe('1 fil');
    expect(files('views.reference.files', countOptions(2900, 'sv'))).toBe(`2${NBSP}900 filer`);
    const sv = i18n.getFixedT('sv', 'flowerbox');
    expect(sv('notApplicable', countOptions(1, 'sv'))).toBe('1 ej aktuell');
    expect(sv('notApplicable', countOptions(1200, 'sv'))).toBe(`1${NBSP}200 ej aktuella`);
    // The string's other values go in with the count; the noun agrees with the count.
    const coverage = (scored: number, applicable: number, na: number, t = sv, language = 'sv') =>
      t(
        'coverageNa',
        countOptions(applicable, language, {
          scored: formatNumber(scored, language),
          na: t('notApplicable', countOptions(na, language)),
        }),
      );
    expect(coverage(1, 1, 1)).toBe('1 av 1 tillämplig indikator besvarad, 1 ej aktuell');
    expect(coverage(1000, 2900, 2)).toBe(
      `1${NBSP}000 av 2${NBSP}900 tillämpliga indikatorer besvarade, 2 ej aktuella`,
    );

    await i18n.changeLanguage('en');
    await i18n.loadNamespaces(['exchange', 'flowerbox']);
    const en = i18n.getFixedT('en', 'flowerbox');
    expect(coverage(1, 1, 3, en, 'en')).toBe('1 of 1 applicable indicator answered, 3 not applicable');
    expect(coverage(1000, 2900, 1, en, 'en')).toBe(
      '1,000 of 2,900 applicable indicators answered, 1 not applicable',
    );
    expect(i18n.getFixedT('en', 'exchange')('views.reference.more', countOptions(2880, 'en'))).toBe(
      '… and 2,880 more.',
    );
  });

  it('keep the other values beside the count', () => {
    expect(countOptions(2900, 'sv', { year: 2024 })).toEqual({
      count: 2900,
      replace: { year: 2024, count: `2${NBSP}900` },
    });
  });
});

describe('small whole numbers', () => {
  it('read exactly as Intl writes them in every language, without making a formatter', async () => {
    // A fresh copy of the module: its formatters are not yet made by the tests above.
    vi.resetModules();
    const fresh = await import('../../src/ui/format');
    const made = vi.spyOn(Intl, 'NumberFormat');
    const written = LANGUAGES.map(({ code }) =>
      Array.from({ length: 1000 }, (_, n) => [fresh.formatCount(n, code), fresh.formatNumber(n, code)]),
    );
    expect(made).not.toHaveBeenCalled();
    made.mockRestore();
    LANGUAGES.forEach(({ locale }, i) => {
      const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
      const number = new Intl.NumberFormat(locale);
      expect(written[i]).toEqual(Array.from({ length: 1000 }, (_, n) => [count.format(n), number.format(n)]));
    });
    // Anything else goes through Intl: a sign, decimals, grouping.
    expect(formatNumber(-5, 'sv')).toBe('\u22125');
    expect(formatNumber(5, 'sv', { minimumFractionDigits: 2 })).toBe('5,00');
    expect(formatCount(1000, 'en')).toBe('1,000');
  });
});

describe('the formatters', () => {
  it('are made once per locale and options, not on every call', () => {
    const Real = Intl.NumberFormat;
    const made = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof Intl.NumberFormat>
    ) {
      return new Real(...args);
    });
    for (let n = 1; n < 100; n++) {
      formatCount(n * 1000, 'sv');
      formatCount(n * 1000, 'en');
    }
    // At most one each: an earlier test may already have made them.
    expect(made.mock.calls.length).toBeLessThanOrEqual(2);
    formatNumber(1.25, 'sv', { maximumFractionDigits: 1 });
    formatNumber(1.25, 'sv', { maximumFractionDigits: 1 });
    expect(made.mock.calls.length).toBeLessThanOrEqual(3);
  });

  it('bound to a language are one object per language', () => {
    expect(formatFor('sv')).toBe(formatFor('sv'));
    expect(formatFor('sv').number(2900)).toBe(`2${NBSP}900`);
    expect(formatFor('en').list(['a', 'b'])).toBe('a and b');
    expect(formatFor('en').count(3, { name: 'x' })).toEqual({ count: 3, replace: { name: 'x', count: '3' } });
  });
});
