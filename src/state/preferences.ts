/**
 * UI preferences that outlive a visit (localStorage key `eblomladan.preferences`).
 * Domain data never goes here; it lives in IndexedDB.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isLanguage, type Language } from '../i18n/languages';

interface Preferences {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const PREFERENCES_KEY = 'eblomladan.preferences';

export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      language: 'sv',
      setLanguage: (language) => set({ language }),
    }),
    {
      name: PREFERENCES_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ language }) => ({ language }),
      // A hand-edited or foreign value falls back to Swedish rather than breaking the app.
      merge: (persisted, current) => {
        const language = (persisted as { language?: unknown } | undefined)?.language;
        return { ...current, language: isLanguage(language) ? language : current.language };
      },
    },
  ),
);
