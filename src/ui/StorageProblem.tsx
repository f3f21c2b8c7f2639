import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Resources } from '../i18n/i18n';
import { HelpLink } from './HelpLink';
import { Page } from './Page';
import { paths } from './paths';

/** A storage problem, by its message key (`storage.problem.*`). */
type Problem = keyof Resources['common']['storage']['problem'];

/** Problems that a reload solves: another tab runs a newer eBlomlådan. */
const RELOAD: readonly Problem[] = ['version-change', 'newer-database'];

/**
 * A view that needs the browser's storage when the browser refuses it (private mode, site data
 * blocked) or another tab took it over: says why in plain words and what still works, instead of
 * "Laddar …" for ever. Rendered by the route's StorageBoundary (app/App.tsx).
 */
export function StorageProblemPage({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  return (
    <Page title={t('storageFailure.title')}>
      <HelpLink section="storage" />
      <p>{t('storageFailure.lead')}</p>
      <p className="notice">{t(`storage.problem.${problem}`)}</p>
      {RELOAD.includes(problem) && (
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('storage.reload')}
          </button>
        </p>
      )}
      <p>{t('storageFailure.stillWorks')}</p>
      <ul>
        <li>
          <Link href={paths.questionnaires}>{t('storageFailure.questionnaires')}</Link>
        </li>
        <li>
          <Link href={paths.help}>{t('storageFailure.help')}</Link>
        </li>
        <li>
          <Link href={paths.about}>{t('storageFailure.about')}</Link>
        </li>
      </ul>
    </Page>
  );
}

/** The same, for one part of a view whose other parts still work (e.g. a section of the settings). */
export function StorageProblemNotice({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  return (
    <div className="notice">
      <p>{t('storageFailure.part')}</p>
      <p>{t(`storage.problem.${problem}`)}</p>
    </div>
  );
}
