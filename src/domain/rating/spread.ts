import type { Scale } from '../questionnaire/schema';
import type { Spread } from './model';

/**
 * How far rated values lie apart: `none` for fewer than two values, `same` when all are equal,
 * `one-level` when all are scale options on neighbouring levels, `more` otherwise (two or more
 * levels apart, or "ej aktuellt" beside a scale option). Values must already be allowed ones.
 */
export function spreadOf(scale: Scale, values: readonly string[]): Spread {
  if (values.length < 2) return 'none';
  if (values.every((value) => value === values[0])) return 'same';
  const levels = values.map((value) => scale.options.findIndex((option) => option.value === value));
  if (levels.includes(-1)) return 'more';
  return Math.max(...levels) - Math.min(...levels) === 1 ? 'one-level' : 'more';
}
