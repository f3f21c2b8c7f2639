/** Sweden's municipalities, from the register in src/data/kommuner.json (SCB and SKR). */

export interface Municipality {
  /** SCB municipality code, four digits, e.g. "1440". */
  code: string;
  name: string;
  county: { code: string; name: string };
  /** SKR municipality group (kommungruppsindelning 2023). */
  group: { code: string; name: string };
  population: number;
}

const fold = (text: string) =>
  text
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * Municipalities matching a search by name (any part, ignoring case and accents, so "malmo"
 * finds Malmö) or by the start of the code; names that start with the query come first.
 */
export function searchMunicipalities(all: readonly Municipality[], query: string): Municipality[] {
  const q = fold(query.trim());
  if (q === '') return [...all];
  if (/^\d+$/.test(q)) return all.filter((m) => m.code.startsWith(q));
  const matches = all.filter((m) => fold(m.name).includes(q));
  const starts = (m: Municipality) => (fold(m.name).startsWith(q) ? 0 : 1);
  return matches.sort((a, b) => starts(a) - starts(b) || a.name.localeCompare(b.name, 'sv'));
}
