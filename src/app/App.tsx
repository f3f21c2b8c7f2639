import { lazy, Suspense, type ComponentType } from 'react';
import { loadNamespaces, type Namespace } from '../i18n/i18n';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { StartPage } from '../features/start/StartPage';
import { StorageBoundary } from '../storage/StorageBoundary';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { paths } from '../ui/paths';
import { CrashView } from './CrashView';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

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
 * health handlers are in place and the journal is replayed before its first read.
 */
function view<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  namespaces: readonly Namespace[] = [],
  { storage = true } = {},
) {
  return lazy(async () => {
    const [, module] = await Promise.all([loadNamespaces(namespaces), load(), storage && startStorageOnce()]);
    return module;
  });
}

const QuestionnairePage = view(
  () => import('../features/questionnaires/QuestionnairePage'),
  ['questionnaires', 'validation'],
);
// Prose only: no storage (nor its bytes) until a view that uses it.
const AboutPage = view(() => import('../features/about/AboutPage'), [], { storage: false });
const AccessibilityPage = view(() => import('../features/accessibility/AccessibilityPage'), [], {
  storage: false,
});
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
const RoundPage = view(
  () => import('../features/rounds/RoundPage'),
  ['rounds', 'flowerbox', 'exchange', 'live', 'questionnaires'],
);
const AnswerPage = view(() => import('../features/answer/AnswerPage'), ['rounds', 'exchange', 'live']);
const ResultPage = view(
  () => import('../features/flowerbox/ResultPage'),
  ['flowerbox', 'rounds', 'questionnaires'],
);
const OpenFilePage = view(() => import('../features/exchange/OpenFilePage'), ['exchange', 'validation']);
const SharePage = view(() => import('../features/exchange/SharePage'), ['exchange', 'questionnaires']);
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
const HelpPage = view(() => import('../features/help/HelpPage'), [], { storage: false });
const ExamplePage = view(() => import('../features/example/ExamplePage'), ['example']);
const PeersPage = view(() => import('../features/peers/PeersPage'), ['peers', 'rounds']);
const JoinPage = view(() => import('../features/live/JoinPage'), ['live', 'validation']);
// Shown only when storage fails, so it loads only then.
const StorageProblemPage = view(async () => ({
  default: (await import('../ui/StorageProblem')).StorageProblemPage,
}));

function Routes() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <ErrorBoundary resetKey={location} fallback={(error) => <CrashView error={error} />}>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        {/* A view whose live reads meet a storage failure says so here instead of loading for ever. */}
        <StorageBoundary resetKey={location} fallback={(problem) => <StorageProblemPage problem={problem} />}>
          <Switch>
            <Route path={paths.start} component={StartPage} />
            <Route path={paths.questionnaire}>
              {(params) => <QuestionnairePage id={params.id} version={params.version} />}
            </Route>
            <Route path={paths.questionnaires} component={QuestionnaireListPage} />
            <Route path={paths.chooseOrganisation} component={ChooseOrganisationPage} />
            <Route path={paths.settings} component={SettingsPage} />
            <Route path={paths.rounds} component={RoundListPage} />
            <Route path={paths.newRound} component={NewRoundPage} />
            <Route path={paths.round}>{(params) => <RoundPage roundId={params.roundId} />}</Route>
            <Route path={paths.plan}>{(params) => <PlanPage roundId={params.roundId} />}</Route>
            <Route path={paths.report}>{(params) => <ReportPage roundId={params.roundId} />}</Route>
            <Route path={paths.answer}>
              {(params) => <AnswerPage roundId={params.roundId} sectionId={params.sectionId} />}
            </Route>
            <Route path={paths.result}>{(params) => <ResultPage roundId={params.roundId} />}</Route>
            <Route path={paths.compareView}>
              {(params) => <ComparePage view={params.view} ids={params.ids} />}
            </Route>
            <Route path={paths.compare}>{() => <ComparePage />}</Route>
            <Route path={paths.peersRound}>{(params) => <PeersPage roundId={params.roundId} />}</Route>
            <Route path={paths.peers}>{() => <PeersPage />}</Route>
            <Route path={paths.join}>{(params) => <JoinPage token={params.token} />}</Route>
            <Route path={paths.openFile} component={OpenFilePage} />
            <Route path={paths.share}>{(params) => <SharePage roundId={params.roundId} />}</Route>
            <Route path={paths.backup} component={BackupPage} />
            <Route path={paths.guide} component={GuidePage} />
            <Route path={paths.example} component={ExamplePage} />
            <Route path={paths.helpSection}>{(params) => <HelpPage section={params.section} />}</Route>
            <Route path={paths.help}>{() => <HelpPage />}</Route>
            <Route path={paths.about} component={AboutPage} />
            <Route path={paths.accessibility} component={AccessibilityPage} />
            <Route component={NotFoundPage} />
          </Switch>
        </StorageBoundary>
      </Suspense>
    </ErrorBoundary>
  );
}

/** The whole app: hash router, layout, and one route per view. */
export function App() {
  return (
    <Router hook={useHashLocation}>
      {/* Until the chosen language's shared words have loaded (a few kB), there is nothing to say. */}
      <Suspense fallback={null}>
        <Layout>
          <Routes />
        </Layout>
      </Suspense>
    </Router>
  );
}
