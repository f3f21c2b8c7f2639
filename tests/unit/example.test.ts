import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExample, EXAMPLE_LABEL } from '../../src/domain/example/example';
import { EXAMPLE_MUNICIPALITIES, EXAMPLE_MUNICIPALITY } from '../../src/domain/example/municipalities';
import { buildBackup } from '../../src/domain/exchange/build';
import { readExchangeText } from '../../src/domain/exchange/read';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { scoreIndicator } from '../../src/domain/score/scoring';
import kommuner from '../../src/data/kommuner.json';

function bundled(version: '2014' | '2016'): Questionnaire {
  const text = readFileSync(
    join(import.meta.dirname, `../../questionnaires/eblomladan-${version}.json`),
    'utf8',
  );
  const result = loadQuestionnaire(text);
  if (!result.ok) throw new Error(`eblomladan-${version}.json is invalid`);
  return result.value;
}

const q2014 = bundled('2014');
const q2016 = bundled('2016');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the example ("Visa exempel")', () => {
  const example = buildExample(q2014, q2016);

  it('is the same every time (deterministic)', () => {
    expect(buildExample(q2014, q2016)).toEqual(example);
  });

  it('has three yearly rounds of the invented municipality, the first on the older version, all marked', () => {
    expect(example.organisationCode).toBe(EXAMPLE_MUNICIPALITY.code);
    expect(example.rounds.map((r) => [r.year, r.questionnaireKey, r.status, r.label])).toEqual([
      [2023, questionnaireKey(q2014), 'published', EXAMPLE_LABEL],
      [2024, questionnaireKey(q2016), 'published', EXAMPLE_LABEL],
      [2025, questionnaireKey(q2016), 'draft', EXAMPLE_LABEL],
    ]);
    for (const round of example.rounds) expect(round.id).toMatch(UUID);
    expect(new Set(example.rounds.map((r) => r.id)).size).toBe(3);
  });

  it('answers every part with values on the scale, with names and some comments', () => {
    for (const round of example.rounds) {
      const questionnaire = round.questionnaireKey === questionnaireKey(q2014) ? q2014 : q2016;
      const parts = example.responses.filter((r) => r.roundId === round.id);
      expect(parts.map((p) => p.sectionId)).toEqual(questionnaire.sections.map((s) => s.id));
      const allowed = [
        ...questionnaire.scale.options.map((o) => o.value),
        questionnaire.scale.notApplicable!.value,
      ];
      for (const part of parts) {
        expect(part.respondent?.name).toBeTruthy();
        for (const answer of Object.values(part.answers)) expect(allowed).toContain(answer.value);
      }
    }
    const answers = example.responses.flatMap((r) => Object.values(r.answers));
    const comments = answers.filter((a) => a.comment);
    expect(comments.length).toBeGreaterThan(answers.length / 6);
    expect(comments.length).toBeLessThan(answers.length / 2);
    // The round in progress leaves the soil half open; the published rounds are complete.
    const [, published, draft] = example.rounds;
    const count = (roundId: string) =>
      example.responses
        .filter((r) => r.roundId === roundId)
        .reduce((n, r) => n + Object.keys(r.answers).length, 0);
    const total = q2016.sections.reduce((n, s) => n + s.indicators.length, 0);
    expect(count(published!.id)).toBe(total);
    expect(count(draft!.id)).toBe(total - 6);
  });

  it('improves year by year on the whole, so comparisons have something to show', () => {
    const mean = (roundId: string, questionnaire: Questionnaire) => {
      const scores = example.responses
        .filter((r) => r.roundId === roundId)
        .flatMap((r) => {
          const section = questionnaire.sections.find((s) => s.id === r.sectionId)!;
          return section.indicators.flatMap((ind) => {
            const result = scoreIndicator(questionnaire.scale, ind.id, r.answers[ind.id]);
            return result.state === 'scored' ? [result.score] : [];
          });
        });
      return scores.reduce((a, b) => a + b, 0) / scores.length;
    };
    const [older, middle, latest] = example.rounds;
    expect(mean(middle!.id, q2016)).toBeGreaterThan(mean(older!.id, q2014));
    expect(mean(latest!.id, q2016)).toBeGreaterThan(mean(middle!.id, q2016));
  });

  it('plans actions one step up for indicators met partly or not at all, followed up the next year', () => {
    const [, planned, followUp] = example.rounds;
    const options = q2016.scale.options.map((o) => o.value);
    expect(example.actions.length).toBeGreaterThanOrEqual(3);
    for (const action of example.actions) {
      expect(action.roundId).toBe(planned!.id);
      const was = example.responses.find(
        (r) => r.roundId === planned!.id && r.sectionId === action.sectionId,
      )!.answers[action.indicatorId]!.value!;
      expect(options.indexOf(action.target)).toBe(options.indexOf(was) + 1);
      const now = example.responses.find(
        (r) => r.roundId === followUp!.id && r.sectionId === action.sectionId,
      )?.answers[action.indicatorId]?.value;
      if (action.status === 'done') expect(options.indexOf(now ?? '')).toBeGreaterThan(options.indexOf(was));
    }
  });

  it('brings published rounds of invented peers on the newer version, values only', () => {
    const codes = new Set(example.referenceRounds.map((r) => r.organisationCode));
    expect(codes.size).toBe(4);
    for (const round of example.referenceRounds) {
      expect(round.questionnaireKey).toBe(questionnaireKey(q2016));
      expect(Object.keys(round.answers)).toEqual(q2016.sections.map((s) => s.id));
    }
  });

  it('uses municipality codes no real municipality has', () => {
    const real = new Set(kommuner.municipalities.map((m) => m.code));
    for (const m of EXAMPLE_MUNICIPALITIES) {
      expect(m.code).toMatch(/^99\d\d$/);
      expect(real.has(m.code)).toBe(false);
    }
  });

  it('is valid data: as a backup file it passes every check of the backup format', () => {
    const at = '2025-01-01T00:00:00.000Z';
    const file = buildBackup(
      {
        questionnaires: example.questionnaires.map((q) => ({
          key: questionnaireKey(q),
          id: q.id,
          version: q.version,
          source: 'bundled' as const,
          storedAt: at,
          questionnaire: q,
        })),
        rounds: example.rounds,
        responses: example.responses,
        settings: [{ key: 'organisation', code: example.organisationCode }],
        actions: example.actions,
        referenceRounds: example.referenceRounds,
        // No round documents: a draft round without one is read from its answers in `responses`.
        roundDocs: [],
      },
      at,
      '0.1.0',
    );
    const read = readExchangeText(JSON.stringify(file));
    expect(read.ok ? [] : read.issues).toEqual([]);
  });
});
