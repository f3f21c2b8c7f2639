import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { highlights } from '../../domain/score/highlights';
import { THIN_COVERAGE, type PartScore } from '../../domain/score/scoring';
import { useFormat } from '../../ui/format';
import { useLocalized } from '../../ui/LocalizedText';
import { useScoreTexts } from '../../ui/flowerbox/texts';

/** A short text summary: strongest and weakest parts (the report's rule too), and which scores rest on a thin basis. */
export function Summary({ questionnaire, parts }: { questionnaire: Questionnaire; parts: PartScore[] }) {
  const { t } = useTranslation('flowerbox');
  const localized = useLocalized();
  const format = useFormat();
  const texts = useScoreTexts(questionnaire);
  const titles = new Map(questionnaire.sections.map((s) => [s.id, s.title]));
  const name = (p: PartScore) => localized(titles.get(p.sectionId)!);
  const withScore = (ps: PartScore[]) =>
    format.list(ps.map((p) => t('summary.partScore', { part: name(p), score: texts.score(p.score!) })));
  const { strongest, gaps: weakest } = highlights(parts);
  const thin = parts.filter((p) => p.score !== null && p.coverage < THIN_COVERAGE);
  const unscored = parts.filter((p) => p.score === null);
  const answered = parts.reduce((n, p) => n + p.scored + p.notApplicable, 0);
  const total = parts.reduce((n, p) => n + p.total, 0);
  return (
    <ul className="summary">
      {strongest.length > 0 ? (
        <>
          <li>{t('summary.strongest', { parts: withScore(strongest) })}</li>
          <li>{t('summary.weakest', { parts: withScore(weakest) })}</li>
        </>
      ) : (
        <li>{t('summary.none')}</li>
      )}
      {thin.length > 0 && <li>{t('summary.thin', { parts: format.list(thin.map(name)) })}</li>}
      {unscored.length > 0 && <li>{t('summary.unscored', { parts: format.list(unscored.map(name)) })}</li>}
      <li>{t('summary.progress', format.count(total, { answered: format.number(answered) }))}</li>
    </ul>
  );
}
