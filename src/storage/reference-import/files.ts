/**
 * Reads the chosen files for a reference import: in a Web Worker when the browser has one, so
 * the page stays responsive; Avbryt stops it (the worker is ended) and nothing is kept.
 */
import type { ReferenceFile } from '../../domain/exchange/reference-read';
import { readAll, type Progress } from './read';
import type { WorkerReply, WorkerRequest } from './worker';

export type { Progress };

const startWorker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

/** A reader started ahead of a selection, not yet given files. */
let ready: Worker | undefined;

/**
 * Starts the reading worker before any file is chosen (Öppna fil calls it when it opens), so a
 * selection is read without waiting for the worker to load and start. Returns the stop for when
 * the page goes: it ends the worker if no selection took it. Nothing to do without workers.
 */
export function prepareReferenceReader(): () => void {
  if (typeof Worker === 'undefined') return () => {};
  const worker = (ready ??= startWorker());
  // One that fails to start before it is given files is dropped: a selection then starts its own.
  worker.onerror = () => {
    if (ready === worker) ready = undefined;
    worker.terminate();
  };
  return () => {
    if (ready !== worker) return;
    ready = undefined;
    worker.terminate();
  };
}

export function readReferenceFiles(
  files: readonly File[],
  onProgress: (progress: Progress) => void,
  signal: AbortSignal,
): Promise<ReferenceFile[]> {
  if (typeof Worker === 'undefined') {
    // Without a worker Avbryt still answers at once; whatever is being read is dropped.
    const aborted = new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
    );
    return Promise.race([readAll(files, onProgress, signal), aborted]);
  }
  return new Promise((resolve, reject) => {
    // A worker reads one selection: one prepared ahead is taken, else one is started now.
    const worker = ready ?? startWorker();
    ready = undefined;
    const stop = () => {
      worker.terminate();
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    const end = () => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress({ done: reply.done, total: reply.total });
      else if (reply.type === 'done') {
        end();
        resolve(reply.results);
      } else {
        end();
        reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      end();
      reject(new Error(event.message || 'worker'));
    };
    worker.postMessage({ files: [...files] } satisfies WorkerRequest);
  });
}
