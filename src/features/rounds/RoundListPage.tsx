import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { loadRegister } from '../../exchange/municipalities';
import { useStorageHealth } from '../../state/storage-health';
import { useOrganisationCode } from '../../storage/live';
import { Localized } from '../../ui/LocalizedText';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { paths, roundPath } from '../../ui/paths';
import { useRoundSummaries } from '../../storage/live-rounds';
import { TableScroll } from '../../ui/TableScroll';

/** The chosen municipality's rounds with year, version, status and progress. */
export default function RoundListPage() {
  const { t } = useTranslation();
  const code = useOrganisationCode();
  if (code === undefined) return <p role="status">{t('rounds.loading')}</p>;
  if (code === null) {
    return (
      <Page title={t('rounds.title')}>
        <p>{t('rounds.chooseFirst')}</p>
        <p>
          <Link href={paths.chooseOrganisation}>{t('rounds.chooseLink')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Suspense fallback={<p role="status">{t('rounds.loading')}</p>}>
      <RoundList code={code} />
    </Suspense>
  );
}

function RoundList({ code }: { code: string }) {
  const { t } = useTranslation();
  const register = use(loadRegister());
  const name = register.municipalities.find((m) => m.code === code)?.name ?? code;
  const summaries = useRoundSummaries(code);
  const persisted = useStorageHealth((s) => s.persisted);
  return (
    <Page title={t('rounds.titleFor', { name })}>
      <HelpLink section="process" />
      <p>{t('rounds.lead')}</p>
      {persisted === false && <p className="notice">{t('rounds.notPersisted')}</p>}
      <p>
        <Link href={paths.newRound} className="button-link">
          {t('rounds.start')}
        </Link>
        {summaries && summaries.length >= 2 && (
          <>
            {' '}
            <Link href={paths.compare}>{t('rounds.compare')}</Link>
          </>
        )}
        {summaries && summaries.length >= 1 && (
          <>
            {' '}
            <Link href={paths.peers}>{t('rounds.comparePeers')}</Link>
          </>
        )}
      </p>
      {summaries === undefined ? (
        <p role="status">{t('rounds.loading')}</p>
      ) : summaries.length === 0 ? (
        <>
          <p>{t('rounds.none')}</p>
          <p>
            {t('rounds.noneHelp')} <Link href={paths.guide}>{t('start.guideLink')}</Link> ·{' '}
            <Link href={paths.example}>{t('start.example')}</Link>
          </p>
        </>
      ) : (
        <TableScroll label={t('rounds.tableCaption')}>
          <table>
            <caption>{t('rounds.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rounds.year')}</th>
                <th scope="col">{t('rounds.questionnaire')}</th>
                <th scope="col">{t('rounds.status')}</th>
                <th scope="col">{t('rounds.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {summaries.map(({ round, questionnaire, progress }) => (
                <tr key={round.id}>
                  <th scope="row">
                    <Link href={roundPath(round.id)}>
                      {round.label
                        ? t('rounds.openLabelled', { year: round.year, label: round.label })
                        : t('rounds.open', { year: round.year })}
                    </Link>
                  </th>
                  <td>
                    {questionnaire ? (
                      <Localized text={questionnaire.title} />
                    ) : (
                      round.questionnaireKey.split('#')[0]
                    )}
                  </td>
                  <td>{t(`rounds.statusValue.${round.status}`)}</td>
                  <td>{t('rounds.progressValue', { answered: progress.answered, total: progress.total })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Page>
  );
}
