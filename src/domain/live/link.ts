/**
 * The invitation to a live round: which relay carries it, the room there (random, 128 bits) and
 * the key its messages are sealed with (AES-256). All three travel in the address's fragment
 * (`#/delta/<token>`), which a browser never sends to the web server, so the static host never
 * sees the room or the key; the relay sees the room, never the key.
 *
 * Token, version 1: `1.<room>.<key>.<relay>`, each part base64url without padding.
 */
import { fromBase64Url, toBase64Url } from './base64url';

export const ROOM_BYTES = 16;
export const KEY_BYTES = 32;
export const INVITATION_VERSION = '1';
/** An address longer than this is no relay address a person typed. */
export const RELAY_ADDRESS_MAX = 500;

export interface Invitation {
  /** The relay's address, e.g. `wss://eblomladan.kommun.se/relay`. */
  relay: string;
  room: Uint8Array;
  key: Uint8Array;
}

export type InvitationProblem = 'damaged' | 'newer-version' | 'relay';

export function invitationToken({ relay, room, key }: Invitation): string {
  const address = toBase64Url(new TextEncoder().encode(relay));
  return [INVITATION_VERSION, toBase64Url(room), toBase64Url(key), address].join('.');
}

export function readInvitationToken(
  token: string,
): { ok: true; invitation: Invitation } | { ok: false; problem: InvitationProblem } {
  const fields = token.split('.');
  if (fields[0] !== INVITATION_VERSION)
    return {
      ok: false,
      problem: Number(fields[0]) > Number(INVITATION_VERSION) ? 'newer-version' : 'damaged',
    };
  if (fields.length !== 4) return { ok: false, problem: 'damaged' };
  const room = fromBase64Url(fields[1]!);
  const key = fromBase64Url(fields[2]!);
  const address = fromBase64Url(fields[3]!);
  if (room?.length !== ROOM_BYTES || key?.length !== KEY_BYTES || !address)
    return { ok: false, problem: 'damaged' };
  let relay: string;
  try {
    relay = new TextDecoder('utf-8', { fatal: true }).decode(address);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const checked = checkRelayAddress(relay, 'https:');
  if (!checked.ok && checked.problem !== 'insecure') return { ok: false, problem: 'relay' };
  return { ok: true, invitation: { relay, room, key } };
}

/** The room's name on the relay: its 16 bytes in hex. */
export const roomName = (room: Uint8Array) =>
  Array.from(room, (byte) => byte.toString(16).padStart(2, '0')).join('');

export type RelayAddressProblem = 'empty' | 'too-long' | 'not-address' | 'scheme' | 'insecure' | 'extra';

/**
 * Whether `text` is a relay address this page may use: `wss://`, or `ws://` only where the page
 * itself is plain http (an intranet, or trying it on this computer), since a browser refuses an
 * unencrypted connection from an https page. No query or fragment: the room is added as a path.
 */
export function checkRelayAddress(
  text: string,
  pageProtocol: string,
): { ok: true; address: string } | { ok: false; problem: RelayAddressProblem } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, problem: 'empty' };
  if (trimmed.length > RELAY_ADDRESS_MAX) return { ok: false, problem: 'too-long' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'not-address' };
  }
  if (url.protocol !== 'wss:' && url.protocol !== 'ws:') return { ok: false, problem: 'scheme' };
  if (url.protocol === 'ws:' && pageProtocol !== 'http:') return { ok: false, problem: 'insecure' };
  // An empty `?` or `#` leaves search and hash empty but stays in href, where the room would follow it.
  if (/[?#]/.test(url.href) || url.username || url.password) return { ok: false, problem: 'extra' };
  return { ok: true, address: url.href.replace(/\/$/, '') };
}

/**
 * Whether the page's Content-Security-Policy lets it connect to the relay: the page's own host
 * and port (behind the same proxy as the app; CSP's 'self' covers ws: and wss: there), or an
 * origin the build was given (VITE_RELAY_ORIGINS, see scripts/csp.ts).
 */
export function relayAllowed(
  address: string,
  page: { host: string },
  buildOrigins: readonly string[],
): boolean {
  const url = new URL(address);
  if (url.host === page.host) return true;
  return buildOrigins.includes(`${url.protocol}//${url.host}`);
}
