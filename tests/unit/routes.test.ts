import { describe, expect, it } from 'vitest';
import { findRoute, ROUTES } from '../../src/app/routes';
import { NAMESPACES } from '../../src/i18n/i18n';
import { paths } from '../../src/ui/paths';

describe('the route table', () => {
  it('finds the view at an address with what it needs before it renders', () => {
    const answer = findRoute('/omgangar/r1/skola');
    expect(answer.path).toBe(paths.answer);
    expect(answer.namespaces).toEqual(['rounds', 'live']);
    expect(answer).toMatchObject({ storage: true, round: true });
    expect(answer.props({ roundId: 'r1', sectionId: 'skola' })).toEqual({
      roundId: 'r1',
      sectionId: 'skola',
    });
    // Prose needs no storage; the start page is in the entry, with its strings.
    expect(findRoute('/om')).toMatchObject({ path: paths.about, storage: false, round: false });
    expect(findRoute('/')).toMatchObject({ path: paths.start, namespaces: ['start'] });
    expect(findRoute('/').load).toBeUndefined();
  });

  it('ends with "not found" for any other address', () => {
    const other = findRoute('/finns-inte/alls');
    expect(other).toBe(ROUTES[ROUTES.length - 1]);
    expect(other.path).toBeUndefined();
    expect(other.load).toBeUndefined();
  });

  it('gives two routes to one view the same loader, so going between them keeps the view', () => {
    expect(findRoute('/jamfor').load).toBe(findRoute('/jamfor/tid/a,b').load);
    expect(findRoute('/hjalp').load).toBe(findRoute('/hjalp/live').load);
    expect(findRoute('/jamfor-med-andra').load).toBe(findRoute('/jamfor-med-andra/r1').load);
    expect(findRoute('/om').load).not.toBe(findRoute('/hjalp').load);
    // One view is made per loader, from the first route's needs: the others must need the same.
    for (const a of ROUTES)
      for (const b of ROUTES)
        if (a.load && a.load === b.load)
          expect([b.namespaces, b.storage, b.round, b.prepare]).toEqual([
            a.namespaces,
            a.storage,
            a.round,
            a.prepare,
          ]);
  });

  it('names only namespaces that exist, and every path once', () => {
    for (const route of ROUTES) for (const ns of route.namespaces) expect(NAMESPACES).toContain(ns);
    const paths = ROUTES.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
