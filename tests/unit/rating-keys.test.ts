import { describe, expect, it } from 'vitest';
import {
  agreedKey,
  commentKey,
  handedOutKey,
  isPersonId,
  parseCommentKey,
  parseFieldKey,
  personKey,
  ratingKey,
  respondentKey,
  returnedKey,
} from '../../src/domain/rating/keys';
import { legacyPersonId, normaliseName } from '../../src/domain/rating/legacy-person';
import { ANNA } from './rating-helpers';

describe('round document keys', () => {
  it('are built and parsed back by one grammar', () => {
    const cases = [
      [personKey(ANNA, 'name'), { type: 'person', personId: ANNA, field: 'name' }],
      [personKey(ANNA, 'role'), { type: 'person', personId: ANNA, field: 'role' }],
      [respondentKey('skola', ANNA), { type: 'respondent', sectionId: 'skola', personId: ANNA }],
      [handedOutKey('skola', ANNA), { type: 'handedOut', sectionId: 'skola', personId: ANNA }],
      [returnedKey('skola', ANNA), { type: 'returned', sectionId: 'skola', personId: ANNA }],
      [
        ratingKey('skola', 'skola.franvaro', ANNA, 'evidence'),
        {
          type: 'rating',
          sectionId: 'skola',
          indicatorId: 'skola.franvaro',
          personId: ANNA,
          field: 'evidence',
        },
      ],
      [
        agreedKey('skola', 'skola.franvaro', ANNA),
        { type: 'agreed', sectionId: 'skola', indicatorId: 'skola.franvaro', personId: ANNA },
      ],
      ['coordinator', { type: 'coordinator' }],
    ] as const;
    for (const [key, parsed] of cases) expect(parseFieldKey(key)).toEqual(parsed);
    expect(ratingKey('skola', 'skola.franvaro', ANNA, 'value')).toBe(
      `rating/skola/skola.franvaro/${ANNA}/value`,
    );
    expect(commentKey('skola', 'skola.franvaro', ANNA)).toBe(`comment/skola/skola.franvaro/${ANNA}`);
    expect(parseCommentKey(commentKey('skola', 'skola.franvaro', ANNA))).toEqual({
      sectionId: 'skola',
      indicatorId: 'skola.franvaro',
      personId: ANNA,
    });
    expect(parseFieldKey(commentKey('skola', 'skola.franvaro', ANNA))).toBeUndefined();
  });

  it('refuse to build a key from an id that could not be parsed back', () => {
    expect(() => ratingKey('skola/x', 'skola.franvaro', ANNA, 'value')).toThrow();
    expect(() => commentKey('skola', 'Skola.Franvaro', ANNA)).toThrow();
    expect(() => personKey('anna', 'name')).toThrow();
    expect(() => agreedKey('skola', 'skola.franvaro', `${ANNA}/x`)).toThrow();
  });
});

describe('legacy person ids', () => {
  it('are the same for the same name however it was spaced, cased or composed', () => {
    const id = legacyPersonId('Åsa Öberg');
    expect(id).toMatch(/^legacy-[0-9a-f]{16}$/);
    expect(isPersonId(id)).toBe(true);
    expect(legacyPersonId('  åsa   ÖBERG ')).toBe(id);
    expect(legacyPersonId('A\u030Asa\tO\u0308berg')).toBe(id);
    expect(normaliseName('  Åsa \n Öberg ')).toBe('åsa öberg');
  });

  it('differ for different names', () => {
    const names = ['Anna Svensson', 'Anna Svenson', 'Anna Svensson 2', 'anna', 'Bo', ''];
    expect(new Set(names.map(legacyPersonId)).size).toBe(names.length);
  });

  it('never change: converted rounds in other browsers carry them', () => {
    // Frozen values: a change here splits one person into two across copies.
    expect(legacyPersonId('Anna Svensson')).toBe('legacy-5659bb4418c0d9f8');
    expect(legacyPersonId('')).toBe('legacy-811c9dc59e3779b9');
    // The first half is plain FNV-1a 32: its published test vector for "a" is e40c292c.
    expect(legacyPersonId('a')).toBe('legacy-e40c292ce954cf08');
  });
});
