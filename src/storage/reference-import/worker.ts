/// <reference lib="webworker" />
/**
 * The reference import's reading off the main thread: parsing and checking a dataset of the whole
 * country takes about a second, during which the page must stay responsive (and Avbryt work).
 */
import { readAll } from './read';

export type WorkerRequest = { files: File[] };
export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; results: Awaited<ReturnType<typeof readAll>> }
  | { type: 'failed'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  try {
    const results = await readAll(event.data.files, (progress) =>
      scope.postMessage({ type: 'progress', ...progress } satisfies WorkerReply),
    );
    scope.postMessage({ type: 'done', results } satisfies WorkerReply);
  } catch (error) {
    scope.postMessage({ type: 'failed', message: String(error) } satisfies WorkerReply);
  }
};
