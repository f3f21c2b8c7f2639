/**
 * The part's save state for the "Sparat" line: how many saves are under way, when the last
 * one committed, and the last failure. Every write of the answer page goes through track().
 */
import { create } from 'zustand';
import { classifyStorageError, type StorageProblem } from '../../storage/errors';

interface SaveStatus {
  inFlight: number;
  savedAt?: Date;
  failure?: StorageProblem;
  /** Which save (in the order they were started) the failure is from. */
  failedSave: number;
  reset: () => void;
}

export const useSaveStatus = create<SaveStatus>()((set) => ({
  inFlight: 0,
  failedSave: 0,
  reset: () => set({ inFlight: 0, savedAt: undefined, failure: undefined, failedSave: 0 }),
}));

/** Saves started so far; numbers them in the order they were made. */
let started = 0;

/**
 * Runs one save and records its outcome; never rejects (the failure is shown instead). Saves can
 * finish out of order, so a failure is cleared only by a save started after the one that failed:
 * an earlier change committed late must not turn "Kunde inte spara" back into "Sparat".
 */
export async function track(save: () => Promise<unknown>): Promise<boolean> {
  const order = ++started;
  useSaveStatus.setState((s) => ({ inFlight: s.inFlight + 1 }));
  try {
    await save();
    useSaveStatus.setState((s) =>
      order > s.failedSave
        ? { inFlight: s.inFlight - 1, savedAt: new Date(), failure: undefined, failedSave: 0 }
        : { inFlight: s.inFlight - 1 },
    );
    return true;
  } catch (error) {
    useSaveStatus.setState((s) =>
      order >= s.failedSave
        ? { inFlight: s.inFlight - 1, failure: classifyStorageError(error), failedSave: order }
        : { inFlight: s.inFlight - 1 },
    );
    return false;
  }
}
