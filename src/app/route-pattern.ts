/**
 * Route patterns such as `/omgangar/:roundId/:sectionId` as regular expressions: the router's
 * parser (App.tsx gives it to wouter), also used by main.tsx to find a cold load's view before
 * React renders, so the two can never disagree. The rules of wouter's default (regexparam):
 * static segments, `:name` and optional `:name?` parameters, `*` for the rest, any letter case,
 * an optional trailing slash (`loose`: the pattern may be followed by more segments).
 */
export function parseRoute(route: string, loose = false): { pattern: RegExp; keys: string[] } {
  const keys: string[] = [];
  let pattern = '';
  const segments = route.split('/');
  if (segments[0] === '') segments.shift();
  for (const segment of segments) {
    if (segment === '') break;
    if (segment.startsWith('*')) {
      keys.push('*');
      pattern += segment[1] === '?' ? '(?:/(.*))?' : '/(.*)';
    } else if (segment.startsWith(':')) {
      const optional = segment.endsWith('?');
      keys.push(segment.slice(1, optional ? -1 : undefined));
      pattern += optional ? '(?:/([^/]+?))?' : '/([^/]+?)';
    } else {
      pattern += `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
    }
  }
  return { keys, pattern: new RegExp(`^${pattern}${loose ? '(?=$|/)' : '/?$'}`, 'i') };
}

/** The router's location for a page address's hash (`#/omgangar/x` → `/omgangar/x`), as wouter's hash location reads it. */
export const hashLocation = (hash: string): string => `/${hash.replace(/^#?\/?/, '')}`;
