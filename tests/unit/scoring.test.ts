import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { gapOf, highlights } from '../../src/domain/score/highlights';
import { scoreIndicator, scorePart, scoreRound } from '../../src/domain/score/scoring';
import { validQuestionnaire } from '../fixtures/questionnaire';

const q = (() => {
  const result = loadQuestionnaire(JSON.stringify(validQuestionnaire()));
  if (!result.ok) throw new Error('fixture invalid');
  return result.value as Questionnaire;
})();
const school = q.sections[0]!;
const at = '2026-01-01T00:00:00.000Z';
const a = (value?: string) => ({ value, updatedAt: at });

describe('scoring', () => {
  it("scores an indicator by its option's score and level", () => {
    expect(scoreIndicator(q.scale, 'x', a('delvis'))).toEqual({
      indicatorId: 'x',
      state: 'scored',
      value: 'delvis',
      score: 0.5,
      level: 2,
      levels: 3,
    });
    expect(scoreIndicator(q.scale, 'x', a('ej-aktuellt')).state).toBe('not-applicable');
    expect(scoreIndicator(q.scale, 'x', undefined).state).toBe('unanswered');
    expect(scoreIndicator(q.scale, 'x', a()).state).toBe('unanswered');
    expect(scoreIndicator(q.scale, 'x', a('okand')).state).toBe('unanswered');
  });

  it('takes the mean over answered applicable indicators, with coverage beside it', () => {
    const part = scorePart(school, q.scale, { 'skola.franvaro': a('helt'), 'skola.antagning': a('delvis') });
    expect(part.score).toBe(0.75);
    expect(part).toMatchObject({ scored: 2, notApplicable: 0, unanswered: 0, total: 2, coverage: 1 });
  });

  it('leaves "ej aktuellt" out of both the score and the coverage basis', () => {
    const part = scorePart(school, q.scale, {
      'skola.franvaro': a('delvis'),
      'skola.antagning': a('ej-aktuellt'),
    });
    expect(part.score).toBe(0.5);
    expect(part).toMatchObject({ scored: 1, notApplicable: 1, coverage: 1 });
  });

  it('has no score, not a score of 0, when nothing applicable is answered', () => {
    expect(scorePart(school, q.scale, {}).score).toBeNull();
    expect(scorePart(school, q.scale, {}).coverage).toBe(0);
    const allNa = scorePart(school, q.scale, {
      'skola.franvaro': a('ej-aktuellt'),
      'skola.antagning': a('ej-aktuellt'),
    });
    expect(allNa.score).toBeNull();
    expect(scorePart(school, q.scale, { 'skola.franvaro': a('inte-alls') }).score).toBe(0);
  });

  it('counts half coverage when half the applicable indicators are answered', () => {
    const part = scorePart(school, q.scale, { 'skola.franvaro': a('helt') });
    expect(part).toMatchObject({ score: 1, scored: 1, unanswered: 1, coverage: 0.5 });
  });

  it('scores every part of a round in the questionnaire order, ignoring unknown answers', () => {
    const parts = scoreRound(q, { skola: { 'skola.franvaro': a('helt'), 'annat.id': a('inte-alls') } });
    expect(parts.map((p) => p.sectionId)).toEqual(['skola', 'omsorg', 'ledning', 'teknik']);
    expect(parts[0]!.score).toBe(1);
    expect(parts[1]!.score).toBeNull();
  });

  it('names strongest and weakest only among parts with a sufficient basis, ties included', () => {
    const parts = scoreRound(q, {
      skola: { 'skola.franvaro': a('helt'), 'skola.antagning': a('helt') },
      omsorg: { 'omsorg.larm': a('inte-alls') },
      ledning: { 'ledning.strategi': a('inte-alls') },
    });
    const { strongest, gaps, none } = highlights(parts);
    expect(strongest.map((p) => p.sectionId)).toEqual(['skola']);
    expect(gaps.map((p) => p.sectionId)).toEqual(['omsorg', 'ledning']);
    expect(none).toBeUndefined();
    // One thin part (1 of 2 answered is exactly the threshold; 0 of 1 is below).
    expect(highlights(scoreRound(q, { skola: { 'skola.franvaro': a('helt') } }))).toEqual({
      strongest: [],
      gaps: [],
      none: 'too-few',
    });
    expect(
      highlights(
        scoreRound(q, {
          skola: { 'skola.franvaro': a('delvis') },
          omsorg: { 'omsorg.larm': a('delvis') },
        }),
      ),
    ).toEqual({ strongest: [], gaps: [], none: 'all-equal' });
  });

  it('never calls a part a gap while a part with a sufficient basis scores lower', () => {
    const parts = scoreRound(q, {
      skola: { 'skola.franvaro': a('helt'), 'skola.antagning': a('delvis') },
      omsorg: { 'omsorg.larm': a('delvis') },
      ledning: { 'ledning.strategi': a('helt') },
      teknik: { 'teknik.eid': a('inte-alls') },
    });
    const { strongest, gaps } = highlights(parts);
    const scores = parts.flatMap((p) => (p.score === null ? [] : [p.score]));
    expect(strongest.map((p) => p.sectionId)).toEqual(['ledning']);
    expect(gaps.map((p) => [p.sectionId, p.score])).toEqual([['teknik', Math.min(...scores)]]);
    // What the gap is made of, as the report writes it.
    expect(gapOf(parts[0]!)).toEqual({ scored: 2, short: 1, notAtAll: 0 });
    expect(gapOf(parts[3]!)).toEqual({ scored: 1, short: 1, notAtAll: 1 });
  });
});
