/**
 * Reads the files of a reference import one after the other, reporting progress and stopping
 * when asked. Runs in the worker (worker.ts); where there is no worker (tests) it runs here,
 * yielding between files so the page stays responsive. The files of one selection share a
 * SnapshotCache: each distinct questionnaire snapshot is validated once, and every file's result
 * holds the same object for it (so a worker's results carry one copy per snapshot).
 */
import { readReferenceText, SnapshotCache, type ReferenceFile } from '../../domain/exchange/reference-read';
import { DATASET_MAX_BYTES } from '../../domain/exchange/dataset-read';
import { failure } from '../../domain/validation/issues';

const MB = 1024 * 1024;
/**
 * Files up to this size are read whole at once and their format is told from the text. A larger
 * one is first told by its head, so that a large file of another kind (a backup) is not read here
 * only to go the ordinary way and be read again.
 */
const READ_WHOLE_BYTES = MB;
const HEAD_CHARS = 2048;

export interface Progress {
  done: number;
  total: number;
}

/** Another kind of exchange file says so in its first bytes: it goes the ordinary way unread. */
function isOtherFormat(head: string): boolean {
  const format = /"format"\s*:\s*"eblomladan\.([a-z-]+)\//.exec(head)?.[1];
  return format !== undefined && format !== 'dataset' && format !== 'round';
}

/** One file: refused unread when over the limit, else read (once) and checked. */
export async function readOne(
  file: Blob,
  name: string,
  cache: SnapshotCache = new SnapshotCache(),
): Promise<ReferenceFile> {
  if (file.size > DATASET_MAX_BYTES) {
    const size = Math.round((file.size / MB) * 10) / 10;
    return { name, ...failure('exchange-too-large', { size, max: DATASET_MAX_BYTES / MB }) };
  }
  let text: string;
  try {
    if (file.size > READ_WHOLE_BYTES && isOtherFormat(await file.slice(0, HEAD_CHARS).text()))
      return { name, ok: true, kind: 'other' };
    text = await file.text();
  } catch {
    return { name, ...failure('not-json') };
  }
  if (isOtherFormat(text.slice(0, HEAD_CHARS))) return { name, ok: true, kind: 'other' };
  return readReferenceText(name, text, cache);
}

export async function readAll(
  files: readonly File[],
  onProgress: (progress: Progress) => void,
  signal?: AbortSignal,
): Promise<ReferenceFile[]> {
  const cache = new SnapshotCache();
  const results: ReferenceFile[] = [];
  for (const file of files) {
    signal?.throwIfAborted();
    results.push(await readOne(file, file.name, cache));
    onProgress({ done: results.length, total: files.length });
    // Let the page paint the progress and handle a click on Avbryt.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return results;
}
