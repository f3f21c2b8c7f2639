import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { loadRegister } from '../../exchange/municipalities';
import { useStorageHealth } from '../../state/storage-health';
import { useOrganisationCode } from '../../storage/live';
import { useFormat } from '../../ui/format';
import { Localized } from '../../ui/LocalizedText';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { paths, roundPath } from '../../ui/paths';
import { useRoundSummaries } from '../../storage/live-rounds';
import { TableScroll } from '../../ui/TableScroll';

/** The chosen municipality's rounds with year, version, status and progress. */
export default function RoundListPage() {
  const { t } = useTranslation(['rounds', 'start']);
  const code = useOrganisationCode();
  if (code === undefined) return <p role="status">{t('loading')}</p>;
  if (code === null) {
    return (
      <Page title={t('title')}>
        <p>{t('chooseFirst')}</p>
        <p>
          <Link href={paths.chooseOrganisation}>{t('chooseLink')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Suspense fallback={<p role="status">{t('loading')}</p>}>
      <RoundList code={code} />
    </Suspense>
  );
}

function RoundList({ code }: { code: string }) {
  const { t } = useTranslation(['rounds', 'start']);
  const format = useFormat();
  const register = use(loadRegister());
  const name = register.municipalities.find((m) => m.code === code)?.name ?? code;
  const summaries = useRoundSummaries(code);
  const persisted = useStorageHealth((s) => s.persisted);
  return (
    <Page title={t('titleFor', { name })}>
      <HelpLink section="process" />
      <p>{t('lead')}</p>
      {persisted === false && <p className="notice">{t('notPersisted')}</p>}
      <p>
        <Link href={paths.newRound} className="button-link">
          {t('start')}
        </Link>
        {summaries && summaries.length >= 2 && (
          <>
            {' '}
            <Link href={paths.compare}>{t('compare')}</Link>
          </>
        )}
        {summaries && summaries.length >= 1 && (
          <>
            {' '}
            <Link href={paths.peers}>{t('comparePeers')}</Link>
          </>
        )}
      </p>
      {summaries === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : summaries.length === 0 ? (
        <>
          <p>{t('none')}</p>
          <p>
            {t('noneHelp')} <Link href={paths.guide}>{t('start:guideLink')}</Link> ·{' '}
            <Link href={paths.example}>{t('start:example')}</Link>
          </p>
        </>
      ) : (
        <TableScroll label={t('tableCaption')}>
          <table>
            <caption>{t('tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('year')}</th>
                <th scope="col">{t('questionnaire')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('progress')}</th>
              </tr>
            </thead>
            <tbody>
              {summaries.map(({ round, questionnaire, progress }) => (
                <tr key={round.id}>
                  <th scope="row">
                    <Link href={roundPath(round.id)}>
                      {round.label
                        ? t('openLabelled', { year: round.year, label: round.label })
                        : t('open', { year: round.year })}
                    </Link>
                  </th>
                  <td>
                    {questionnaire ? (
                      <Localized text={questionnaire.title} />
                    ) : (
                      round.questionnaireKey.split('#')[0]
                    )}
                  </td>
                  <td>{t(`statusValue.${round.status}`)}</td>
                  <td>
                    {t('progressValue', {
                      answered: format.number(progress.answered),
                      total: format.number(progress.total),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Page>
  );
}
