/** Every view's address (hash routing: works from any static folder, no server rewrite needed). */
export const paths = {
  start: '/',
  questionnaires: '/formular',
  questionnaire: '/formular/:id/:version',
  about: '/om',
  accessibility: '/tillganglighet',
  chooseOrganisation: '/kommun',
  settings: '/installningar',
  rounds: '/omgangar',
  newRound: '/omgangar/ny',
  round: '/omgangar/:roundId',
  plan: '/omgangar/:roundId/handlingsplan',
  report: '/omgangar/:roundId/rapport',
  answer: '/omgangar/:roundId/:sectionId',
  result: '/blomlada/:roundId',
  openFile: '/oppna',
  share: '/dela/:roundId',
  backup: '/sakerhetskopia',
  compare: '/jamfor',
  compareView: '/jamfor/:view/:ids',
  guide: '/kom-igang',
  example: '/exempel',
  help: '/hjalp',
  helpSection: '/hjalp/:section',
  peers: '/jamfor-med-andra',
  peersRound: '/jamfor-med-andra/:roundId',
  /** An invitation to a live round: everything after it stays in the fragment, never sent to the web server. */
  join: '/delta/:token',
} as const;

export const questionnairePath = (id: string, version: string) =>
  `/formular/${encodeURIComponent(id)}/${encodeURIComponent(version)}`;

export const roundPath = (roundId: string) => `/omgangar/${encodeURIComponent(roundId)}`;

export const answerPath = (roundId: string, sectionId: string) =>
  `/omgangar/${encodeURIComponent(roundId)}/${encodeURIComponent(sectionId)}`;

export const resultPath = (roundId: string) => `/blomlada/${encodeURIComponent(roundId)}`;

/** A round's action plan and its printable report (matched before the answer route: no part may be called so). */
export const planPath = (roundId: string) => `/omgangar/${encodeURIComponent(roundId)}/handlingsplan`;
export const reportPath = (roundId: string) => `/omgangar/${encodeURIComponent(roundId)}/rapport`;

/** The comparison views, by their address segment. */
export const COMPARE_VIEWS = ['andringar', 'sida-vid-sida', 'overlagg', 'lok-och-vagnar', 'trend'] as const;
export type CompareView = (typeof COMPARE_VIEWS)[number];

/** A comparison of rounds (ids in any order) in one of its views; bookmarkable. */
export const comparePath = (view: CompareView, roundIds: readonly string[]) =>
  `/jamfor/${view}/${roundIds.map(encodeURIComponent).join(',')}`;

export const sharePath = (roundId: string) => `/dela/${encodeURIComponent(roundId)}`;

/** The sections of the help ("Arbeta med eBlomlådan"), each an address of its own. */
export const HELP_SECTIONS = [
  'process',
  'start',
  'answer',
  'handOut',
  'merge',
  'publish',
  'compare',
  'peers',
  'plan',
  'report',
  'live',
  'roles',
  'scoring',
  'storage',
  'questionnaires',
] as const;
export type HelpSection = (typeof HELP_SECTIONS)[number];

/** One section of the help. */
export const helpPath = (section: HelpSection) => `/hjalp/${section}`;

/** One of the municipality's rounds among other municipalities' rounds. */
export const peersPath = (roundId: string) => `/jamfor-med-andra/${encodeURIComponent(roundId)}`;
