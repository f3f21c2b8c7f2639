import type { Messages } from '../sv';

/** English strings of the first-run guide (features/guide). */
export const guide: Messages['guide'] = {
  title: 'Getting started with eBlomlådan',
  lead: 'A short guide in five steps: what the flower box shows, how you answer, who answers what, where the data is kept and how you choose your municipality. It takes a couple of minutes.',
  stepOf: 'Step {{step}} of {{count}}',
  stepsLabel: 'Steps of the guide',
  previous: 'Previous',
  next: 'Next',
  skip: 'Skip the guide',
  skipHint: 'The guide stays available under Help and on the home page.',
  box: {
    title: 'The flower box',
    lead: "The municipality's result is drawn as a planter box seen from the front. The better the answers, the more it blooms.",
    flowers:
      'The flowers are areas of service or target groups, such as Children and pupils or Business owners. Each petal is an indicator: a full petal for “fully met”, a smaller one for “partly”, a small cross for “not at all”.',
    grass: 'The grass is leadership, ways of working and methods for digital development.',
    sampleTitle: 'An invented flower box with two flowers, the grass and the soil',
    sampleCaption:
      'An invented example. A full petal is “fully met”, a smaller one “partly”, a small cross “not at all”, a small dashed outline unanswered and a short bar across “not applicable”.',
    soil: 'The soil is the technical prerequisites, such as e-identification, information security and open interfaces. Everything grows from it.',
  },
  scale: {
    title: 'The scale',
    lead: 'Each indicator is a statement the municipality judges as a whole, as things are today:',
    full: 'Fully met gives 1 point.',
    partly: 'Partly met gives 0.5 points.',
    none: 'Not met at all gives 0 points.',
    notApplicable: 'Not applicable is not counted, and neither is an unanswered indicator.',
    rule: "A part's result is the mean of its answered indicators. Each indicator has guidance that describes what “fully met” looks like.",
  },
  roles: {
    title: 'Who answers what',
    managers:
      'The heads of administration answer their own flower, from the point of view of the service, not of IT.',
    it: 'The IT strategist or IT manager rates the soil.',
    management:
      "The municipality's management owns the grass, starts the year's round, collects the parts, publishes and compares year by year.",
    together:
      'You can sit at one screen, or hand out parts as files that are answered in each person’s browser and merged again.',
  },
  storage: {
    title: 'Where the data is kept',
    local:
      'Everything you enter is saved only in this browser, on this computer. Nothing is sent to a server, and nobody else can see it.',
    risk: 'It also means the data disappears if the browser’s data is cleared or the computer is replaced.',
    backup:
      'So save a backup regularly, for example after each published round. It is a file that can be read back into any browser.',
    settings:
      'Under Settings you see whether the browser has promised to keep the data and when you last saved a backup.',
  },
  start: {
    title: 'Choose your municipality',
    lead: "Choose the municipality you work for. Then you can start this year's round and answer the first indicators.",
    choose: 'Choose municipality',
    chosen: 'You work for the municipality with code {{code}}.',
    toRounds: 'To the rounds',
    change: 'Change municipality',
    example: 'Would you like to see what it looks like with answers first?',
  },
};
