/**
 * How this browser's storage is doing, for the banner and the settings page. Filled by
 * app/storage-health.ts from the database's events and navigator.storage.
 */
import { create } from 'zustand';

/** A problem the user must know about; the words are in i18n (`storage.problem.*`). */
export type StorageAlert =
  'unavailable' | 'quota' | 'blocked' | 'version-change' | 'newer-database' | 'unknown';

interface StorageHealth {
  /** true: the browser promised to keep the data; false: it may clear it; 'unsupported': no API. */
  persisted?: boolean | 'unsupported';
  /** Bytes used and available, if the browser tells. */
  estimate?: { usage: number; quota: number };
  alert?: StorageAlert;
  setPersisted: (persisted: boolean | 'unsupported') => void;
  setEstimate: (estimate: { usage: number; quota: number }) => void;
  raise: (alert: StorageAlert) => void;
  clear: () => void;
}

export const useStorageHealth = create<StorageHealth>()((set) => ({
  setPersisted: (persisted) => set({ persisted }),
  setEstimate: (estimate) => set({ estimate }),
  raise: (alert) => set({ alert }),
  clear: () => set({ alert: undefined }),
}));
