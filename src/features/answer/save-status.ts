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
  reset: () => void;
}

export const useSaveStatus = create<SaveStatus>()((set) => ({
  inFlight: 0,
  reset: () => set({ inFlight: 0, savedAt: undefined, failure: undefined }),
}));

/** Runs one save and records its outcome; never rejects (the failure is shown instead). */
export async function track(save: () => Promise<unknown>): Promise<boolean> {
  useSaveStatus.setState((s) => ({ inFlight: s.inFlight + 1 }));
  try {
    await save();
    useSaveStatus.setState((s) => ({ inFlight: s.inFlight - 1, savedAt: new Date(), failure: undefined }));
    return true;
  } catch (error) {
    useSaveStatus.setState((s) => ({ inFlight: s.inFlight - 1, failure: classifyStorageError(error) }));
    return false;
  }
}
