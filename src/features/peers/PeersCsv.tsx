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
  const { t } = useTranslation();
  const localized = useLocalized();
  const save = () => {
    const words: PeersCsvWords = {
      headings: t('peers.csv.headings', { returnObjects: true }),
      partLevel: t('peers.csv.partLevel'),
      indicatorLevel: t('peers.csv.indicatorLevel'),
      notApplicable: t('peers.indicators.ownNotApplicable'),
      unanswered: t('peers.indicators.ownUnanswered'),
    };
    const text = peersCsv(comparison, questionnaire, words, localized);
    const name = safeFileName(t('peers.csv.fileName'), ...fileParts.filter((p) => p !== ''));
    downloadFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  };
  return (
    <section aria-labelledby="peers-csv">
      <h2 id="peers-csv">{t('peers.csv.title')}</h2>
      <p>{t('peers.csv.lead')}</p>
      <button type="button" onClick={save}>
        {t('peers.csv.button')}
      </button>
    </section>
  );
}
