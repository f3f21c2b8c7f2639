import { createElement, Suspense, type ComponentType, type ReactNode } from 'react';
import { loadNamespaces, type Namespace } from '../i18n/i18n';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { StartPage } from '../features/start/StartPage';
import { StorageBoundary } from '../storage/StorageBoundary';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { paths } from '../ui/paths';
import { CrashView } from './CrashView';
import { Layout, preloadRoundBanner } from './Layout';
import { lazyView, type LazyView } from './lazy-view';
import { NotFoundPage } from './NotFoundPage';
import { parseRoute } from './route-pattern';

let storageStarted: Promise<void> | undefined;

/**
 * Opens the database once per page, with its health watched (the storage banner: refused,
 * full, blocked, a newer version in another tab), asks to keep the data, and replays text an
 * earlier page left unsaved. Started by the first view, not the start page, which needs none of
 * it. Settles also when storage fails: the banner and the views say so.
 */
function startStorageOnce(): Promise<void> {
  storageStarted ??= import('./storage-health')
    .then((m) => m.startStorage())
    // Never holds a view back: a chunk that fails to load fails the view's own import too.
    .catch((error: unknown) => console.error(error));
  return storageStarted;
}

/**
 * A view loaded on demand. Its strings' namespaces load at the same time as its chunk, so the
 * view does not wait for its chunk and then, suspended, for its strings. A view that may read or
 * write data (`storage`, the default) starts storage and waits until it has started, so the
 * health handlers are in place and the journal is replayed before its first read. `also` loads
 * with it what the layout shows beside it (a round's live banner).
 */
function view<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  namespaces: readonly Namespace[] = [],
  { storage = true, also }: { storage?: boolean; also?: () => Promise<unknown> } = {},
) {
  return lazyView<P>(async () => {
    const [, module] = await Promise.all([
      loadNamespaces(namespaces),
      load(),
      storage && startStorageOnce(),
      also?.(),
    ]);
    return module.default;
  });
}

const QuestionnairePage = view(
  () => import('../features/questionnaires/QuestionnairePage'),
  ['questionnaires', 'validation'],
);
// Prose only: no storage (nor its bytes) until a view that uses it.
const AboutPage = view(() => import('../features/about/AboutPage'), ['about'], { storage: false });
const AccessibilityPage = view(
  () => import('../features/accessibility/AccessibilityPage'),
  ['accessibility'],
  {
    storage: false,
  },
);
const QuestionnaireListPage = view(
  () => import('../features/questionnaires/QuestionnaireListPage'),
  ['questionnaires', 'validation'],
);
const ChooseOrganisationPage = view(
  () => import('../features/organisation/ChooseOrganisationPage'),
  ['organisation'],
);
const SettingsPage = view(
  () => import('../features/settings/SettingsPage'),
  ['settings', 'exchange', 'live'],
);
const RoundListPage = view(() => import('../features/rounds/RoundListPage'), ['rounds', 'start']);
const NewRoundPage = view(() => import('../features/rounds/NewRoundPage'), ['rounds']);
// A round's pages come with the round's live banner (Layout), so it does not load after them.
const RoundPage = view(
  () => import('../features/rounds/RoundPage'),
  ['rounds', 'flowerbox', 'exchange', 'live', 'questionnaires'],
  { also: preloadRoundBanner },
);
const AnswerPage = view(() => import('../features/answer/AnswerPage'), ['rounds', 'live'], {
  also: preloadRoundBanner,
});
const ResultPage = view(
  () => import('../features/flowerbox/ResultPage'),
  ['flowerbox', 'rounds', 'questionnaires'],
  { also: preloadRoundBanner },
);
const OpenFilePage = view(() => import('../features/exchange/OpenFilePage'), ['exchange', 'validation']);
const SharePage = view(() => import('../features/exchange/SharePage'), ['exchange', 'questionnaires'], {
  also: preloadRoundBanner,
});
const BackupPage = view(() => import('../features/exchange/BackupPage'), ['exchange', 'validation']);
const ComparePage = view(
  () => import('../features/compare/ComparePage'),
  ['compare', 'rounds', 'start', 'flowerbox'],
);
const PlanPage = view(() => import('../features/plan/PlanPage'), ['plan']);
const ReportPage = view(
  () => import('../features/report/ReportPage'),
  ['report', 'questionnaires', 'flowerbox'],
);
const GuidePage = view(() => import('../features/guide/GuidePage'), ['guide', 'start']);
const HelpPage = view(() => import('../features/help/HelpPage'), ['help'], { storage: false });
const ExamplePage = view(() => import('../features/example/ExamplePage'), ['example']);
const PeersPage = view(() => import('../features/peers/PeersPage'), ['peers', 'rounds']);
const JoinPage = view(() => import('../features/live/JoinPage'), ['live', 'validation']);
// Shown only when storage fails, so it loads only then.
const StorageProblemPage = view(async () => ({
  default: (await import('../ui/StorageProblem')).StorageProblemPage,
}));

type Params = Record<string, string | undefined>;

interface RouteEntry {
  /** No path: any address (the last route). */
  path?: string;
  /** The lazy view it shows, started before the first render on a cold load (routeAt). */
  view?: LazyView<never>;
  /** Strings the route needs before its first render besides `common`, when its view is not lazy. */
  namespaces?: readonly Namespace[];
  render: (params: Params) => ReactNode;
}

/** A route to a lazy view, given its props from the address's parameters. */
function route<P extends object>(path: string, View: LazyView<P>, props: (params: Params) => P): RouteEntry {
  return { path, view: View as LazyView<never>, render: (params) => <View {...props(params)} /> };
}
const none = () => ({});

/** Every route, in the order they are tried: the first that matches the address is shown. */
const ROUTES: readonly RouteEntry[] = [
  { path: paths.start, namespaces: ['start'], render: () => <StartPage /> },
  route(paths.questionnaire, QuestionnairePage, (p) => ({ id: p.id!, version: p.version! })),
  route(paths.questionnaires, QuestionnaireListPage, none),
  route(paths.chooseOrganisation, ChooseOrganisationPage, none),
  route(paths.settings, SettingsPage, none),
  route(paths.rounds, RoundListPage, none),
  route(paths.newRound, NewRoundPage, none),
  route(paths.round, RoundPage, (p) => ({ roundId: p.roundId! })),
  route(paths.plan, PlanPage, (p) => ({ roundId: p.roundId! })),
  route(paths.report, ReportPage, (p) => ({ roundId: p.roundId! })),
  route(paths.answer, AnswerPage, (p) => ({ roundId: p.roundId!, sectionId: p.sectionId! })),
  route(paths.result, ResultPage, (p) => ({ roundId: p.roundId! })),
  route(paths.compareView, ComparePage, (p) => ({ view: p.view, ids: p.ids })),
  route(paths.compare, ComparePage, none),
  route(paths.peersRound, PeersPage, (p) => ({ roundId: p.roundId })),
  route(paths.peers, PeersPage, none),
  route(paths.join, JoinPage, (p) => ({ token: p.token! })),
  route(paths.openFile, OpenFilePage, none),
  route(paths.share, SharePage, (p) => ({ roundId: p.roundId! })),
  route(paths.backup, BackupPage, none),
  route(paths.guide, GuidePage, none),
  route(paths.example, ExamplePage, none),
  route(paths.helpSection, HelpPage, (p) => ({ section: p.section })),
  route(paths.help, HelpPage, none),
  route(paths.about, AboutPage, none),
  route(paths.accessibility, AccessibilityPage, none),
  { render: () => <NotFoundPage /> },
];

/**
 * The route at `location` (main.tsx, before React renders anything): the namespaces to load with
 * `common`, and `preload`, which starts what its view needs (chunk, strings, storage) and settles
 * when the view can render without suspending.
 */
export function routeAt(location: string): {
  namespaces: readonly Namespace[];
  preload: () => Promise<unknown>;
} {
  const found = ROUTES.find((r) => parseRoute(r.path ?? '*').pattern.test(location));
  return {
    namespaces: found?.namespaces ?? [],
    preload: () => found?.view?.preload() ?? Promise.resolve(),
  };
}

function Routes() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <ErrorBoundary resetKey={location} fallback={(error) => <CrashView error={error} />}>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        {/* A view whose live reads meet a storage failure says so here instead of loading for ever. */}
        <StorageBoundary resetKey={location} fallback={(problem) => <StorageProblemPage problem={problem} />}>
          {/* The routes as separate children, not a keyed list: going between two routes of the
              same view (the help's sections, the comparisons) keeps the view, as written-out
              routes did. */}
          {createElement(
            Switch,
            null,
            ...ROUTES.map(({ path, render }) => (
              <Route path={path}>{(params: Params) => render(params)}</Route>
            )),
          )}
        </StorageBoundary>
      </Suspense>
    </ErrorBoundary>
  );
}

/** The whole app: hash router, layout, and one route per view. */
export function App() {
  return (
    <Router hook={useHashLocation} parser={parseRoute}>
      {/* Until the chosen language's shared words have loaded (a few kB), there is nothing to say. */}
      <Suspense fallback={null}>
        <Layout>
          <Routes />
        </Layout>
      </Suspense>
    </Router>
  );
}
