import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { referencePlaceOf, type ReferencePlace as Place } from '../../domain/peers/place';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Answer } from '../../domain/round/model';
import type { Register } from '../../exchange/municipalities';
import { useReferencePlace } from '../../storage/reference-rounds';
import { useFormat } from '../../ui/format';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { TableScroll } from '../../ui/TableScroll';

interface Props {
  organisationCode: string;
  year: number;
  questionnaire: Questionnaire;
  answers: Readonly<Record<string, Readonly<Record<string, Answer>>>>;
  register: Register;
}

/**
 * "Jämfört med andra kommuner": each part's place among other municipalities' rounds held here,
 * in the group "Jämför med andra" opens with and with its figures (domain/peers/place). Without
 * such rounds it says so in one line, so a reader knows the report did not leave it out unasked.
 */
export function ReferencePlace({ organisationCode, year, questionnaire, answers, register }: Props) {
  const { t } = useTranslation('report');
  // Only what the place needs: the count held, the years on this version, one year's rounds.
  const held = useReferencePlace(questionnaire, year);
  const place = useMemo(() => {
    if (held === undefined) return undefined;
    const entries = new Map(
      register.municipalities.map((m) => [m.code, { county: m.county.code, group: m.group.code }]),
    );
    return referencePlaceOf({ organisationCode, year, questionnaire, answers }, held, entries);
  }, [held, register, organisationCode, year, questionnaire, answers]);
  return (
    <section className="report__peers" aria-labelledby="report-peers">
      <h2 id="report-peers">{t('peers.title')}</h2>
      {place === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <PlaceText place={place} questionnaire={questionnaire} />
      )}
    </section>
  );
}

function PlaceText({ place, questionnaire }: { place: Place; questionnaire: Questionnaire }) {
  const { t } = useTranslation('report');
  const localized = useLocalized();
  const format = useFormat();
  const names = { questionnaire: localized(questionnaire.title), version: questionnaire.version };
  if (place.kind === 'no-references') return <p>{t('peers.noReferences')}</p>;
  if (place.kind === 'other-version') {
    return <p>{t('peers.otherVersion', format.count(place.references, names))}</p>;
  }
  const { comparison, filter, parts, leftOut } = place;
  const count = comparison.basis.length;
  if (count === 0) return <p>{t('peers.noGroup', { year: filter.year, ...names })}</p>;
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? t('peers.none') : format.score(value);
  return (
    <>
      <p>{t('peers.group', format.count(count, { year: filter.year, ...names }))}</p>
      {leftOut > 0 && <p>{t('peers.leftOut', format.count(leftOut, { year: filter.year }))}</p>}
      {comparison.synthetic > 0 && (
        <p>
          <strong>
            {comparison.synthetic === count
              ? t('peers.synthetic.all')
              : t(
                  'peers.synthetic.some',
                  format.count(comparison.synthetic, { total: format.number(count) }),
                )}
          </strong>
        </p>
      )}
      {count < 5 && (
        <p>
          <strong>{t('peers.smallGroup')}</strong>
        </p>
      )}
      <p>{t('peers.caveat')}</p>
      <TableScroll label={t('peers.caption')}>
        <table className="report__table report__place">
          <caption>{t('peers.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('peers.part')}</th>
              <th scope="col">{t('peers.own')}</th>
              <th scope="col">{t('peers.n')}</th>
              <th scope="col">{t('peers.q1')}</th>
              <th scope="col">{t('peers.median')}</th>
              <th scope="col">{t('peers.q3')}</th>
              <th scope="col" className="report__place-column">
                {t('peers.place')}
              </th>
            </tr>
          </thead>
          <tbody>
            {parts.map(({ part, band }) => (
              <tr key={part.section.id}>
                <th scope="row">
                  <Localized text={part.section.title} />
                  {part.withoutScore > 0 && (
                    <>
                      <br />
                      <span className="hint">{t('peers.withoutScore', format.count(part.withoutScore))}</span>
                    </>
                  )}
                </th>
                <td className="report__nowrap">{score(part.own.score)}</td>
                <td className="report__nowrap">{format.number(part.spread?.n ?? 0)}</td>
                <td className="report__nowrap">{score(part.spread?.q1)}</td>
                <td className="report__nowrap">{score(part.spread?.median)}</td>
                <td className="report__nowrap">{score(part.spread?.q3)}</td>
                <td>
                  {band ? t(`peers.band.${band}`) : t('peers.none')}
                  {band && part.position && (
                    <>
                      <br />
                      <span className="hint report__nowrap">
                        {t('peers.position', {
                          higher: format.number(part.position.higher),
                          same: format.number(part.position.same),
                          lower: format.number(part.position.lower),
                        })}
                      </span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
