import { useTranslation } from 'react-i18next';
import type { Questionnaire, Section } from '../../domain/questionnaire/schema';
import type { PartScore } from '../../domain/score/scoring';
import { useLocalized } from '../LocalizedText';
import { useFormat } from '../format';
import type { PartWords } from './planter';

/** The words the picture sets on its tags, in the interface's language. */
export function usePlanterWords(questionnaire: Questionnaire): PartWords & {
  indicator: (section: Section, index: number) => string;
} {
  const { t } = useTranslation('flowerbox');
  const localized = useLocalized();
  const format = useFormat();
  const sections = new Map(questionnaire.sections.map((s) => [s.id, s]));
  return {
    name: (part) => localized(sections.get(part.sectionId)!.title),
    score: (part: PartScore) =>
      t('chart.tagScore', {
        score: part.score === null ? '–' : format.score(part.score),
        scored: format.number(part.scored),
        applicable: format.number(part.total - part.notApplicable),
      }),
    indicator: (section, index) => localized(section.indicators[index]!.text),
  };
}
