/**
 * Who rates a part in this tab right now ("Vem svarar?"): on a shared computer several
 * respondents take turns. Session state of the view, not data: by default this browser's user.
 */
import { create } from 'zustand';

interface RaterChoice {
  byPart: Record<string, string>;
  choose: (roundId: string, sectionId: string, personId: string) => void;
}

export const useRaterChoice = create<RaterChoice>()((set) => ({
  byPart: {},
  choose: (roundId, sectionId, personId) =>
    set((state) => ({ byPart: { ...state.byPart, [`${roundId}/${sectionId}`]: personId } })),
}));
