/**
 * Random ids (UUID version 4) for rounds and actions. `crypto.randomUUID` exists only in secure
 * contexts (HTTPS or localhost), but eBlomlådan also runs over plain http on an intranet, where
 * `crypto.getRandomValues` is still there: build the UUID from 16 random bytes ourselves.
 */

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** The 16 bytes as a UUID string with the version (4) and variant (RFC 4122) bits set. */
export function uuidV4FromBytes(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new RangeError(`A UUID needs 16 bytes, got ${bytes.length}`);
  const b = Uint8Array.from(bytes);
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4: random
  b[8] = (b[8]! & 0x3f) | 0x80; // variant 10xx: RFC 4122
  const h = Array.from(b, (byte) => HEX[byte]!);
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h
    .slice(8, 10)
    .join('')}-${h.slice(10).join('')}`;
}

/** A new random id, e.g. `3b241101-e2bb-4255-8caf-4136c566a962`; works in any browsing context. */
export function newId(): string {
  return uuidV4FromBytes(crypto.getRandomValues(new Uint8Array(16)));
}
