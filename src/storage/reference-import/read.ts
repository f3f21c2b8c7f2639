/**
 * Reads the files of a reference import one after the other, reporting progress and stopping
 * when asked. Runs in the worker (worker.ts); where there is no worker (tests) it runs here,
 * yielding between files so the page stays responsive.
 */
import { readReferenceText, type ReferenceFile } from '../../domain/exchange/reference-read';
import { DATASET_MAX_BYTES } from '../../domain/exchange/dataset-read';
import { failure } from '../../domain/validation/issues';

const MB = 1024 * 1024;

export interface Progress {
  done: number;
  total: number;
}

/** One file: refused unread when over the limit, else read and checked. */
export async function readOne(file: Blob, name: string): Promise<ReferenceFile> {
  if (file.size > DATASET_MAX_BYTES) {
    const size = Math.round((file.size / MB) * 10) / 10;
    return { name, ...failure('exchange-too-large', { size, max: DATASET_MAX_BYTES / MB }) };
  }
  let text: string;
  try {
    // Another kind of exchange file says so in its first bytes: it goes the ordinary way unread.
    const head = await file.slice(0, 2048).text();
    const format = /"format"\s*:\s*"eblomladan\.([a-z-]+)\//.exec(head)?.[1];
    if (format && format !== 'dataset' && format !== 'round') return { name, ok: true, kind: 'other' };
    text = await file.text();
  } catch {
    return { name, ...failure('not-json') };
  }
  return readReferenceText(name, text);
}

export async function readAll(
  files: readonly File[],
  onProgress: (progress: Progress) => void,
  signal?: AbortSignal,
): Promise<ReferenceFile[]> {
  const results: ReferenceFile[] = [];
  for (const file of files) {
    signal?.throwIfAborted();
    results.push(await readOne(file, file.name));
    onProgress({ done: results.length, total: files.length });
    // Let the page paint the progress and handle a click on Avbryt.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return results;
}
