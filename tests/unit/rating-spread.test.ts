import { describe, expect, it } from 'vitest';
import { projectRound } from '../../src/domain/rating/project';
import { spreadOf } from '../../src/domain/rating/spread';
import { validQuestionnaire } from '../fixtures/questionnaire';
import { ANNA, BO, CAJSA, bundled, docBuilder, load, small, t } from './rating-helpers';

const five = load({
  ...validQuestionnaire(),
  scale: {
    options: ['1', '2', '3', '4', '5'].map((value, i) => ({
      value: `niva-${value}`,
      label: { sv: value },
      score: i / 4,
    })),
    notApplicable: { value: 'ej-aktuellt', label: { sv: 'Ej aktuellt' } },
  },
});

describe('spread of ratings', () => {
  it('on a three-level scale: none, same, one level apart, more', () => {
    const spread = (...values: string[]) => spreadOf(small.scale, values);
    expect(spread()).toBe('none');
    expect(spread('delvis')).toBe('none');
    expect(spread('delvis', 'delvis', 'delvis')).toBe('same');
    expect(spread('inte-alls', 'delvis')).toBe('one-level');
    expect(spread('helt', 'delvis', 'helt')).toBe('one-level');
    expect(spread('inte-alls', 'helt')).toBe('more');
    expect(spread('inte-alls', 'delvis', 'helt')).toBe('more');
  });

  it('on a five-level scale, by distance in the scale order', () => {
    const spread = (...levels: number[]) =>
      spreadOf(
        five.scale,
        levels.map((level) => `niva-${level}`),
      );
    expect(spread(4, 4)).toBe('same');
    expect(spread(4, 5)).toBe('one-level');
    expect(spread(2, 1, 2)).toBe('one-level');
    expect(spread(2, 4)).toBe('more');
    expect(spread(1, 5)).toBe('more');
    expect(spread(2, 3, 4)).toBe('more');
  });

  it('counts "ej aktuellt" beside a scale option as more, and alone as the same', () => {
    expect(spreadOf(small.scale, ['ej-aktuellt', 'ej-aktuellt'])).toBe('same');
    expect(spreadOf(small.scale, ['ej-aktuellt', 'delvis'])).toBe('more');
    expect(spreadOf(five.scale, ['niva-3', 'ej-aktuellt', 'niva-3'])).toBe('more');
  });

  it('is given per indicator by the projection, on a bundled questionnaire, among rated values only', () => {
    const q = bundled('eblomladan-2016.json');
    const section = q.sections[0]!;
    const [a, b, c, d] = section.indicators.map((i) => i.id);
    const doc = docBuilder()
      .person(ANNA, 'Anna')
      .person(BO, 'Bo')
      .person(CAJSA, 'Cajsa')
      .rate(section.id, a!, ANNA, { value: 'helt', at: t(1) })
      .rate(section.id, a!, BO, { value: 'delvis', at: t(1) })
      .rate(section.id, a!, CAJSA, { comment: 'Vet inte.', at: t(1) })
      .rate(section.id, b!, ANNA, { value: 'inte-alls', at: t(1) })
      .rate(section.id, b!, BO, { value: 'helt', at: t(1) })
      .rate(section.id, c!, ANNA, { value: 'ej-aktuellt', at: t(1) })
      .rate(section.id, c!, BO, { value: 'inte-alls', at: t(1) })
      .rate(section.id, d!, ANNA, { value: 'delvis', at: t(1) });
    const part = projectRound(q, doc.data).parts[section.id]!;
    expect([a, b, c, d].map((id) => part.indicators[id!]!.spread)).toEqual([
      'one-level',
      'more',
      'more',
      'none',
    ]);
    expect(part.indicators[section.indicators[4]!.id]!.spread).toBe('none');
  });

  it('does not follow a later choice: the spread stays visible after agreeing', () => {
    const doc = docBuilder()
      .person(ANNA, 'Anna')
      .person(BO, 'Bo')
      .rate('skola', 'skola.franvaro', ANNA, { value: 'inte-alls', at: t(1) })
      .rate('skola', 'skola.franvaro', BO, { value: 'helt', at: t(1) })
      .choose('skola', 'skola.franvaro', ANNA, { value: 'delvis', at: t(2) });
    expect(projectRound(small, doc.data).parts.skola!.indicators['skola.franvaro']).toMatchObject({
      spread: 'more',
      status: 'agreed',
    });
  });
});
