import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { IndicatorRatings } from '../../domain/rating/model';
import { formatDateTime, useFormat } from '../../ui/format';
import { Localized } from '../../ui/LocalizedText';
import { TableScroll } from '../../ui/TableScroll';
import { optionLabel } from './option-label';

/** Every rating of one indicator side by side: who, what, when, comment and evidence. */
export function RatingsTable({
  number,
  questionnaire,
  ratings,
}: {
  number: number;
  questionnaire: Questionnaire;
  ratings: IndicatorRatings;
}) {
  const { t, i18n } = useTranslation('rounds');
  const format = useFormat();
  const caption = t('ratings.indicator.all', format.count(ratings.ratings.length));
  const spread = t(`ratings.indicator.spread.${ratings.spread}`);
  return (
    <div className="ratings">
      <TableScroll label={`${number}. ${caption}`}>
        <table>
          <caption>
            {caption}
            {spread && <> · {spread}</>}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('ratings.indicator.person')}</th>
              <th scope="col">{t('ratings.indicator.answer')}</th>
              <th scope="col">{t('ratings.indicator.changed')}</th>
              <th scope="col">{t('ratings.indicator.comment')}</th>
              <th scope="col">{t('ratings.indicator.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {ratings.ratings.map((rating) => {
              const label = rating.value === undefined ? undefined : optionLabel(questionnaire, rating.value);
              return (
                <tr key={rating.personId}>
                  <th scope="row">
                    {rating.name ?? t('ratings.who.unnamed')}
                    {rating.role && <span className="hint"> · {rating.role}</span>}
                  </th>
                  <td>{label ? <Localized text={label} /> : t('ratings.indicator.noAnswer')}</td>
                  <td>{rating.at ? formatDateTime(rating.at, i18n.language) : ''}</td>
                  <td className="ratings__comment">{rating.comment ?? ''}</td>
                  <td>
                    {rating.evidence && (
                      <a href={rating.evidence} target="_blank" rel="noreferrer noopener">
                        {t('answer.openEvidence')}
                        <span className="visually-hidden">: {rating.name ?? t('ratings.who.unnamed')}</span>
                      </a>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
