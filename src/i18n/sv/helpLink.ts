/** Swedish strings of the small help link each view has (ui/HelpLink.tsx), and the help's topics. */
export const helpLink = {
  label: 'Hjälp: {{topic}}',
  topics: {
    process: 'årets arbete steg för steg',
    start: 'starta en omgång',
    answer: 'svara på en del',
    handOut: 'dela ut delar',
    merge: 'lägga in svar',
    publish: 'publicera',
    compare: 'jämföra år för år',
    peers: 'jämföra med andra kommuner',
    plan: 'handlingsplan',
    report: 'rapport och export',
    live: 'arbeta live',
    roles: 'roller',
    scoring: 'poängregeln',
    storage: 'lagring och säkerhetskopior',
    questionnaires: 'frågeformulär',
  },
} as const;
