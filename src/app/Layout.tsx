import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import { loadNamespaces } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';
import { usePreferences } from '../state/preferences';
import { useStorageHealth } from '../state/storage-health';
import { EXAMPLE_MODE } from '../storage/mode';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { paths } from '../ui/paths';
import { skipTo } from '../ui/skip';
import { lazyView } from './lazy-view';
import { UpdateBanner } from './update/UpdateBanner';

// A shared round's connection and its state in words: its own chunk, loaded with a round's pages
// (App.tsx), so the banner does not suspend after them (React would hold the page's reveal).
const RoundLive = lazyView(async () => {
  const [module] = await Promise.all([import('../features/live/RoundLive'), loadNamespaces(['live'])]);
  return module.default;
});

/** Starts loading the live banner of a round's pages, unless the example is shown (it has none). */
export const preloadRoundBanner = (): Promise<unknown> =>
  EXAMPLE_MODE ? Promise.resolve() : RoundLive.preload();

// The example's banner is its own chunk, loaded only while the example is shown.
const ExampleBanner = EXAMPLE_MODE ? lazyView(async () => (await import('./ExampleBanner')).default) : null;

/** Starts loading what the layout shows on every page beside the view (the example's banner). */
export const preloadLayout = (): Promise<unknown> => ExampleBanner?.preload() ?? Promise.resolve();

/** Header with navigation and language switch, the view, and a footer linking the accessibility statement. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const language = usePreferences((s) => s.language);
  const setLanguage = usePreferences((s) => s.setLanguage);
  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => skipTo(event, 'main')}>
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href={paths.start} className="brand">
            <img src="./favicon.svg" alt="" width="32" height="32" />
            <span>
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <nav aria-label={t('app.mainNav')}>
            <ul className="nav-list">
              <li>
                <NavLink href={paths.start}>{t('nav.start')}</NavLink>
              </li>
              <li>
                <NavLink href={paths.rounds}>{t('nav.rounds')}</NavLink>
              </li>
              <li>
                <NavLink href={paths.questionnaires}>{t('nav.questionnaires')}</NavLink>
              </li>
              <li>
                <NavLink href={paths.openFile}>{t('nav.openFile')}</NavLink>
              </li>
              <li>
                <NavLink href={paths.settings}>{t('nav.settings')}</NavLink>
              </li>
              <li>
                <NavLink href={paths.help}>{t('nav.help')}</NavLink>
              </li>
              <li>
                <NavLink href={paths.about}>{t('nav.about')}</NavLink>
              </li>
            </ul>
          </nav>
          {LANGUAGES.filter((other) => other.code !== language).map((other) => (
            <button
              key={other.code}
              type="button"
              className="language-switch"
              lang={other.code}
              onClick={() => setLanguage(other.code)}
            >
              {other.switchTo}
            </button>
          ))}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {ExampleBanner && (
          <Suspense fallback={null}>
            <ExampleBanner />
          </Suspense>
        )}
        <UpdateBanner />
        <StorageBanner />
        <LiveBanner />
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('footer.privacy')}</p>
        <p>
          <Link href={paths.accessibility}>{t('nav.accessibility')}</Link>
        </p>
      </footer>
    </>
  );
}

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [active] = useRoute(href);
  return (
    <Link href={href} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** A storage problem that concerns the whole app, e.g. a newer version opened in another tab. */
function StorageBanner() {
  const { t } = useTranslation();
  const alert = useStorageHealth((s) => s.alert);
  if (!alert) return null;
  return (
    <div className="issues storage-banner" role="alert">
      <p>{t(`storage.problem.${alert}`)}</p>
      {(alert === 'version-change' || alert === 'newer-database' || alert === 'unknown') && (
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('storage.reload')}
          </button>
        </p>
      )}
    </div>
  );
}

/** On every page of a round: the round's live connection, when it is shared (RoundLive). */
function LiveBanner() {
  const [overview, a] = useRoute(paths.round);
  const [part, b] = useRoute(paths.answer);
  const [result, c] = useRoute(paths.result);
  const [share, d] = useRoute(paths.share);
  const roundId =
    (overview && a?.roundId) || (part && b?.roundId) || (result && c?.roundId) || (share && d?.roundId);
  if (!roundId || EXAMPLE_MODE) return null;
  // When storage fails the round's own view says so; the banner then says nothing.
  return (
    <ErrorBoundary resetKey={roundId} fallback={() => null}>
      <Suspense fallback={null}>
        <RoundLive roundId={roundId} />
      </Suspense>
    </ErrorBoundary>
  );
}
