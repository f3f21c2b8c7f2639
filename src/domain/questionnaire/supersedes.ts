/**
 * Checks a questionnaire's `supersedes` map against the version it names. A single file can
 * only check that the targets exist; the sources need the previous file.
 */
import type { ValidationIssue } from '../validation/issues';
import type { Questionnaire } from './schema';

const indicatorIds = (q: Questionnaire) => q.sections.flatMap((s) => s.indicators.map((i) => i.id));

/** Every key names an indicator of `previous`, and every indicator of `previous` is listed. */
export function checkSupersedes(next: Questionnaire, previous: Questionnaire): ValidationIssue[] {
  const supersedes = next.supersedes;
  if (!supersedes) return [];
  if (previous.id !== next.id || previous.version !== supersedes.version) {
    return [
      {
        path: ['supersedes', 'version'],
        rule: 'supersedes-wrong-previous',
        params: {
          expected: `${next.id}@${supersedes.version}`,
          actual: `${previous.id}@${previous.version}`,
        },
      },
    ];
  }
  const known = new Set(indicatorIds(previous));
  const issues: ValidationIssue[] = [];
  for (const from of Object.keys(supersedes.map)) {
    if (!known.has(from)) {
      issues.push({
        path: ['supersedes', 'map', from],
        rule: 'supersedes-unknown-source',
        params: { id: from, version: previous.version },
      });
    }
  }
  for (const id of known) {
    if (!Object.hasOwn(supersedes.map, id)) {
      issues.push({
        path: ['supersedes', 'map'],
        rule: 'supersedes-missing-source',
        params: { id, version: previous.version },
      });
    }
  }
  return issues;
}

/** For each indicator of `q` that carries over, the id it had in the previous version. */
export function predecessors(q: Questionnaire): Map<string, string> {
  const result = new Map<string, string>();
  for (const [from, to] of Object.entries(q.supersedes?.map ?? {})) if (to !== null) result.set(to, from);
  return result;
}

/** How many of the previous version's indicators carry over, and how many end here. */
export function supersedesCounts(q: Questionnaire): { mapped: number; unmapped: number } {
  const targets = Object.values(q.supersedes?.map ?? {});
  const mapped = targets.filter((to) => to !== null).length;
  return { mapped, unmapped: targets.length - mapped };
}
