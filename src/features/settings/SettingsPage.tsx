import { Suspense, use, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { loadRegister } from '../../exchange/municipalities';
import { LANGUAGES } from '../../i18n/i18n';
import { usePreferences } from '../../state/preferences';
import { useStorageHealth } from '../../state/storage-health';
import { useLastBackup, useOrganisationCode } from '../../storage/live';
import { formatBytes, formatDateTime } from '../../ui/format';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { paths } from '../../ui/paths';
import { EraseSection } from './EraseSection';
import { LiveSection } from './LiveSection';
import { Stored } from './Stored';

/** This browser's settings: the municipality, the interface language, and how safe the storage is. */
export default function SettingsPage() {
  const { t } = useTranslation(['settings', 'exchange']);
  return (
    <Page title={t('title')}>
      <HelpLink section="storage" />
      <p>{t('lead')}</p>
      <OrganisationSection />
      <LanguageSection />
      <StorageSection />
      <BackupSection />
      <LiveSection />
      <EraseSection />
    </Page>
  );
}

function OrganisationSection() {
  const { t } = useTranslation(['settings', 'exchange']);
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('organisation.title')}</h2>
      <Stored>
        <Organisation />
      </Stored>
    </section>
  );
}

function Organisation() {
  const { t } = useTranslation(['settings', 'exchange']);
  const code = useOrganisationCode();
  return (
    <>
      {code === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : code === null ? (
        <>
          <p>
            <strong>{t('organisation.none')}</strong>
          </p>
          <p>{t('organisation.noneLead')}</p>
          <p>
            <Link href={paths.chooseOrganisation}>{t('organisation.choose')}</Link>
          </p>
        </>
      ) : (
        <>
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <Municipality code={code} />
          </Suspense>
          <p>
            <Link href={paths.chooseOrganisation}>{t('organisation.change')}</Link>
          </p>
        </>
      )}
    </>
  );
}

function Municipality({ code }: { code: string }) {
  const { t } = useTranslation(['settings', 'exchange']);
  const municipality = use(loadRegister()).municipalities.find((m) => m.code === code);
  if (!municipality) return <p>{t('organisation.unknown', { code })}</p>;
  const { name, county, group } = municipality;
  return (
    <dl className="facts">
      <div>
        <dt>{t('organisation.name')}</dt>
        <dd>{name}</dd>
      </div>
      <div>
        <dt>{t('organisation.code')}</dt>
        <dd>{code}</dd>
      </div>
      <div>
        <dt>{t('organisation.county')}</dt>
        <dd lang="sv">{county.name}</dd>
      </div>
      <div>
        <dt>{t('organisation.group')}</dt>
        <dd lang="sv">{t('organisation.groupValue', { code: group.code, name: group.name })}</dd>
      </div>
    </dl>
  );
}

function LanguageSection() {
  const { t } = useTranslation(['settings', 'exchange']);
  const language = usePreferences((s) => s.language);
  const setLanguage = usePreferences((s) => s.setLanguage);
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('language.title')}</h2>
      <fieldset className="field" aria-describedby={`${id}-hint`}>
        <legend>{t('language.legend')}</legend>
        <p className="hint" id={`${id}-hint`}>
          {t('language.hint')}
        </p>
        {LANGUAGES.map((option) => (
          <div className="choice" key={option.code}>
            <input
              type="radio"
              id={`${id}-${option.code}`}
              name={`${id}-language`}
              value={option.code}
              checked={language === option.code}
              onChange={() => setLanguage(option.code)}
            />
            <label htmlFor={`${id}-${option.code}`} lang={option.code}>
              {option.name}
            </label>
          </div>
        ))}
      </fieldset>
    </section>
  );
}

type AskOutcome = 'asking' | 'granted' | 'denied' | 'unavailable' | 'failed';

function StorageSection() {
  const { t, i18n } = useTranslation(['settings', 'exchange']);
  const persisted = useStorageHealth((s) => s.persisted);
  const estimate = useStorageHealth((s) => s.estimate);
  const [outcome, setOutcome] = useState<AskOutcome>();
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const id = useId();

  // The usage read at start may be old (a round added, everything deleted): ask again here.
  useEffect(() => {
    let current = true;
    void navigator.storage
      ?.estimate?.()
      .then(({ usage = 0, quota = 0 }) => {
        if (current) useStorageHealth.getState().setEstimate({ usage, quota });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);

  // When the browser says yes the button goes away; keep keyboard focus on the answer.
  useEffect(() => {
    if (outcome === 'granted') outcomeRef.current?.focus();
  }, [outcome]);

  async function askForPersistence() {
    if (outcome === 'asking') return;
    setOutcome('asking');
    const { setPersisted } = useStorageHealth.getState();
    if (typeof navigator.storage?.persist !== 'function') {
      setPersisted('unsupported');
      setOutcome('unavailable');
      return;
    }
    try {
      const result = await navigator.storage.persist();
      setPersisted(result);
      setOutcome(result ? 'granted' : 'denied');
    } catch {
      setOutcome('failed');
    }
  }

  const status =
    persisted === undefined
      ? t('storage.checking')
      : persisted === 'unsupported'
        ? t('storage.unsupported')
        : persisted
          ? t('storage.persisted')
          : t('storage.notPersisted');

  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('storage.title')}</h2>
      <p>{t('storage.lead')}</p>
      <p className={persisted === false ? 'notice' : undefined}>{status}</p>
      {estimate && estimate.quota > 0 && (
        <p>
          {t('storage.usage', {
            used: formatBytes(estimate.usage, i18n.language),
            quota: formatBytes(estimate.quota, i18n.language),
          })}
        </p>
      )}
      {persisted === false && outcome !== 'granted' && (
        <p>
          <button type="button" onClick={() => void askForPersistence()}>
            {t('storage.ask')}
          </button>
        </p>
      )}
      <p role="status" ref={outcomeRef} tabIndex={-1} className="storage-outcome">
        {outcome && t(`storage.${outcome}`)}
      </p>
    </section>
  );
}

/** When the last backup was made, and the way to make one. */
function BackupSection() {
  const { t } = useTranslation(['settings', 'exchange']);
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('exchange:notices.backupTitle')}</h2>
      <Stored>
        <LastBackup />
      </Stored>
      <p>
        <Link href={paths.backup}>{t('exchange:notices.saveBackup')}</Link>
      </p>
    </section>
  );
}

function LastBackup() {
  const { t, i18n } = useTranslation(['settings', 'exchange']);
  const last = useLastBackup();
  return last === undefined ? (
    <p role="status">{t('app.loading')}</p>
  ) : (
    <p>
      {last
        ? t('exchange:notices.lastBackup', {
            date: formatDateTime(last, i18n.language),
          })
        : t('exchange:notices.noBackup')}
    </p>
  );
}
