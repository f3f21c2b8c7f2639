import { describe, expect, it } from 'vitest';
import { roundProgress } from '../../src/domain/round/progress';
import { answersBySection, projectRound } from '../../src/domain/rating/project';
import { scoreRound } from '../../src/domain/score/scoring';
import { ANNA, BO, CAJSA, bundled, docBuilder, small, t } from './rating-helpers';

const S = 'skola';
const I = 'skola.franvaro';
const named = () =>
  docBuilder().person(ANNA, 'Anna Andersson', 'Rektor').person(BO, 'Bo Berg').person(CAJSA, 'Cajsa');

describe('agreed answers in the shape scoring, the plan and the report read', () => {
  it("gives a single rater's answer as it was before several respondents existed", () => {
    const doc = named().rate(S, I, ANNA, {
      value: 'delvis',
      comment: 'Gäller grundskolan.',
      evidence: ' https://example.se/franvaro ',
      at: t(4),
    });
    expect(projectRound(small, doc.data).parts[S]!.answers).toEqual({
      [I]: {
        value: 'delvis',
        comment: 'Gäller grundskolan.',
        evidence: 'https://example.se/franvaro',
        answeredBy: 'Anna Andersson',
        updatedAt: t(4),
      },
    });
  });

  it("gives several raters' comments under their names, every name, and the latest time", () => {
    const doc = named()
      .respondent(S, BO, t(0))
      .respondent(S, ANNA, t(1))
      .rate(S, I, ANNA, {
        value: 'helt',
        comment: 'Alla skolor.',
        evidence: 'https://example.se/a',
        at: t(5),
      })
      .rate(S, I, BO, {
        value: 'helt',
        comment: 'Förskolan också.',
        evidence: 'https://example.se/b',
        at: t(3),
      })
      .rate(S, I, CAJSA, { value: 'helt', at: t(2) });
    expect(projectRound(small, doc.data).parts[S]!.answers[I]).toEqual({
      value: 'helt',
      comment: 'Bo Berg: Förskolan också.\n\nAnna Andersson: Alla skolor.',
      evidence: 'https://example.se/b',
      answeredBy: 'Bo Berg, Anna Andersson, Cajsa',
      updatedAt: t(5),
    });
  });

  it('leaves the value out while ratings differ, keeping the comments', () => {
    const doc = named()
      .rate(S, I, ANNA, { value: 'helt', comment: 'Ja.', at: t(1) })
      .rate(S, I, BO, { value: 'inte-alls', at: t(2) });
    expect(projectRound(small, doc.data).parts[S]!.answers[I]).toEqual({
      comment: 'Anna Andersson: Ja.',
      answeredBy: 'Anna Andersson, Bo Berg',
      updatedAt: t(2),
    });
  });

  it('takes a chosen value, and names the chooser when nobody has rated', () => {
    const chosen = named()
      .rate(S, I, ANNA, { value: 'helt', at: t(1) })
      .rate(S, I, BO, { value: 'inte-alls', at: t(2) })
      .choose(S, I, CAJSA, { value: 'delvis', at: t(7) });
    expect(projectRound(small, chosen.data).parts[S]!.answers[I]).toEqual({
      value: 'delvis',
      answeredBy: 'Anna Andersson, Bo Berg',
      updatedAt: t(7),
    });
    const alone = named().choose(S, I, CAJSA, { value: 'ej-aktuellt', at: t(3) });
    expect(projectRound(small, alone.data).parts[S]!.answers[I]).toEqual({
      value: 'ej-aktuellt',
      answeredBy: 'Cajsa',
      updatedAt: t(3),
    });
  });

  it('has no entry for an indicator with nothing to show', () => {
    const doc = named()
      .respondent(S, ANNA, t(0))
      .rate(S, I, ANNA, { value: null, evidence: '', at: t(1) })
      .choose(S, 'skola.antagning', CAJSA, { value: null, at: t(2) });
    expect(projectRound(small, doc.data).parts[S]!.answers).toEqual({});
  });

  it('scores and counts progress on agreed answers through the functions already in use', () => {
    const q = bundled('eblomladan-2014.json');
    const [first, second] = q.sections;
    const doc = named();
    for (const indicator of first!.indicators)
      doc.rate(first!.id, indicator.id, ANNA, { value: 'helt', at: t(1) });
    for (const indicator of second!.indicators) {
      doc.rate(second!.id, indicator.id, ANNA, { value: 'helt', at: t(1) });
      doc.rate(second!.id, indicator.id, BO, { value: 'inte-alls', at: t(1) });
    }
    // Settle one of the second part's indicators at "delvis"; the rest still differ.
    doc.choose(second!.id, second!.indicators[0]!.id, CAJSA, { value: 'delvis', at: t(2) });
    const answers = answersBySection(projectRound(q, doc.data));
    const scores = scoreRound(q, answers);
    expect(scores[0]).toMatchObject({ score: 1, coverage: 1 });
    expect(scores[1]).toMatchObject({ score: 0.5, scored: 1, unanswered: second!.indicators.length - 1 });
    expect(roundProgress(q, answers)).toEqual({
      answered: first!.indicators.length + 1,
      total: q.sections.reduce((sum, s) => sum + s.indicators.length, 0),
    });
  });
});
