import { vi } from 'vitest';

export interface Download {
  name: string;
  blob: Blob;
}

/**
 * Captures what the app hands to the browser's download (a blob behind an `<a download>`), for
 * this test only: `URL` is replaced by a subclass through `vi.stubGlobal` and the click by a spy,
 * and both are undone after the test (`unstubGlobals` and `restoreMocks` in vitest.config.ts),
 * so no later test sees a changed `URL`.
 */
export function captureDownloads(): Download[] {
  const files: Download[] = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal(
    'URL',
    class extends URL {
      static override createObjectURL(blob: Blob): string {
        const url = `blob:test/${blobs.size}`;
        blobs.set(url, blob);
        return url;
      }
      static override revokeObjectURL(): void {}
    },
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}
