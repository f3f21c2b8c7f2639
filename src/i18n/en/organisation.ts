import type { Messages } from '../sv';

/** English strings of the organisation feature: choosing the municipality this browser works for. */
export const organisation: Messages['organisation'] = {
  title: 'Choose municipality',
  lead: 'eBlomlådan keeps rounds per municipality. Choose the municipality you work for. The choice is stored in this browser only and can be changed later under Settings.',
  current: 'Chosen municipality: {{name}}',
  searchLabel: 'Search for a municipality by name or code',
  searchHint: 'For example “Ale” or “1440”. All {{total}} municipalities of Sweden are included.',
  matches_one: '{{count}} municipality matches',
  matches_other: '{{count}} municipalities match',
  noMatches: 'No municipality matches “{{query}}”. Check the spelling or search by municipality code.',
  results: 'Municipalities to choose from',
  choose: 'Choose {{name}}',
  details: '{{code}} · {{county}}',
  chosenNow: 'current choice',
  truncated: 'Showing {{shown}} of {{count}}; type more to narrow the search.',
  source:
    'The register of municipalities is based on Statistics Sweden (codes and counties) and SKR (municipality groups).',
  saveError: {
    unavailable:
      'The municipality could not be saved: the browser does not let eBlomlådan store data. This often happens in private mode. Open eBlomlådan in a normal window and try again.',
    quota:
      "The municipality could not be saved because the browser's storage is full. Free some space and try again.",
    blocked:
      'The municipality could not be saved because another tab with eBlomlådan prevents it. Close the other tabs and try again.',
    'version-change':
      'The municipality could not be saved because a newer version of eBlomlådan has been opened in another tab. Reload the page and try again.',
    'newer-database':
      'The municipality could not be saved because the data was saved by a newer version of eBlomlådan. Reload the page and try again.',
    unknown:
      'The municipality could not be saved because of an unexpected error. Reload the page and try again.',
  },
};
