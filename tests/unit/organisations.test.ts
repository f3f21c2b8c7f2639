import { describe, expect, it } from 'vitest';
import register from '../../src/data/kommuner.json';
import { searchMunicipalities, type Municipality } from '../../src/domain/organisations';
import { loadRegister } from '../../src/exchange/municipalities';

const all: Municipality[] = register.municipalities;
const names = (found: Municipality[]) => found.map((m) => m.name);
const fold = (text: string) =>
  text
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

describe('the municipality register', () => {
  it('has all 290 municipalities, each with a unique four-digit SCB code, a county and an SKR group', () => {
    expect(all).toHaveLength(290);
    for (const m of all) expect(m.code, m.name).toMatch(/^\d{4}$/);
    expect(new Set(all.map((m) => m.code)).size).toBe(290);
    for (const m of all) {
      // The first two digits of a municipality code are its county's code.
      expect(m.county.code, m.name).toBe(m.code.slice(0, 2));
      expect(m.county.name, m.name).toMatch(/län$/);
      expect(m.group.name, m.name).not.toBe('');
    }
  });

  it('is what loadRegister hands the app', async () => {
    const loaded = await loadRegister();
    expect(loaded.municipalities).toHaveLength(290);
    expect(loaded.municipalities.find((m) => m.code === '1440')).toEqual({
      code: '1440',
      name: 'Ale',
      county: { code: '14', name: 'Västra Götalands län' },
      group: { code: 'A2', name: 'Pendlingskommun nära storstad' },
      population: expect.any(Number),
    });
  });
});

describe('searchMunicipalities', () => {
  it('finds a name written without Swedish letters or capitals: "malmo" finds Malmö', () => {
    expect(names(searchMunicipalities(all, 'malmo'))).toEqual(['Malmö']);
    expect(names(searchMunicipalities(all, '  MALMÖ '))).toEqual(['Malmö']);
  });

  it('lists names that start with the query before names that only contain it', () => {
    const got = searchMunicipalities(all, 'göt');
    expect(names(got)).toContain('Göteborg');
    expect(got.every((m) => fold(m.name).startsWith('got'))).toBe(true);
    expect(names(searchMunicipalities(all, 'göteb'))[0]).toBe('Göteborg');

    // "ale" starts Ale and is inside Salem, Malung-Sälen, Härjedalen and Älvdalen.
    const ale = names(searchMunicipalities(all, 'ale'));
    expect(ale[0]).toBe('Ale');
    expect(ale).toEqual(expect.arrayContaining(['Salem', 'Malung-Sälen', 'Härjedalen', 'Älvdalen']));
    expect(ale).toHaveLength(5);
  });

  it('searches by the start of the code when the query is digits', () => {
    const found = searchMunicipalities(all, '14');
    expect(found).toHaveLength(all.filter((m) => m.county.code === '14').length);
    expect(found.length).toBeGreaterThan(40);
    expect(found.every((m) => m.code.startsWith('14'))).toBe(true);
    expect(names(searchMunicipalities(all, '1440'))).toEqual(['Ale']);
    // Digits inside a code do not match: no code starts with 440.
    expect(searchMunicipalities(all, '440')).toEqual([]);
  });

  it('returns every municipality for an empty or blank query, and nothing for a query nothing matches', () => {
    expect(searchMunicipalities(all, '')).toHaveLength(290);
    expect(searchMunicipalities(all, '   ')).toHaveLength(290);
    expect(searchMunicipalities(all, 'xyzzy')).toEqual([]);
  });
});
