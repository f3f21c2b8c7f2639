import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn } from '../../src/domain/validation/json-error';

const place = (text: string) => lineAndColumn(text, jsonErrorOffset(text));

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": oops}', 6],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1, 2', 5],
    ['{"a": "unterminated', 19],
    ['{"a": tru}', 9],
    ['{"a": 01}', 7],
    ['{"a": "\\x"}', 8],
    ['{} extra', 3],
    ["{'a': 1}", 1],
  ])('finds the error in %s at offset %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('gives line and column across lines', () => {
    expect(place('{\n  "a": 1,\n  "b": ?\n}')).toEqual({ line: 3, column: 8 });
  });

  it('stops at absurd nesting instead of overflowing the stack', () => {
    const text = '['.repeat(100_000);
    expect(jsonErrorOffset(text)).toBeLessThanOrEqual(text.length);
  });
});
