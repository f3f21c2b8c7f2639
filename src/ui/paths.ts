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
  answer: '/omgangar/:roundId/:sectionId',
  result: '/blomlada/:roundId',
} as const;

export const questionnairePath = (id: string, version: string) =>
  `/formular/${encodeURIComponent(id)}/${encodeURIComponent(version)}`;

export const roundPath = (roundId: string) => `/omgangar/${encodeURIComponent(roundId)}`;

export const answerPath = (roundId: string, sectionId: string) =>
  `/omgangar/${encodeURIComponent(roundId)}/${encodeURIComponent(sectionId)}`;

export const resultPath = (roundId: string) => `/blomlada/${encodeURIComponent(roundId)}`;
