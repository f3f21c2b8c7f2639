import { Suspense, use, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { loadRegister } from '../../exchange/municipalities';
import { LANGUAGES } from '../../i18n/i18n';
import { usePreferences } from '../../state/preferences';
import { useStorageHealth } from '../../state/storage-health';
import { useLastBackup, useOrganisationCode } from '../../storage/live';
import { formatDateTime } from '../../ui/format';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { paths } from '../../ui/paths';
import '../../i18n/exchange-strings';
import { EraseSection } from './EraseSection';
import { LiveSection } from './LiveSection';
import { Stored } from './Stored';

/** This browser's settings: the municipality, the interface language, and how safe the storage is. */
export default function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('settings.title')}>
      <HelpLink section="storage" />
      <p>{t('settings.lead')}</p>
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
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('settings.organisation.title')}</h2>
      <Stored>
        <Organisation />
      </Stored>
    </section>
  );
}

function Organisation() {
  const { t } = useTranslation();
  const code = useOrganisationCode();
  return (
    <>
      {code === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : code === null ? (
        <>
          <p>
            <strong>{t('settings.organisation.none')}</strong>
          </p>
          <p>{t('settings.organisation.noneLead')}</p>
          <p>
            <Link href={paths.chooseOrganisation}>{t('settings.organisation.choose')}</Link>
          </p>
        </>
      ) : (
        <>
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <Municipality code={code} />
          </Suspense>
          <p>
            <Link href={paths.chooseOrganisation}>{t('settings.organisation.change')}</Link>
          </p>
        </>
      )}
    </>
  );
}

function Municipality({ code }: { code: string }) {
  const { t } = useTranslation();
  const municipality = use(loadRegister()).municipalities.find((m) => m.code === code);
  if (!municipality) return <p>{t('settings.organisation.unknown', { code })}</p>;
  const { name, county, group } = municipality;
  return (
    <dl className="facts">
      <div>
        <dt>{t('settings.organisation.name')}</dt>
        <dd>{name}</dd>
      </div>
      <div>
        <dt>{t('settings.organisation.code')}</dt>
        <dd>{code}</dd>
      </div>
      <div>
        <dt>{t('settings.organisation.county')}</dt>
        <dd lang="sv">{county.name}</dd>
      </div>
      <div>
        <dt>{t('settings.organisation.group')}</dt>
        <dd lang="sv">{t('settings.organisation.groupValue', { code: group.code, name: group.name })}</dd>
      </div>
    </dl>
  );
}

function LanguageSection() {
  const { t } = useTranslation();
  const language = usePreferences((s) => s.language);
  const setLanguage = usePreferences((s) => s.setLanguage);
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('settings.language.title')}</h2>
      <fieldset className="field" aria-describedby={`${id}-hint`}>
        <legend>{t('settings.language.legend')}</legend>
        <p className="hint" id={`${id}-hint`}>
          {t('settings.language.hint')}
        </p>
        {LANGUAGES.map((option) => (
          <div className="choice" key={option}>
            <input
              type="radio"
              id={`${id}-${option}`}
              name={`${id}-language`}
              value={option}
              checked={language === option}
              onChange={() => setLanguage(option)}
            />
            <label htmlFor={`${id}-${option}`} lang={option}>
              {t(`settings.language.${option}`)}
            </label>
          </div>
        ))}
      </fieldset>
    </section>
  );
}

type AskOutcome = 'asking' | 'granted' | 'denied' | 'unavailable' | 'failed';

function StorageSection() {
  const { t, i18n } = useTranslation();
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
      ? t('settings.storage.checking')
      : persisted === 'unsupported'
        ? t('settings.storage.unsupported')
        : persisted
          ? t('settings.storage.persisted')
          : t('settings.storage.notPersisted');

  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('settings.storage.title')}</h2>
      <p>{t('settings.storage.lead')}</p>
      <p className={persisted === false ? 'notice' : undefined}>{status}</p>
      {estimate && estimate.quota > 0 && (
        <p>
          {t('settings.storage.usage', {
            used: formatBytes(estimate.usage, i18n.language),
            quota: formatBytes(estimate.quota, i18n.language),
          })}
        </p>
      )}
      {persisted === false && outcome !== 'granted' && (
        <p>
          <button type="button" onClick={() => void askForPersistence()}>
            {t('settings.storage.ask')}
          </button>
        </p>
      )}
      <p role="status" ref={outcomeRef} tabIndex={-1} className="storage-outcome">
        {outcome && t(`settings.storage.${outcome}`)}
      </p>
    </section>
  );
}

/** When the last backup was made, and the way to make one. */
function BackupSection() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('exchangeNotices.backupTitle')}</h2>
      <Stored>
        <LastBackup />
      </Stored>
      <p>
        <Link href={paths.backup}>{t('exchangeNotices.saveBackup')}</Link>
      </p>
    </section>
  );
}

function LastBackup() {
  const { t, i18n } = useTranslation();
  const last = useLastBackup();
  return last === undefined ? (
    <p role="status">{t('app.loading')}</p>
  ) : (
    <p>
      {last
        ? t('exchangeNotices.lastBackup', {
            date: formatDateTime(last, i18n.language),
          })
        : t('exchangeNotices.noBackup')}
    </p>
  );
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A size in bytes in the interface language, e.g. "1,2 MB" in Swedish and "1.2 MB" in English. */
function formatBytes(bytes: number, language: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
