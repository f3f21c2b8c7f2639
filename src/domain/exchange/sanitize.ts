/**
 * Neutralises what a hostile file could hide in its text before anything validates or stores
 * it: control characters (C0 except tab and newline, and DEL) are removed from every string, and
 * nesting deeper than any format needs is refused. Markup and scripts are left as they are: they
 * are stored as text and React shows them as text, never as HTML.
 */
import { failure, type Result } from '../validation/issues';
import { EXCHANGE_LIMITS } from './schema';

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** The text without control characters other than tab and newline (a CR LF becomes LF). */
export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

/**
 * Cleans every string of a parsed JSON value in place and returns it, or refuses a value nested
 * deeper than `maxDepth`. Iterative, so that depth itself cannot overflow the stack.
 */
export function sanitizeTree(value: unknown, maxDepth: number = EXCHANGE_LIMITS.depth): Result<unknown> {
  if (typeof value === 'string') return { ok: true, value: stripControl(value) };
  const stack: { node: Record<string, unknown> | unknown[]; depth: number }[] = [];
  if (value && typeof value === 'object') stack.push({ node: value as Record<string, unknown>, depth: 1 });
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > maxDepth) return failure('too-deep', { max: maxDepth });
    const keys = Array.isArray(node) ? node.keys() : Object.keys(node);
    for (const key of keys) {
      const child = (node as Record<string | number, unknown>)[key];
      if (typeof child === 'string') (node as Record<string | number, unknown>)[key] = stripControl(child);
      else if (child && typeof child === 'object')
        stack.push({ node: child as Record<string, unknown>, depth: depth + 1 });
    }
  }
  return { ok: true, value };
}
