import { useTranslation } from 'react-i18next';
import { peersCsv, type PeersCsvWords } from '../../domain/peers/csv';
import type { PeerComparison } from '../../domain/peers/distribution';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { downloadFile, safeFileName } from '../../ui/download';
import { useLocalized } from '../../ui/LocalizedText';

/** Saves the comparison with other municipalities as CSV for a Swedish Excel. */
export function PeersCsv({
  comparison,
  questionnaire,
  fileParts,
}: {
  comparison: PeerComparison;
  questionnaire: Questionnaire;
  fileParts: (string | number)[];
}) {
  const { t } = useTranslation('peers');
  const localized = useLocalized();
  const save = () => {
    const words: PeersCsvWords = {
      headings: t('csv.headings', { returnObjects: true }),
      partLevel: t('csv.partLevel'),
      indicatorLevel: t('csv.indicatorLevel'),
      notApplicable: t('indicators.ownNotApplicable'),
      unanswered: t('indicators.ownUnanswered'),
    };
    const text = peersCsv(comparison, questionnaire, words, localized);
    const name = safeFileName(t('csv.fileName'), ...fileParts.filter((p) => p !== ''));
    downloadFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  };
  return (
    <section aria-labelledby="peers-csv">
      <h2 id="peers-csv">{t('csv.title')}</h2>
      <p>{t('csv.lead')}</p>
      <button type="button" onClick={save}>
        {t('csv.button')}
      </button>
    </section>
  );
}
