import { Suspense, use, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { fetchCatalog } from '../../exchange/bundled-catalog';
import { IssueList } from '../../ui/IssueList';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { Page } from '../../ui/Page';
import { formatDate } from '../../ui/format';
import { paths, questionnairePath } from '../../ui/paths';
import { useStorageHealth } from '../../state/storage-health';
import { openAlertOf } from '../../storage/errors';
import { onSettingsChanged, peekStartSettings, type StartSettings } from '../../storage/peek';

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
      <NextStep />
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
  const localized = useLocalized();
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
              {t('open', { title: localized(entry.title) })}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * The start page's settings, read without Dexie (storage/peek.ts), again when a write changes
 * them and when the page is shown again (another tab may have chosen a municipality). Undefined
 * until read, and for good when the database cannot be opened: then the storage banner says why,
 * as app/storage-health.ts says it for the views.
 */
function useStartSettings(): StartSettings | undefined {
  const [settings, setSettings] = useState<StartSettings>();
  useEffect(() => {
    let live = true;
    let latest = 0;
    const read = () => {
      const reading = ++latest;
      // Only the latest read counts: an earlier one may finish after it.
      const current = () => live && reading === latest;
      return peekStartSettings().then(
        (read) => current() && setSettings(read),
        (error: unknown) => current() && useStorageHealth.getState().raise(openAlertOf(error)),
      );
    };
    const onShow = () => document.visibilityState === 'visible' && void read();
    void read();
    const unsubscribe = onSettingsChanged(() => void read());
    document.addEventListener('visibilitychange', onShow);
    return () => {
      live = false;
      unsubscribe();
      document.removeEventListener('visibilitychange', onShow);
    };
  }, []);
  return settings;
}

/**
 * Where a user goes next: on a first visit (no municipality, guide neither finished nor skipped)
 * the guide is offered; then choose a municipality, then its rounds.
 */
function NextStep() {
  const { t } = useTranslation('start');
  const settings = useStartSettings();
  if (!settings) return null;
  const { organisation: code, guideDismissed } = settings;
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
