import { EVIDENCE_MAX } from './model';

/**
 * An evidence link must be a complete http(s) address: anything else (javascript:, data:,
 * a bare word) could run code or lead nowhere when clicked.
 */
export function isEvidenceUrl(text: string): boolean {
  const value = text.trim();
  if (value === '' || value.length > EVIDENCE_MAX) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
