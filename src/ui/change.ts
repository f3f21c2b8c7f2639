/**
 * A part's change as every view writes it: the sign always shown ("+0,25", "−0,5") and zero as
 * "0", two decimals at most, decimal comma in Swedish. The change itself comes from
 * `domain/compare/changes.ts` (`partChange`); this only writes the number.
 */
export function formatChange(delta: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(delta);
}
