import type { Questionnaire, Section } from '../questionnaire/schema';
import type { Answer } from './model';

/** How far a part has come: answered (an option or not applicable) of all its indicators. */
export interface Progress {
  answered: number;
  total: number;
}

/** Progress of one part given its answers; answers to ids not in the part are ignored. */
export function sectionProgress(
  section: Section,
  answers: Readonly<Record<string, Answer>> | undefined,
): Progress {
  const answered = section.indicators.filter(
    (indicator) => answers?.[indicator.id]?.value !== undefined,
  ).length;
  return { answered, total: section.indicators.length };
}

/** Progress of a whole round: the sum over its parts. */
export function roundProgress(
  questionnaire: Questionnaire,
  answersBySection: Readonly<Record<string, Readonly<Record<string, Answer>>>>,
): Progress {
  return questionnaire.sections.reduce(
    (sum, section) => {
      const part = sectionProgress(section, answersBySection[section.id]);
      return { answered: sum.answered + part.answered, total: sum.total + part.total };
    },
    { answered: 0, total: 0 },
  );
}

/** Whether `value` is an answer the questionnaire allows (an option, or its not-applicable value). */
export function isAllowedValue(questionnaire: Questionnaire, value: string): boolean {
  return (
    questionnaire.scale.options.some((option) => option.value === value) ||
    questionnaire.scale.notApplicable?.value === value
  );
}
