import { localDate } from '../domain/time';

/**
 * Saves a file through the browser's ordinary download, the way every municipal user knows.
 * Deliberately not the File System Access API (browser-fs-access and others use it where it
 * exists): that asks for a folder on every save and cannot be driven by browser tests.
 */
export function downloadFile(content: Blob, fileName: string): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The name of a backup file, dated by the day it was made where the user is. */
export const backupFileName = (createdAt: string): string =>
  `eblomladan-sakerhetskopia-${localDate(createdAt)}.json`;

/** A file name from free text: letters kept (also å, ä, ö), everything else a hyphen. */
export function safeFileName(...parts: (string | number)[]): string {
  return parts
    .map(String)
    .join('-')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .toLowerCase();
}
