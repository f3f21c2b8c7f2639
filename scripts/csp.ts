/**
 * The built page's Content-Security-Policy (vite.config.ts puts it in a meta tag). No inline
 * script, nothing from other origins; the only foreign origins it may ever name are relays for
 * live rounds given at build time in VITE_RELAY_ORIGINS, and only in `connect-src`. A relay behind
 * the same proxy as the app (`wss://<host>/relay`) needs none: CSP's 'self' covers ws: and wss:
 * on the page's own host. The app checks an address against the same list before it connects
 * (src/storage/live/allowed.ts), comparing `<scheme>//<host>` exactly, so an origin is accepted
 * here only in that form.
 */

export const RELAY_ORIGINS_VARIABLE = 'VITE_RELAY_ORIGINS';

/** A ws:/wss: origin: lower-case host name or IPv4 address, or IPv6 in brackets, and a port. */
const ORIGIN_SHAPE = /^wss?:\/\/(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/**
 * The relay origins of a VITE_RELAY_ORIGINS value (space-separated), each once. Throws on
 * anything that is not a ws:// or wss:// origin written as the browser writes it: a path (even
 * `/`), a query, a user name, another scheme, a default port spelled out, upper case, or text
 * that would put anything else into the policy.
 */
export function parseRelayOrigins(value: string | undefined): string[] {
  const origins: string[] = [];
  for (const entry of (value ?? '').split(/\s+/).filter(Boolean)) {
    let canonical: string | undefined;
    try {
      const url = new URL(entry);
      if (url.protocol === 'ws:' || url.protocol === 'wss:') canonical = `${url.protocol}//${url.host}`;
    } catch {
      canonical = undefined;
    }
    if (canonical !== entry || !ORIGIN_SHAPE.test(entry)) {
      const hint =
        canonical && canonical !== entry && ORIGIN_SHAPE.test(canonical)
          ? ` Did you mean ${canonical}? (The relay's path, such as /relay, belongs in the address users type, not here.)`
          : '';
      throw new Error(
        `${RELAY_ORIGINS_VARIABLE}: "${entry}" is not a relay origin. Give ws:// or wss:// origins ` +
          `without a path, separated by spaces, for example ` +
          `${RELAY_ORIGINS_VARIABLE}="wss://relay.kommun.se".${hint}`,
      );
    }
    if (!origins.includes(entry)) origins.push(entry);
  }
  return origins;
}

/** The policy for a build, given the value of VITE_RELAY_ORIGINS (throws as parseRelayOrigins). */
export function contentSecurityPolicy(relayOrigins?: string): string {
  const connect = ["'self'", ...parseRelayOrigins(relayOrigins)].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
