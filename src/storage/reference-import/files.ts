/**
 * Reads the chosen files for a reference import: in a Web Worker when the browser has one, so
 * the page stays responsive; Avbryt stops it (the worker is ended) and nothing is kept.
 */
import type { ReferenceFile } from '../../domain/exchange/reference-read';
import { readAll, type Progress } from './read';
import type { WorkerReply, WorkerRequest } from './worker';

export type { Progress };

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
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
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
