/**
 * What the round overview says about a part, summarised from its ratings: who rates it, to whom
 * it was handed out and who sent answers back, and how many indicators are agreed or still
 * differ. Stored beside the agreed answers, so the overview reads it without the document.
 */
import type { PartResponse } from '../round/model';
import { legacyPersonId } from './legacy-person';
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
  /**
   * Their ids, in the part's order, so the report can list them without the document. Absent
   * from a status stored before it existed (until the round's next change rewrites it).
   */
  differing?: string[];
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
  const differing = indicators.filter((indicator) => indicator.status === 'differs');
  return {
    respondents: part.respondents.map(({ id, name, role }) => ({
      personId: id,
      ...(name !== undefined ? { name } : {}),
      ...(role !== undefined ? { role } : {}),
    })),
    handedOut: named(round, part.handedOut),
    returned: named(round, part.returned),
    agreed: indicators.filter((indicator) => indicator.status === 'agreed').length,
    differs: differing.length,
    differing: differing.map((indicator) => indicator.indicatorId),
  };
}

/**
 * The status of a part of a round whose document was never made (started, or last changed,
 * before answers moved into round documents): its one respondent as `responses` names them,
 * nothing handed out, and every answer agreed, as one respondent's answers are.
 */
export function statusFromResponse(response: PartResponse | undefined): PartStatus {
  const name = response?.respondent?.name.trim();
  const role = response?.respondent?.role.trim();
  const answered = Object.values(response?.answers ?? {}).filter((answer) => answer.value !== undefined);
  return {
    respondents: name ? [{ personId: legacyPersonId(name), name, ...(role ? { role } : {}) }] : [],
    handedOut: [],
    returned: [],
    agreed: answered.length,
    differs: 0,
    differing: [],
  };
}

/** Per part, the indicators whose ratings differ with nothing agreed: what the picture marks. */
export function differingByPart(
  status: Readonly<Record<string, PartStatus>> | null | undefined,
): Record<string, readonly string[]> {
  return Object.fromEntries(
    Object.entries(status ?? {}).flatMap(([sectionId, part]) =>
      part.differing?.length ? [[sectionId, part.differing]] : [],
    ),
  );
}
