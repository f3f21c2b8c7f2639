import { describe, expect, it } from 'vitest';
import { validateQuestionnaire } from '../../src/domain/questionnaire/load';
import { formatPath, type ValidationIssue } from '../../src/domain/validation/issues';
import { validQuestionnaire, type QuestionnaireDraft } from '../fixtures/questionnaire';

/** Validates a copy of the fixture changed by `edit`, returning its issues as "path rule" lines. */
function issuesAfter(edit: (q: QuestionnaireDraft & Record<string, unknown>) => void): string[] {
  const q = structuredClone(validQuestionnaire());
  edit(q);
  const result = validateQuestionnaire(q);
  return result.ok ? [] : result.issues.map((i: ValidationIssue) => `${formatPath(i.path)} ${i.rule}`);
}

describe('questionnaire schema', () => {
  it('accepts suggested activities per indicator, and a file without them', () => {
    const q = structuredClone(validQuestionnaire()) as QuestionnaireDraft & Record<string, unknown>;
    (q.sections[0]!.indicators[0] as Record<string, unknown>).suggestions = [
      { sv: 'Inför digital frånvaroanmälan', en: 'Introduce digital absence reporting' },
      { sv: 'Bara på svenska' },
    ];
    const result = validateQuestionnaire(q);
    expect(result.ok && result.value.sections[0]!.indicators[0]!.suggestions).toHaveLength(2);
    expect(issuesAfter(() => {})).toEqual([]);
  });

  it('refuses suggestions without Swedish, empty, with unknown fields or more than ten', () => {
    const set = (value: unknown) => (q: QuestionnaireDraft) =>
      ((q.sections[0]!.indicators[0] as Record<string, unknown>).suggestions = value);
    const at = 'sections[0].indicators[0].suggestions';
    expect(issuesAfter(set([{ en: 'Only English' }]))).toEqual([`${at}[0].sv required`]);
    expect(issuesAfter(set([{ sv: '  ' }]))).toEqual([`${at}[0].sv too-short`]);
    expect(issuesAfter(set([{ sv: 'Gör', note: 'x' }]))).toEqual([`${at}[0] unknown-keys`]);
    expect(issuesAfter(set(Array.from({ length: 11 }, () => ({ sv: 'Gör' }))))).toEqual([`${at} too-many`]);
    expect(issuesAfter(set('Gör något'))).toEqual([`${at} wrong-type`]);
  });

  it('accepts a valid questionnaire and returns it frozen', () => {
    const result = validateQuestionnaire(validQuestionnaire());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sections).toHaveLength(4);
    expect(Object.isFrozen(result.value.sections[0]!.indicators[0])).toBe(true);
  });

  it.each([
    ['a missing id', (q) => delete (q as Partial<QuestionnaireDraft>).id, 'id required'],
    ['an unknown field', (q) => (q.extra = 1), '$ unknown-keys'],
    [
      'an id with capitals and å',
      (q) => (q.sections[0]!.indicators[0]!.id = 'Skola.Frånvaro'),
      'sections[0].indicators[0].id not-an-id',
    ],
    ['a title without English', (q) => delete (q.title as { en?: string }).en, 'title.en required'],
    [
      'an empty indicator text',
      (q) => (q.sections[0]!.indicators[0]!.text.sv = '   '),
      'sections[0].indicators[0].text.sv too-short',
    ],
    [
      'an absurdly long text',
      (q) => (q.sections[0]!.indicators[0]!.text.sv = 'x'.repeat(601)),
      'sections[0].indicators[0].text.sv too-long',
    ],
    ['a date that is not a date', (q) => (q.published = '15/1 2024'), 'published not-a-date'],
    [
      'a number where text belongs',
      (q) => ((q as Record<string, unknown>).version = 2),
      'version wrong-type',
    ],
    ['a scale of one level', (q) => q.scale.options.splice(1, 2), 'scale.options too-few'],
    [
      'a scale of eight levels',
      (q) =>
        (q.scale.options = Array.from({ length: 8 }, (_, i) => ({
          value: `v${i}`,
          label: { sv: `${i}`, en: `${i}` },
          score: i / 7,
        }))),
      'scale.options too-many',
    ],
    ['a score above 1', (q) => (q.scale.options[2]!.score = 1.5), 'scale.options[2].score too-high'],
    ['a negative score', (q) => (q.scale.options[0]!.score = -0.1), 'scale.options[0].score too-low'],
    ['scores out of order', (q) => (q.scale.options[1]!.score = 0), 'scale.options[1].score scale-order'],
    [
      'two options with one value',
      (q) => (q.scale.options[1]!.value = 'helt'),
      'scale.options[2].value duplicate-value',
    ],
    [
      'not-applicable sharing an option value',
      (q) => (q.scale.notApplicable.value = 'delvis'),
      'scale.notApplicable.value duplicate-value',
    ],
    ['no sections', (q) => (q.sections = []), 'sections too-few'],
    ['a part without indicators', (q) => (q.sections[0]!.indicators = []), 'sections[0].indicators too-few'],
    [
      'a part with 31 indicators',
      (q) =>
        (q.sections[0]!.indicators = Array.from({ length: 31 }, (_, i) => ({
          id: `x${i}`,
          text: { sv: 'x' },
        })) as never),
      'sections[0].indicators too-many',
    ],
    [
      'an unknown kind of part',
      (q) => ((q.sections[0] as { kind: string }).kind = 'tree'),
      'sections[0].kind not-allowed',
    ],
    [
      'an unknown respondent role',
      (q) => ((q.sections[0]!.respondent as { role: string }).role = 'mayor'),
      'sections[0].respondent.role not-allowed',
    ],
    [
      'two indicators with one id',
      (q) => (q.sections[1]!.indicators[0]!.id = 'skola.franvaro'),
      'sections[1].indicators[0].id duplicate-id',
    ],
    [
      'an indicator with a section id',
      (q) => (q.sections[3]!.indicators[0]!.id = 'ledning'),
      'sections[3].indicators[0].id duplicate-id',
    ],
    [
      'no flowers',
      (q) => (q.sections = q.sections.filter((s) => s.kind !== 'flower')),
      'sections flower-count',
    ],
    [
      'thirteen flowers',
      (q) =>
        (q.sections = Array.from({ length: 13 }, (_, i) => ({
          ...structuredClone(q.sections[1]!),
          id: `f${i}`,
          indicators: [{ id: `f${i}.a`, text: { sv: 'x' } }],
        }))),
      'sections flower-count',
    ],
    [
      'two grass parts',
      (q) =>
        q.sections.push({
          ...structuredClone(q.sections[2]!),
          id: 'ledning2',
          indicators: [{ id: 'l2', text: { sv: 'x' } }],
        }),
      'sections single-part',
    ],
    [
      'a version superseding itself',
      (q) => (q.supersedes.version = '2'),
      'supersedes.version supersedes-self',
    ],
    [
      'a map to an indicator that does not exist',
      (q) => ((q.supersedes.map as Record<string, string | null>)['skola.x'] = 'skola.saknas'),
      'supersedes.map["skola.x"] supersedes-unknown-target',
    ],
    [
      'two old indicators mapped to one new',
      (q) => ((q.supersedes.map as Record<string, string | null>)['skola.annan'] = 'skola.franvaro'),
      'supersedes.map["skola.annan"] supersedes-shared-target',
    ],
    [
      'a map key that is not an id',
      (q) => ((q.supersedes.map as Record<string, string | null>)['Fel Id'] = null),
      'supersedes.map["Fel Id"] not-an-id',
    ],
    ['an unknown format version', (q) => (q.format = 'eblomladan.questionnaire/2'), 'format format-too-new'],
    ['a file of another kind', (q) => (q.format = 'eblomladan.backup/1'), 'format wrong-format'],
    ['no format at all', (q) => delete (q as Partial<QuestionnaireDraft>).format, 'format required'],
  ] satisfies [string, (q: QuestionnaireDraft & Record<string, unknown>) => unknown, string][])(
    'refuses %s',
    (_name, edit, expected) => {
      const issues = issuesAfter(edit);
      expect(issues).toContain(expected);
    },
  );

  it('reports every problem of a file, not only the first', () => {
    const issues = issuesAfter((q) => {
      q.published = 'igår';
      q.sections[0]!.indicators[0]!.id = 'BAD';
    });
    expect(issues).toEqual(
      expect.arrayContaining(['published not-a-date', 'sections[0].indicators[0].id not-an-id']),
    );
  });

  it('caps the report of a hostile file at 50 issues', () => {
    const issues = issuesAfter((q) => {
      q.sections[0]!.indicators = Array.from({ length: 30 }, () => ({
        id: 'BAD',
        text: { sv: '' },
      })) as never;
    });
    expect(issues).toHaveLength(50);
  });
});
