import { describe, expect, it } from 'vitest';
import { matchRoute } from 'wouter';
import { hashLocation, parseRoute } from '../../src/app/route-pattern';
import { paths } from '../../src/ui/paths';

/** As wouter's Switch matches a route (one without a path matches as `*`). */
const match = (route: string | undefined, location: string) => matchRoute(parseRoute, route ?? '*', location);

describe('route patterns', () => {
  it('match an address with its parameters, in any letter case, with or without a trailing slash', () => {
    expect(match(paths.answer, '/omgangar/r1/skola')).toEqual([
      true,
      { 0: 'r1', 1: 'skola', roundId: 'r1', sectionId: 'skola' },
    ]);
    expect(match(paths.rounds, '/Omgangar/')[0]).toBe(true);
    expect(match(paths.start, '/')[0]).toBe(true);
    expect(match(paths.start, '/om')[0]).toBe(false);
    expect(match(paths.round, '/omgangar/r1/skola')[0]).toBe(false);
  });

  it('match every address when no path is given, as the last route', () => {
    expect(match(undefined, '/finns-inte/alls')[0]).toBe(true);
  });

  it('take static segments literally', () => {
    expect(parseRoute('/a.b').pattern.test('/axb')).toBe(false);
    expect(parseRoute('/a.b').pattern.test('/a.b')).toBe(true);
  });

  it('allow more segments only when loose, and optional parameters', () => {
    expect(parseRoute('/hjalp', true).pattern.test('/hjalp/start')).toBe(true);
    expect(parseRoute('/hjalp').pattern.test('/hjalp/start')).toBe(false);
    expect(parseRoute('/hjalp/:section?').pattern.test('/hjalp')).toBe(true);
  });

  it('read the location from the hash as wouter does', () => {
    expect(hashLocation('')).toBe('/');
    expect(hashLocation('#/omgangar/r1')).toBe('/omgangar/r1');
    expect(hashLocation('#omgangar')).toBe('/omgangar');
  });
});
