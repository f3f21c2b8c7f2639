import { useTranslation } from 'react-i18next';
import type { Scale } from '../../domain/questionnaire/schema';
import { Localized } from '../../ui/LocalizedText';
import { formatScore } from '../../ui/format';
import { TableScroll } from '../../ui/TableScroll';

/** The answer scale as a table, highest level first as people read it; scores shown openly. */
export function ScaleTable({ scale }: { scale: Scale }) {
  const { t, i18n } = useTranslation('questionnaires');
  return (
    <section aria-labelledby="scale-heading">
      <h2 id="scale-heading">{t('scaleTitle')}</h2>
      <p>{t('scaleLead')}</p>
      {/* On a narrow phone the table scrolls inside its own region, never the page. */}
      <TableScroll label={t('scaleTitle')}>
        <table className="scale-table">
          <thead>
            <tr>
              <th scope="col">{t('scaleOption')}</th>
              <th scope="col">{t('scaleScore')}</th>
              <th scope="col">{t('scaleMeaning')}</th>
            </tr>
          </thead>
          <tbody>
            {[...scale.options].reverse().map((option) => (
              <tr key={option.value}>
                <th scope="row">
                  <Localized text={option.label} />
                </th>
                <td>{formatScore(option.score, i18n.language)}</td>
                <td>{option.description ? <Localized text={option.description} /> : null}</td>
              </tr>
            ))}
            {scale.notApplicable && (
              <tr>
                <th scope="row">
                  <Localized text={scale.notApplicable.label} />
                </th>
                <td>–</td>
                <td>{t('notApplicable')}</td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
