/**
 * Every route of the app as data, in the order they are tried: the first whose path matches the
 * address is shown. A view loaded on demand names its module, the strings it needs besides
 * `common`, and whether it uses storage. This file stays free of React and of the views
 * themselves, so the entry (boot.ts) can start a cold load's view before React has loaded;
 * App.tsx turns the table into the router's routes.
 */
import type { ComponentType } from 'react';
import type { Namespace } from '../i18n/i18n';
import { paths } from '../ui/paths';
import { parseRoute } from './route-pattern';

export type Params = Record<string, string | undefined>;

type Module<P> = Promise<{ default: ComponentType<P> }>;

export interface RouteEntry {
  /** No path: any address (the last route). */
  path?: string;
  /** The view's module; none for the start page and "not found", which are in the entry. */
  load?: () => Module<never>;
  /** The view's props from the address's parameters. */
  props: (params: Params) => object;
  /** Strings the view needs besides `common`, loaded with its module. */
  namespaces: readonly Namespace[];
  /** The view may read or write data: storage starts before it renders. */
  storage: boolean;
  /** A page of a round: the layout shows the round's live banner beside it. */
  round: boolean;
  /**
   * On a cold load, the view's first reads, done before React renders it (once storage has
   * started), so it shows its content in its first render.
   */
  prepare?: (params: Params) => Promise<unknown>;
}

interface Options {
  storage?: boolean;
  round?: boolean;
  prepare?: RouteEntry['prepare'];
}

/** A route to a view loaded on demand, with its props from the address's parameters. */
function route<P extends object>(
  path: string,
  load: () => Module<P>,
  namespaces: readonly Namespace[],
  props: (params: Params) => P,
  { storage = true, round = false, prepare }: Options = {},
): RouteEntry {
  return { path, load: load as () => Module<never>, props, namespaces, storage, round, prepare };
}
const none = () => ({});
// One loader per view shown by two routes: App.tsx makes one view per loader, so going between
// the two routes keeps the view (the help's sections, the comparisons).
const comparePage = () => import('../features/compare/ComparePage');
const peersPage = () => import('../features/peers/PeersPage');
const helpPage = () => import('../features/help/HelpPage');
const roundPage = { round: true };
// Prose only: no storage (nor its bytes) until a view that uses it.
const prose = { storage: false };

export const ROUTES: readonly RouteEntry[] = [
  { path: paths.start, props: none, namespaces: ['start'], storage: false, round: false },
  route(
    paths.questionnaire,
    () => import('../features/questionnaires/QuestionnairePage'),
    ['questionnaires', 'validation'],
    (p) => ({ id: p.id!, version: p.version! }),
  ),
  route(
    paths.questionnaires,
    () => import('../features/questionnaires/QuestionnaireListPage'),
    ['questionnaires', 'validation'],
    none,
  ),
  route(
    paths.chooseOrganisation,
    () => import('../features/organisation/ChooseOrganisationPage'),
    ['organisation'],
    none,
  ),
  route(
    paths.settings,
    () => import('../features/settings/SettingsPage'),
    ['settings', 'exchange', 'live'],
    none,
  ),
  route(paths.rounds, () => import('../features/rounds/RoundListPage'), ['rounds', 'start'], none),
  route(paths.newRound, () => import('../features/rounds/NewRoundPage'), ['rounds'], none),
  route(
    paths.round,
    () => import('../features/rounds/RoundPage'),
    ['rounds', 'flowerbox', 'exchange', 'live', 'questionnaires'],
    (p) => ({ roundId: p.roundId! }),
    roundPage,
  ),
  route(
    paths.plan,
    () => import('../features/plan/PlanPage'),
    ['plan'],
    (p) => ({ roundId: p.roundId! }),
  ),
  route(
    paths.report,
    () => import('../features/report/ReportPage'),
    ['report', 'questionnaires', 'flowerbox'],
    (p) => ({ roundId: p.roundId! }),
  ),
  route(
    paths.answer,
    () => import('../features/answer/AnswerPage'),
    ['rounds', 'live'],
    (p) => ({ roundId: p.roundId!, sectionId: p.sectionId! }),
    {
      round: true,
      prepare: (p) => import('../features/answer/prepare').then((m) => m.prepareAnswerPage(p.roundId!)),
    },
  ),
  route(
    paths.result,
    () => import('../features/flowerbox/ResultPage'),
    ['flowerbox', 'rounds', 'questionnaires'],
    (p) => ({ roundId: p.roundId! }),
    roundPage,
  ),
  route(paths.compareView, comparePage, ['compare', 'rounds', 'start', 'flowerbox'], (p) => ({
    view: p.view,
    ids: p.ids,
  })),
  route(paths.compare, comparePage, ['compare', 'rounds', 'start', 'flowerbox'], none),
  route(paths.peersRound, peersPage, ['peers', 'rounds'], (p) => ({
    roundId: p.roundId,
  })),
  route(paths.peers, peersPage, ['peers', 'rounds'], none),
  route(
    paths.join,
    () => import('../features/live/JoinPage'),
    ['live', 'validation'],
    (p) => ({ token: p.token! }),
  ),
  route(paths.openFile, () => import('../features/exchange/OpenFilePage'), ['exchange', 'validation'], none),
  route(
    paths.share,
    () => import('../features/exchange/SharePage'),
    ['exchange', 'questionnaires'],
    (p) => ({ roundId: p.roundId! }),
    roundPage,
  ),
  route(paths.backup, () => import('../features/exchange/BackupPage'), ['exchange', 'validation'], none),
  route(paths.guide, () => import('../features/guide/GuidePage'), ['guide', 'start'], none),
  route(paths.example, () => import('../features/example/ExamplePage'), ['example'], none),
  route(paths.helpSection, helpPage, ['help'], (p) => ({ section: p.section }), prose),
  route(paths.help, helpPage, ['help'], none, prose),
  route(paths.about, () => import('../features/about/AboutPage'), ['about'], none, prose),
  route(
    paths.accessibility,
    () => import('../features/accessibility/AccessibilityPage'),
    ['accessibility'],
    none,
    prose,
  ),
  { props: none, namespaces: [], storage: false, round: false },
];

/** The route shown at `location` (the router's location, e.g. `/omgangar/x`). */
export function findRoute(location: string): RouteEntry {
  return ROUTES.find((r) => parseRoute(r.path ?? '*').pattern.test(location)) ?? ROUTES[ROUTES.length - 1]!;
}
