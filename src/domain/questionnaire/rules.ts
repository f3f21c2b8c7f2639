/**
 * Cross-field rules of a questionnaire that a shape alone cannot express. Each broken rule is
 * reported as a custom issue whose `params.rule` names it, so the interface can explain it.
 */
import type * as z from 'zod/mini';
import type { QuestionnaireShape } from './schema';
import type { IssueRule } from '../validation/issues';
import { LIMITS } from './limits';

type Shape = z.infer<typeof QuestionnaireShape>;
type Ctx = {
  addIssue: (issue: {
    code: 'custom';
    message: string;
    path: PropertyKey[];
    params: Record<string, unknown>;
    input: unknown;
  }) => void;
};

/** Rules within one file: unique ids, ordered scale, number of parts, a sound `supersedes` map. */
export function checkQuestionnaire(q: Shape, ctx: Ctx): void {
  const report = (path: PropertyKey[], rule: IssueRule, params: Record<string, unknown> = {}) =>
    ctx.addIssue({ code: 'custom', message: rule, path, params: { rule, ...params }, input: undefined });

  const seen = new Map<string, string>();
  const claim = (id: string, path: PropertyKey[]) => {
    if (seen.has(id)) report(path, 'duplicate-id', { id });
    else seen.set(id, path.join('.'));
  };
  q.sections.forEach((section, s) => {
    claim(section.id, ['sections', s, 'id']);
    section.indicators.forEach((indicator, i) => {
      claim(indicator.id, ['sections', s, 'indicators', i, 'id']);
    });
  });

  const options = q.scale.options;
  options.forEach((option, i) => {
    if (i > 0 && option.score <= options[i - 1]!.score) {
      report(['scale', 'options', i, 'score'], 'scale-order', {
        score: option.score,
        previous: options[i - 1]!.score,
      });
    }
  });
  const values = new Set<string>();
  options.forEach((option, i) => {
    if (values.has(option.value))
      report(['scale', 'options', i, 'value'], 'duplicate-value', { value: option.value });
    values.add(option.value);
  });
  const na = q.scale.notApplicable;
  if (na && values.has(na.value)) {
    report(['scale', 'notApplicable', 'value'], 'duplicate-value', { value: na.value });
  }

  const count = (kind: string) => q.sections.filter((section) => section.kind === kind).length;
  const flowers = count('flower');
  if (flowers < LIMITS.flowersMin || flowers > LIMITS.flowersMax) {
    report(['sections'], 'flower-count', { count: flowers, min: LIMITS.flowersMin, max: LIMITS.flowersMax });
  }
  for (const kind of ['grass', 'soil']) {
    if (count(kind) > 1) report(['sections'], 'single-part', { kind, count: count(kind) });
  }

  if (q.supersedes) {
    if (q.supersedes.version === q.version) {
      report(['supersedes', 'version'], 'supersedes-self', { version: q.version });
    }
    const indicatorIds = new Set(q.sections.flatMap((section) => section.indicators.map((i) => i.id)));
    const targets = new Map<string, string>();
    for (const [from, to] of Object.entries(q.supersedes.map)) {
      if (to === null) continue;
      if (!indicatorIds.has(to)) report(['supersedes', 'map', from], 'supersedes-unknown-target', { id: to });
      else if (targets.has(to)) {
        report(['supersedes', 'map', from], 'supersedes-shared-target', { id: to, other: targets.get(to)! });
      } else targets.set(to, from);
    }
  }
}
