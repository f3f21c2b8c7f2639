import { createElement, Suspense, type ComponentType, type ReactNode } from 'react';
import { loadNamespaces, type Namespace } from '../i18n/i18n';
import { useTranslation } from 'react-i18next';
import { matchRoute, Route, Router, Switch, useLocation } from 'wouter';
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
import { findRoute, ROUTES, type Params, type RouteEntry } from './routes';
import { startStorageOnce } from './storage-start';

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

// Shown only when storage fails, so it loads only then.
const StorageProblemPage = view(async () => ({
  default: (await import('../ui/StorageProblem')).StorageProblemPage,
}));

/** One view per module: two routes to the same view share it (see routes.ts). */
const views = new Map<RouteEntry['load'], LazyView<never>>();
function viewOf(entry: RouteEntry): LazyView<never> | undefined {
  const { load } = entry;
  if (!load) return undefined;
  let found = views.get(load);
  if (!found) {
    found = view(load, entry.namespaces, {
      storage: entry.storage,
      also: entry.round ? preloadRoundBanner : undefined,
    });
    views.set(load, found);
  }
  return found;
}

/** What a route shows for the address's parameters. */
function render(entry: RouteEntry): (params: Params) => ReactNode {
  const View = viewOf(entry) as LazyView<object> | undefined;
  if (View) return (params) => <View {...entry.props(params)} />;
  return entry.path === paths.start ? () => <StartPage /> : () => <NotFoundPage />;
}

const RENDER = ROUTES.map(render);

/**
 * The route at `location` (main.tsx, before React renders anything): the namespaces to load with
 * `common`, and `preload`, which starts what its view needs (chunk, strings, storage, its first
 * reads) and settles
 * when the view can render without suspending.
 */
export function routeAt(location: string): {
  namespaces: readonly Namespace[];
  preload: () => Promise<unknown>;
} {
  const entry = findRoute(location);
  const View = viewOf(entry);
  const [, params] = matchRoute(parseRoute, entry.path ?? '*', location);
  const { prepare } = entry;
  return {
    // A view loaded on demand brings its own strings; the start page's load with `common`.
    namespaces: View ? [] : entry.namespaces,
    preload: () =>
      Promise.all([View?.preload(), prepare && startStorageOnce().then(() => prepare(params ?? {}))]),
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
            ...ROUTES.map(({ path }, i) => (
              <Route path={path}>{(params: Params) => RENDER[i]!(params)}</Route>
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
