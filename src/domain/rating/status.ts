/**
 * What the round overview says about a part, summarised from its ratings: who rates it, to whom
 * it was handed out and who sent answers back, and how many indicators are agreed or still
 * differ. Stored beside the agreed answers, so the overview reads it without the document.
 */
import type { PartRatings, RoundRatings } from './model';

export interface NamedTime {
  personId: string;
  name?: string;
  at: string;
}

export interface PartStatus {
  respondents: { personId: string; name?: string; role?: string }[];
  handedOut: NamedTime[];
  returned: NamedTime[];
  /** Indicators with an agreed value. */
  agreed: number;
  /** Indicators whose ratings differ with nothing settling them. */
  differs: number;
}

function named(round: RoundRatings, times: Record<string, string>): NamedTime[] {
  return Object.entries(times)
    .map(([personId, at]) => ({
      personId,
      at,
      ...(round.persons[personId]?.name ? { name: round.persons[personId].name } : {}),
    }))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function partStatus(round: RoundRatings, part: PartRatings): PartStatus {
  const indicators = Object.values(part.indicators);
  return {
    respondents: part.respondents.map(({ id, name, role }) => ({
      personId: id,
      ...(name !== undefined ? { name } : {}),
      ...(role !== undefined ? { role } : {}),
    })),
    handedOut: named(round, part.handedOut),
    returned: named(round, part.returned),
    agreed: indicators.filter((indicator) => indicator.status === 'agreed').length,
    differs: indicators.filter((indicator) => indicator.status === 'differs').length,
  };
}
