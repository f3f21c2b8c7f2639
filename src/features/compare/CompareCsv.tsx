import { useTranslation } from 'react-i18next';
import type { RoundComparison } from '../../domain/compare/changes';
import { comparisonCsv, type ComparisonCsvWords } from '../../domain/compare/csv';
import { downloadFile, safeFileName } from '../../ui/download';
import { useLocalized } from '../../ui/LocalizedText';
import { useCompareTexts } from './texts';

/** Saves the two-round comparison as CSV for a Swedish Excel. */
export function CompareCsv({ comparison }: { comparison: RoundComparison }) {
  const { t } = useTranslation('compare');
  const localized = useLocalized();
  const texts = useCompareTexts();
  const earlier = texts.roundName(comparison.earlier);
  const later = texts.roundName(comparison.later);
  const save = () => {
    const words: ComparisonCsvWords = {
      headings: t('csv.headings', { returnObjects: true }),
      partLevel: t('csv.partLevel'),
      indicatorLevel: t('csv.indicatorLevel'),
      notApplicable: t('csv.notApplicable'),
      unanswered: t('csv.unanswered'),
      direction: (d) => t(`csv.direction.${d}`),
      reason: (why) => texts.reason(why, comparison.match),
      basis: texts.basisCount,
    };
    const text = comparisonCsv(comparison, words, localized);
    const name = safeFileName(t('csv.fileName'), comparison.earlier.year, comparison.later.year);
    downloadFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  };
  return (
    <section aria-labelledby="compare-csv">
      <h2 id="compare-csv">{t('csv.title')}</h2>
      <p>{t('csv.lead', { earlier, later })}</p>
      <button type="button" onClick={save}>
        {t('csv.button')}
      </button>
    </section>
  );
}
