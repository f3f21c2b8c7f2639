import { useTranslation } from 'react-i18next';
import type { ReferenceRound } from '../../domain/round/model';
import type { Register } from '../../exchange/municipalities';
import { TableScroll } from '../../ui/TableScroll';

/** Which rounds the comparison rests on, with their labels (synthetic data says so here). */
export function BasisList({ basis, register }: { basis: ReferenceRound[]; register: Register }) {
  const { t } = useTranslation('peers');
  const byCode = new Map(register.municipalities.map((m) => [m.code, m]));
  return (
    <section aria-labelledby="peers-basis">
      <h2 id="peers-basis">{t('basisList.title')}</h2>
      <details>
        <summary>{t('basisList.caption')}</summary>
        <TableScroll label={t('basisList.caption')}>
          <table>
            <caption>{t('basisList.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('basisList.municipality')}</th>
                <th scope="col">{t('basisList.county')}</th>
                <th scope="col">{t('basisList.group')}</th>
                <th scope="col">{t('basisList.year')}</th>
                <th scope="col">{t('basisList.label')}</th>
                <th scope="col">{t('basisList.file')}</th>
              </tr>
            </thead>
            <tbody>
              {basis.map((round) => {
                const m = byCode.get(round.organisationCode);
                return (
                  <tr key={round.id}>
                    <th scope="row">
                      {m ? `${m.name} (${m.code})` : t('basisList.unknown', { code: round.organisationCode })}
                    </th>
                    <td>{m?.county.name}</td>
                    <td>{m ? `${m.group.code} ${m.group.name}` : ''}</td>
                    <td>{round.year}</td>
                    <td>
                      {round.label}
                      {round.synthetic && (
                        <>
                          {round.label && <br />}
                          <strong>{t('basisList.synthetic')}</strong>
                        </>
                      )}
                    </td>
                    <td>{round.fileName}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}
