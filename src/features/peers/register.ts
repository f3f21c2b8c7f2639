import type { PeerRegisterEntry } from '../../domain/peers/distribution';
import type { Register } from '../../exchange/municipalities';

/** The register as the comparison and the dataset filter read it: county and SKR group by code. */
export function registerEntries(register: Register): Map<string, PeerRegisterEntry> {
  return new Map(
    register.municipalities.map((m) => [m.code, { county: m.county.code, group: m.group.code }]),
  );
}

/** The register's counties or SKR groups, each once, by code; only those of `codes` when given. */
export function distinct(register: Register, field: 'county' | 'group', codes?: ReadonlySet<string>) {
  const seen = new Map(
    register.municipalities
      .filter((m) => codes === undefined || codes.has(m.code))
      .map((m) => [m[field].code, m[field]]),
  );
  return [...seen.values()].sort((a, b) => a.code.localeCompare(b.code));
}
