/**
 * Whether a new version of the app is installed and waiting, and how to switch to it. Set by
 * register.ts (production builds only); read by the update banner.
 */
import { create } from 'zustand';

interface UpdateState {
  /** A new version waits for the user's word. */
  waiting: boolean;
  /** The user agreed: the new version is being switched to, the page reloads when it takes over. */
  reloading: boolean;
  /** Activates the waiting version; the page reloads once it controls the page. */
  apply: () => void;
  offer: (apply: () => void) => void;
  start: () => void;
}

export const useUpdate = create<UpdateState>()((set) => ({
  waiting: false,
  reloading: false,
  apply: () => undefined,
  offer: (apply) => set({ waiting: true, reloading: false, apply }),
  start: () => set({ reloading: true }),
}));
