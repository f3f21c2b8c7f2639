import { describe, expect, it } from 'vitest';
import { BAND, FONT, NARROW, spreadLayout, textWidth, wrapText } from '../../src/features/peers/spreadLayout';

// The 2016 questionnaire's parts, in English (the longer names).
const PARTS = [
  'Children and pupils',
  'Older people and people in need of care',
  'Business owners',
  'Residents and road users',
  'Culture lovers, leisure users and visitors',
  'The general public',
  'Leadership, ways of working and methods for digital development',
  'Technical prerequisites',
];

describe('the box plot layout of "Jämför med andra"', () => {
  for (const width of [288, 320, 608, 768]) {
    it(`at ${width} px keeps every name whole, inside the picture and clear of the next row`, () => {
      const layout = spreadLayout(width, PARTS);
      expect(layout.width).toBe(width);
      let below = 0;
      layout.rows.forEach((row, i) => {
        // The whole name, only wrapped at spaces.
        expect(row.lines.join(' ')).toBe(PARTS[i]);
        for (const line of row.lines) {
          const w = textWidth(line, FONT.label);
          const [from, to] =
            row.label.anchor === 'start' ? [row.label.x, row.label.x + w] : [row.label.x - w, row.label.x];
          expect(from).toBeGreaterThanOrEqual(0);
          expect(to).toBeLessThanOrEqual(width);
          // A name to the left of its row ends before the scale starts.
          if (row.label.anchor === 'end') expect(to).toBeLessThan(layout.x(0));
        }
        // The name's first line starts below the row above it, and the row's box below its name when above it.
        const top = row.label.y - FONT.label;
        expect(top).toBeGreaterThanOrEqual(below);
        const lastBaseline = row.label.y + (row.lines.length - 1) * layout.lineHeight;
        if (row.label.anchor === 'start') expect(row.y - BAND / 2).toBeGreaterThan(lastBaseline);
        below = Math.max(row.y + BAND / 2, lastBaseline + 4);
      });
      expect(layout.axis.bottom).toBeGreaterThanOrEqual(below);
      expect(layout.axis.title).toBeLessThan(layout.height);
    });
  }

  it('puts the names above their rows below 560 px and beside them from there', () => {
    expect(spreadLayout(NARROW - 1, PARTS).rows.every((row) => row.label.anchor === 'start')).toBe(true);
    expect(spreadLayout(NARROW, PARTS).rows.every((row) => row.label.anchor === 'end')).toBe(true);
  });

  it('draws every part on one 0–1 scale with room for the end numbers and a diamond at 0 or 1', () => {
    for (const width of [320, 768]) {
      const { x } = spreadLayout(width, PARTS);
      expect(x(0)).toBeGreaterThanOrEqual(12);
      expect(x(1)).toBeLessThanOrEqual(width - 12);
      expect(x(0.5)).toBeCloseTo((x(0) + x(1)) / 2);
    }
  });

  it('uses no text smaller than 12 px', () => {
    expect(Math.min(...Object.values(FONT))).toBeGreaterThanOrEqual(12);
  });
});

describe('wrapText', () => {
  it('wraps at spaces within the width it is given', () => {
    const lines = wrapText('Leadership, ways of working and methods for digital development', 150, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Leadership, ways of working and methods for digital development');
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(150);
  });

  it('breaks a word wider than a whole line with a hyphen rather than cutting it off', () => {
    const lines = wrapText('Digitaliseringsförutsättningsbedömning', 100, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((line) => line.replace(/-$/, '')).join('')).toBe(
      'Digitaliseringsförutsättningsbedömning',
    );
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(100);
  });

  it('estimates wide letters wider than narrow ones', () => {
    expect(textWidth('WWW', 14)).toBeGreaterThan(textWidth('iii', 14) * 2);
  });
});
