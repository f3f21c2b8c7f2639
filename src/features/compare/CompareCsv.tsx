import { useTranslation } from 'react-i18next';
import type { RoundComparison } from '../../domain/compare/changes';
import { comparisonCsv, type ComparisonCsvWords } from '../../domain/compare/csv';
import { downloadFile, safeFileName } from '../../ui/download';
import { useLocalized } from '../../ui/LocalizedText';
import { useCompareTexts } from './texts';

/** Saves the two-round comparison as CSV for a Swedish Excel. */
export function CompareCsv({ comparison }: { comparison: RoundComparison }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const texts = useCompareTexts();
  const earlier = texts.roundName(comparison.earlier);
  const later = texts.roundName(comparison.later);
  const save = () => {
    const words: ComparisonCsvWords = {
      headings: t('compare.csv.headings', { returnObjects: true }),
      partLevel: t('compare.csv.partLevel'),
      indicatorLevel: t('compare.csv.indicatorLevel'),
      notApplicable: t('compare.csv.notApplicable'),
      unanswered: t('compare.csv.unanswered'),
      direction: (d) => t(`compare.csv.direction.${d}`),
      reason: (why) => texts.reason(why, comparison.match),
      basis: (compared, total) => t('compare.change.basisValue', { compared, total }),
    };
    const text = comparisonCsv(comparison, words, localized);
    const name = safeFileName(t('compare.csv.fileName'), comparison.earlier.year, comparison.later.year);
    downloadFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  };
  return (
    <section aria-labelledby="compare-csv">
      <h2 id="compare-csv">{t('compare.csv.title')}</h2>
      <p>{t('compare.csv.lead', { earlier, later })}</p>
      <button type="button" onClick={save}>
        {t('compare.csv.button')}
      </button>
    </section>
  );
}
