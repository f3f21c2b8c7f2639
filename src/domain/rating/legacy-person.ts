/**
 * A person id for someone named in data written before several respondents existed. Two
 * browsers converting the same old round must arrive at the same id without talking to each
 * other, so the id is derived from the name alone, never random.
 *
 * Do not change the normalisation, seeds or hash without a migration: converted documents in
 * IndexedDB and in files carry ids made this way.
 */

/** Trim, collapse white space, lower-case; NFC so "Å" typed either way is the same name. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits, over bytes, from a given offset basis. */
function fnv1a(bytes: Uint8Array, seed: number): number {
  let hash = seed;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, FNV_PRIME);
  return hash >>> 0;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/** `legacy-<16 hex>`: FNV-1a of the normalised name's UTF-8 bytes, with two seeds. */
export function legacyPersonId(name: string): string {
  const bytes = new TextEncoder().encode(normaliseName(name));
  // The standard FNV offset basis, and a second one so the two halves are independent.
  return `legacy-${hex8(fnv1a(bytes, 0x811c9dc5))}${hex8(fnv1a(bytes, 0x9e3779b9))}`;
}
