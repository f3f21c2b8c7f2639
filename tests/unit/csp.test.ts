import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, parseRelayOrigins } from '../../scripts/csp';

/** The policy's directives by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    expect(map.has(name!), `${name} appears once`).toBe(false);
    map.set(name!, sources);
  }
  return map;
}

describe('Content-Security-Policy of the build', () => {
  it('allows no origin but its own to connect when no relay origin is given', () => {
    for (const value of [undefined, '', '   ']) {
      const policy = contentSecurityPolicy(value);
      expect(directives(policy).get('connect-src')).toEqual(["'self'"]);
      // No scheme or host of another origin anywhere in the policy.
      expect(policy).not.toMatch(/:\/\/|\bwss?:|\bhttps?:/);
    }
  });

  it('keeps every other directive as strict as before', () => {
    const policy = directives(contentSecurityPolicy(undefined));
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'manifest-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'none'"],
    });
  });

  it('adds the given relay origins to connect-src and nowhere else', () => {
    const policy = contentSecurityPolicy('wss://relay.kommun.se ws://127.0.0.1:1234');
    const parsed = directives(policy);
    expect(parsed.get('connect-src')).toEqual(["'self'", 'wss://relay.kommun.se', 'ws://127.0.0.1:1234']);
    for (const [name, sources] of parsed) {
      if (name === 'connect-src') continue;
      expect(sources.join(' '), name).not.toMatch(/relay\.kommun\.se|127\.0\.0\.1/);
    }
    expect(policy.match(/relay\.kommun\.se/g)).toHaveLength(1);
    expect(policy.match(/127\.0\.0\.1/g)).toHaveLength(1);
  });

  it('reads any whitespace between origins and names each once', () => {
    expect(parseRelayOrigins('\n wss://a.kommun.se\twss://b.kommun.se:8443  wss://a.kommun.se ')).toEqual([
      'wss://a.kommun.se',
      'wss://b.kommun.se:8443',
    ]);
    expect(parseRelayOrigins('ws://[::1]:1234')).toEqual(['ws://[::1]:1234']);
  });

  it.each([
    ['a path', 'wss://relay.kommun.se/relay'],
    ['a trailing slash', 'wss://relay.kommun.se/'],
    ['an http origin', 'http://relay.kommun.se'],
    ['an https origin', 'https://relay.kommun.se'],
    ['garbage', 'relay.kommun.se'],
    ['words', 'hello world'],
    ['a query', 'wss://relay.kommun.se?room=1'],
    ['a user name', 'wss://user@relay.kommun.se'],
    ['upper case', 'wss://Relay.Kommun.se'],
    ['a default port spelled out', 'wss://relay.kommun.se:443'],
    ['another directive smuggled in', 'wss://relay.kommun.se;script-src'],
    ['a quoted source', "'unsafe-eval'"],
    ['a wildcard', 'wss://*.kommun.se'],
    ['a scheme alone', 'wss:'],
  ])('refuses %s at build time, naming the variable and the value', (_what, value) => {
    // Next to a good origin too: one bad entry stops the build.
    for (const input of [value, `wss://ok.kommun.se ${value}`]) {
      expect(() => contentSecurityPolicy(input)).toThrow(/VITE_RELAY_ORIGINS: ".+" is not a relay origin/);
    }
  });

  it('suggests the origin when only its spelling is wrong', () => {
    expect(() => parseRelayOrigins('wss://relay.kommun.se/relay')).toThrow(
      /Did you mean wss:\/\/relay\.kommun\.se\?/,
    );
    expect(() => parseRelayOrigins('wss://Relay.Kommun.se')).toThrow(
      /Did you mean wss:\/\/relay\.kommun\.se\?/,
    );
  });
});
