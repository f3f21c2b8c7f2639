import { describe, expect, it } from 'vitest';
import { loadQuestionnaire, validateQuestionnaire } from '../../src/domain/questionnaire/load';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { checkSupersedes, predecessors, supersedesCounts } from '../../src/domain/questionnaire/supersedes';
import { formatPath } from '../../src/domain/validation/issues';
import { validQuestionnaire } from '../fixtures/questionnaire';

function valid(edit: (q: ReturnType<typeof validQuestionnaire>) => void = () => {}): Questionnaire {
  const q = validQuestionnaire();
  edit(q);
  const result = validateQuestionnaire(q);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('loadQuestionnaire', () => {
  it('reads a valid file', () => {
    const result = loadQuestionnaire(JSON.stringify(validQuestionnaire(), null, 2));
    expect(result.ok && result.value.title.sv).toBe('Testformulär');
  });

  it('names the line and column of a JSON syntax error', () => {
    const result = loadQuestionnaire('{\n  "format": "eblomladan.questionnaire/1",\n  "id": oops\n}');
    expect(result).toEqual({
      ok: false,
      issues: [{ path: [], rule: 'not-json-at', params: { line: 3, column: 9 } }],
    });
  });

  it('refuses a truncated file', () => {
    const text = JSON.stringify(validQuestionnaire());
    const result = loadQuestionnaire(text.slice(0, text.length / 2));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]!.rule).toMatch(/^not-json/);
  });

  it('refuses an empty file and a file that is not an object', () => {
    expect(loadQuestionnaire('  \n')).toMatchObject({ ok: false, issues: [{ rule: 'empty-file' }] });
    expect(loadQuestionnaire('[1, 2]')).toMatchObject({ ok: false, issues: [{ rule: 'not-an-object' }] });
    expect(loadQuestionnaire('null')).toMatchObject({ ok: false, issues: [{ rule: 'not-an-object' }] });
  });

  it('refuses an absurdly large file before parsing it', () => {
    const result = loadQuestionnaire(`{"x":"${'a'.repeat(2_000_001)}"}`);
    expect(result).toMatchObject({
      ok: false,
      issues: [{ rule: 'file-too-large', params: { max: 2_000_000 } }],
    });
  });

  it('keeps markup in texts as plain text (React escapes it when shown)', () => {
    const result = loadQuestionnaire(
      JSON.stringify({ ...validQuestionnaire(), title: { sv: '<img src=x onerror=alert(1)>', en: 'x' } }),
    );
    expect(result.ok && result.value.title.sv).toBe('<img src=x onerror=alert(1)>');
  });

  it('does not let __proto__ in a file change objects', () => {
    const result = loadQuestionnaire(
      '{"__proto__": {"polluted": true}, "format": "eblomladan.questionnaire/1"}',
    );
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('formatPath', () => {
  it('writes paths the way JSON authors read them', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['sections', 2, 'indicators', 0, 'id'])).toBe('sections[2].indicators[0].id');
    expect(formatPath(['supersedes', 'map', 'skola.franvaro'])).toBe('supersedes.map["skola.franvaro"]');
  });
});

describe('checkSupersedes', () => {
  const previous = valid((q) => {
    q.version = '1';
    delete (q as { supersedes?: unknown }).supersedes;
    q.sections[0]!.indicators[1]!.id = 'skola.gammal';
  });

  it('accepts a map that names every indicator of the previous version', () => {
    const next = valid((q) => {
      q.supersedes.map = {
        'skola.franvaro': 'skola.franvaro',
        'skola.gammal': null,
        'omsorg.larm': 'omsorg.larm',
        'ledning.strategi': 'ledning.strategi',
        'teknik.eid': null,
      } as never;
    });
    expect(checkSupersedes(next, previous)).toEqual([]);
    expect(supersedesCounts(next)).toEqual({ mapped: 3, unmapped: 2 });
    expect(predecessors(next).get('omsorg.larm')).toBe('omsorg.larm');
  });

  it('lists the previous indicators the map forgets, and the ones it invents', () => {
    const next = valid((q) => {
      q.supersedes.map = { 'skola.franvaro': 'skola.franvaro', 'skola.finns-inte': null } as never;
    });
    const rules = checkSupersedes(next, previous).map((i) => `${i.rule} ${i.params.id}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'supersedes-unknown-source skola.finns-inte',
        'supersedes-missing-source skola.gammal',
        'supersedes-missing-source omsorg.larm',
      ]),
    );
  });

  it('refuses to check against a version the map is not for', () => {
    const next = valid((q) => (q.supersedes.version = '0'));
    expect(checkSupersedes(next, previous)).toMatchObject([{ rule: 'supersedes-wrong-previous' }]);
  });

  it('does not take inherited names such as "constructor" for listed indicators', () => {
    const prev = valid((q) => {
      q.version = '1';
      delete (q as { supersedes?: unknown }).supersedes;
      q.sections[0]!.indicators[1]!.id = 'constructor';
    });
    const next = valid((q) => (q.supersedes.map = { 'skola.franvaro': null } as never));
    expect(checkSupersedes(next, prev).map((i) => i.params.id)).toContain('constructor');
  });
});
