/** JSON text read with limits, without any schema (no zod), so the start page can use it too. */
import { failure, type Result } from './issues';
import { jsonErrorOffset, lineAndColumn } from './json-error';

/** Parses JSON text, refusing absurd sizes and reporting syntax errors by line and column. */
export function parseJsonText(text: string, maxBytes: number): Result<unknown> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) return failure('file-too-large', { bytes, max: maxBytes });
  if (text.trim() === '') return failure('empty-file');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return failure('not-json-at', lineAndColumn(text, jsonErrorOffset(text)));
  }
}
