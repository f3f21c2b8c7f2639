import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { StartPage } from '../features/start/StartPage';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { paths } from '../ui/paths';
import { CrashView } from './CrashView';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

const QuestionnairePage = lazy(() => import('../features/questionnaires/QuestionnairePage'));
const AboutPage = lazy(() => import('../features/about/AboutPage'));
const AccessibilityPage = lazy(() => import('../features/accessibility/AccessibilityPage'));
const QuestionnaireListPage = lazy(() => import('../features/questionnaires/QuestionnaireListPage'));
const ChooseOrganisationPage = lazy(() => import('../features/organisation/ChooseOrganisationPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const RoundListPage = lazy(() => import('../features/rounds/RoundListPage'));
const NewRoundPage = lazy(() => import('../features/rounds/NewRoundPage'));
const RoundPage = lazy(() => import('../features/rounds/RoundPage'));
const AnswerPage = lazy(() => import('../features/answer/AnswerPage'));
const ResultPage = lazy(() => import('../features/flowerbox/ResultPage'));
const OpenFilePage = lazy(() => import('../features/exchange/OpenFilePage'));
const SharePage = lazy(() => import('../features/exchange/SharePage'));
const BackupPage = lazy(() => import('../features/exchange/BackupPage'));
const ComparePage = lazy(() => import('../features/compare/ComparePage'));

function Routes() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <ErrorBoundary resetKey={location} fallback={(error) => <CrashView error={error} />}>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
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
          <Route path={paths.answer}>
            {(params) => <AnswerPage roundId={params.roundId} sectionId={params.sectionId} />}
          </Route>
          <Route path={paths.result}>{(params) => <ResultPage roundId={params.roundId} />}</Route>
          <Route path={paths.compareView}>
            {(params) => <ComparePage view={params.view} ids={params.ids} />}
          </Route>
          <Route path={paths.compare}>{() => <ComparePage />}</Route>
          <Route path={paths.openFile} component={OpenFilePage} />
          <Route path={paths.share}>{(params) => <SharePage roundId={params.roundId} />}</Route>
          <Route path={paths.backup} component={BackupPage} />
          <Route path={paths.about} component={AboutPage} />
          <Route path={paths.accessibility} component={AccessibilityPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </ErrorBoundary>
  );
}

/** The whole app: hash router, layout, and one route per view. */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Layout>
        <Routes />
      </Layout>
    </Router>
  );
}
