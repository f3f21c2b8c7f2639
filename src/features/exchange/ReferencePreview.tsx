import { use, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Counts, ReferencePlan } from '../../domain/exchange/reference-plan';
import type { ReferenceFile } from '../../domain/exchange/reference-read';
import { loadRegister } from '../../exchange/municipalities';
import { useFormat } from '../../ui/format';
import { IssueList } from '../../ui/IssueList';
import { TableScroll } from '../../ui/TableScroll';
import { FileNotices } from './FileNotices';

/** How many refused rounds are named one by one; the rest are counted. */
const NAMED = 20;
/** Up to this many rounds, each is also said in a sentence, as for any one file. */
const SAID = 10;
const SENTENCE = { add: 'roundAdd', replace: 'roundReplace', same: 'roundSame' } as const;

interface Props {
  plan: ReferencePlan;
  files: readonly ReferenceFile[];
  heading: RefObject<HTMLHeadingElement | null>;
}

/**
 * The preview of other municipalities' rounds: one summary for any number of files and rounds
 * (per year, questionnaire version and county), the refused ones with their reason, and every
 * file that could not be read with what is wrong in it.
 */
export function ReferencePreview({ plan, files, heading }: Props) {
  const { t } = useTranslation('exchange');
  const format = useFormat();
  const register = use(loadRegister());
  const names = new Map(register.municipalities.map((m) => [m.code, m.name]));
  const read = files.filter((f) => f.ok && f.kind !== 'other');
  const refused = plan.rounds.filter((r) => r.outcome === 'refused');
  const total = plan.rounds.length;
  return (
    <>
      <h2 id="preview-heading" ref={heading} tabIndex={-1}>
        {t('views.open.previewTitle')}
      </h2>
      {total > 0 && (
        <p className="reference-summary">
          {t(
            'views.reference.summary',
            format.count(total, {
              files: t('views.reference.files', format.count(read.length)),
              add: t('views.reference.counts.add', format.count(plan.totals.add)),
              same: t('views.reference.counts.same', format.count(plan.totals.same)),
              replace: t('views.reference.counts.replace', format.count(plan.totals.replace)),
              refused: t('views.reference.counts.refused', format.count(plan.totals.refused)),
            }),
          )}
        </p>
      )}
      {total <= SAID && (
        <ul className="reference-rounds">
          {plan.rounds.map((round) =>
            round.outcome === 'refused' ? null : (
              <li key={`${round.fileName}:${round.id}`}>
                {t(`views.preview.${SENTENCE[round.outcome]}`, {
                  year: round.label ? `${round.year} (${round.label})` : round.year,
                  municipality: names.get(round.organisationCode) ?? round.organisationCode,
                })}
              </li>
            ),
          )}
        </ul>
      )}
      {plan.synthetic && <p className="notice">{t('views.reference.synthetic')}</p>}
      {files.map((file) =>
        file.ok ? (
          file.kind !== 'other' && (
            <FileNotices key={file.name} name={file.name} version={file.version} notices={file.notices} />
          )
        ) : (
          <IssueList
            key={file.name}
            heading={t('views.open.refusedTitle', { name: file.name })}
            lead={t('views.open.refusedLead')}
            issues={file.issues}
          />
        ),
      )}
      {total > 0 && (
        <div className="reference-tables">
          <CountTable
            caption={t('views.reference.byYear')}
            first={t('views.reference.year')}
            rows={plan.byYear.map(([year, counts]) => [String(year), counts])}
          />
          <CountTable
            caption={t('views.reference.byQuestionnaire')}
            first={t('views.reference.questionnaire')}
            rows={plan.byQuestionnaire}
          />
          <CountTable
            caption={t('views.reference.byCounty')}
            first={t('views.reference.county')}
            rows={plan.byCounty}
          />
        </div>
      )}
      {refused.length > 0 && (
        <section aria-labelledby="reference-refused">
          <h3 id="reference-refused">{t('views.reference.refusedTitle')}</h3>
          <ul>
            {refused.slice(0, NAMED).map((round) => (
              <li key={`${round.fileName}:${round.id}`}>
                {t('views.reference.refusedItem', {
                  municipality: names.get(round.organisationCode) ?? round.organisationCode,
                  year: round.year,
                  label: round.label ? ` (${round.label})` : '',
                  file: round.fileName,
                  reason: t(`views.reference.${round.reason!}`),
                })}
              </li>
            ))}
          </ul>
          {refused.length > NAMED && <p>{t('views.reference.more', format.count(refused.length - NAMED))}</p>}
        </section>
      )}
    </>
  );
}

function CountTable({ caption, first, rows }: { caption: string; first: string; rows: [string, Counts][] }) {
  const { t } = useTranslation('exchange');
  const format = useFormat();
  const columns = ['add', 'same', 'replace', 'refused'] as const;
  return (
    <TableScroll label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {columns.map((column) => (
              <th key={column} scope="col" className="num">
                {t(`views.reference.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, counts]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              {columns.map((column) => (
                <td key={column} className="num">
                  {format.number(counts[column])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
