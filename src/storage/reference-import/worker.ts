/// <reference lib="webworker" />
/**
 * The reference import's reading off the main thread: parsing and checking a dataset of the whole
 * country takes about a second, during which the page must stay responsive (and Avbryt work).
 * Started when Öppna fil opens (files.ts, prepareReferenceReader), so that its start-up is over
 * before files are chosen; it reads one selection.
 */
import { readAll } from './read';

export type WorkerRequest = { files: File[] };
export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; results: Awaited<ReturnType<typeof readAll>> }
  | { type: 'failed'; message: string };

/** Progress is told at most this often: each message costs the page a render. */
const PROGRESS_MS = 50;

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  let told = -Infinity;
  try {
    const results = await readAll(event.data.files, (progress) => {
      const now = performance.now();
      if (now - told < PROGRESS_MS && progress.done < progress.total) return;
      told = now;
      scope.postMessage({ type: 'progress', ...progress } satisfies WorkerReply);
    });
    // Every file's result names its snapshot by the same object: one message clones it once.
    scope.postMessage({ type: 'done', results } satisfies WorkerReply);
  } catch (error) {
    scope.postMessage({ type: 'failed', message: String(error) } satisfies WorkerReply);
  }
};
