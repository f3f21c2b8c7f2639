/**
 * What the members of a live round tell each other besides the round's document, once unsealed:
 * the share's state (kept by the coordinator) and each one's presence. Both are checked here like
 * any file's content, since a peer may send anything its key can seal.
 */
import * as z from 'zod/mini';
import { NAME_MAX } from '../round/model';

/** Whether the coordinator still shares the round: `closed` after "Sluta dela", `published` once published. */
export const ShareStateSchema = z.strictObject({
  state: z.enum(['open', 'closed', 'published']),
  at: z.iso.datetime({ offset: true }),
});
export type ShareState = z.infer<typeof ShareStateSchema>;

/** Who is connected and where: sent by each browser, re-sent while it stays. */
export const PresenceSchema = z.strictObject({
  personId: z.string().check(z.maxLength(80), z.regex(/^[0-9a-f-]{36}$|^legacy-[0-9a-f]{16}$/)),
  name: z.string().check(z.maxLength(NAME_MAX)),
  role: z.string().check(z.maxLength(NAME_MAX)),
  /** The part this person has open, or null elsewhere in the round. */
  sectionId: z.nullable(z.string().check(z.maxLength(120))),
  /** Counts up with every message from one browser: an older one sent again is ignored. */
  seq: z.int().check(z.nonnegative()),
  at: z.iso.datetime({ offset: true }),
});
export type Presence = z.infer<typeof PresenceSchema>;

/** How old a presence message may be before it counts as gone (or as replayed). */
export const PRESENCE_MAX_AGE_MS = 5 * 60_000;
/** How often a browser re-sends its presence, so the others can tell it is still there. */
export const PRESENCE_RENEW_MS = 15_000;

/** Parses unsealed bytes as JSON of `schema`, or undefined. */
export function readMessage<T>(schema: z.ZodMiniType<T>, bytes: Uint8Array): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a presence message is to be believed: newer than the last one from the same browser
 * (a message sent again by the relay, or by anyone who recorded it, is not) and not older than
 * PRESENCE_MAX_AGE_MS by this computer's clock.
 */
export function acceptPresence(last: Presence | undefined, next: Presence, now: number): boolean {
  if (last && next.seq <= last.seq) return false;
  return Math.abs(now - Date.parse(next.at)) <= PRESENCE_MAX_AGE_MS;
}
