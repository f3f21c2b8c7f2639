import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { fetchCatalog } from '../../exchange/bundled-questionnaires';
import { IssueList } from '../../ui/IssueList';
import { Localized } from '../../ui/LocalizedText';
import { Page } from '../../ui/Page';
import { formatDate } from '../../ui/format';
import { paths, questionnairePath } from '../../ui/paths';
import { useGuideDismissed, useOrganisationCode } from '../../storage/live';
import { StorageBoundary } from '../../storage/StorageBoundary';

/** The start page: what eBlomlådan is, and the questionnaires that come with it. */
export function StartPage() {
  const { t } = useTranslation('start');
  return (
    <Page title={t('title')} className="start">
      <p className="lead">{t('lead')}</p>
      <ul className="metaphor">
        <li className="metaphor__flowers">{t('flowers')}</li>
        <li className="metaphor__grass">{t('grass')}</li>
        <li className="metaphor__soil">{t('soil')}</li>
      </ul>
      <p className="notice">{t('privacy')}</p>
      {/* Without storage the next step is unknown; the storage banner above says why. */}
      <StorageBoundary fallback={() => null}>
        <NextStep />
      </StorageBoundary>
      <p>
        <Link href={paths.about}>{t('nav.about')}</Link> · <Link href={paths.guide}>{t('guideLink')}</Link> ·{' '}
        <Link href={paths.example}>{t('example')}</Link>
      </p>
      <section aria-labelledby="bundled-heading">
        <h2 id="bundled-heading">{t('questionnairesTitle')}</h2>
        <p>{t('questionnairesLead')}</p>
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <BundledQuestionnaires />
        </Suspense>
      </section>
    </Page>
  );
}

function BundledQuestionnaires() {
  const { t, i18n } = useTranslation('start');
  const catalog = use(fetchCatalog());
  if (!catalog.ok) {
    return <IssueList heading={t('catalogError')} issues={catalog.issues} />;
  }
  if (catalog.value.length === 0) return <p>{t('noQuestionnaires')}</p>;
  return (
    <ul className="card-list">
      {catalog.value.map((entry) => (
        <li key={entry.file} className="card">
          <h3>
            <Localized text={entry.title} />
          </h3>
          <p>
            {t('version', { version: entry.version })} ·{' '}
            {t('published', { date: formatDate(entry.published, i18n.language) })}
          </p>
          <p>
            <Link href={questionnairePath(entry.id, entry.version)}>
              {t('open', { title: entry.title[i18n.language === 'en' ? 'en' : 'sv'] })}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * Where a user goes next: on a first visit (no municipality, guide neither finished nor skipped)
 * the guide is offered; then choose a municipality, then its rounds.
 */
function NextStep() {
  const { t } = useTranslation('start');
  const code = useOrganisationCode();
  const guideDismissed = useGuideDismissed();
  if (code === undefined || guideDismissed === undefined) return null;
  return (
    <>
      {code === null && !guideDismissed && (
        <div className="notice">
          <p>{t('guideOffer')}</p>
          <p>
            <Link href={paths.guide} className="button-link">
              {t('guideStart')}
            </Link>
          </p>
        </div>
      )}
      <p>
        <Link href={code ? paths.rounds : paths.chooseOrganisation} className="button-link">
          {code ? t('toRounds') : t('chooseMunicipality')}
        </Link>
      </p>
    </>
  );
}
