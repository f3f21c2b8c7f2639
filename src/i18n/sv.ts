import type { CoreIssueRule } from '../domain/validation/issues';
import { offline } from './sv/offline';
import type { compare } from './sv/compare';
import { exchange } from './sv/exchange';
import type { exchangeNotices } from './sv/exchangeNotices';
import type { exchangeValidation } from './sv/exchangeValidation';
import type { exchangeViews } from './sv/exchangeViews';
import type { flowerbox } from './sv/flowerbox';
import type { example } from './sv/example';
import type { guide } from './sv/guide';
import type { helpLink } from './sv/helpLink';
import type { live } from './sv/live';
import type { organisation } from './sv/organisation';
import type { plan } from './sv/plan';
import type { report } from './sv/report';
import type { peers } from './sv/peers';
import type { questionnaireImport } from './sv/questionnaireImport';
import type { ratings } from './sv/ratings';
import type { rounds } from './sv/rounds';
import type { settings } from './sv/settings';
import type { storageFailure } from './sv/storageFailure';

/** Interface strings in Swedish, the default language. Every key here must exist in en.ts. */
export const sv = {
  offline,
  exchange,
  app: {
    locale: 'sv-SE',
    name: 'eBlomlådan',
    tagline: 'Kommunens självvärdering av digitaliseringen',
    skipToContent: 'Hoppa till innehållet',
    mainNav: 'Huvudmeny',
    loading: 'Laddar …',
  },
  nav: {
    rounds: 'Omgångar',
    questionnaires: 'Frågeformulär',
    settings: 'Inställningar',
    start: 'Start',
    about: 'Om eBlomlådan',
    accessibility: 'Tillgänglighetsredogörelse',
    help: 'Hjälp',
  },
  language: {
    label: 'Språk',
    switchTo: 'In English',
  },
  start: {
    toRounds: 'Till kommunens omgångar',
    chooseMunicipality: 'Kom igång: välj din kommun',
    guideOffer:
      'Första gången här? En kort guide visar vad blomlådan betyder, vem som svarar på vad och var uppgifterna sparas.',
    guideStart: 'Gå igenom guiden',
    guideLink: 'Guiden: kom igång',
    example: 'Visa ett exempel',
    title: 'Välkommen till eBlomlådan',
    lead: 'eBlomlådan hjälper kommunen att en gång om året bedöma hur långt den har kommit med digitala tjänster och digitalisering, och att se resultatet som en blomlåda.',
    flowers:
      'Blommorna är kommunens verksamhetsområden eller målgrupper. Varje kronblad är en indikator, och förvaltningschefen för området besvarar sin blomma.',
    grass: 'Gräset är ledning, arbetssätt och metoder för digital utveckling. Det ägs av kommunledningen.',
    soil: 'Jordmånen är de tekniska förutsättningarna som allt växer ur. Den bedöms av IT-strategen.',
    privacy: 'Allt du fyller i sparas bara i den här webbläsaren. Ingenting skickas till någon server.',
    questionnairesTitle: 'Frågeformulär som följer med',
    questionnairesLead:
      'Läs frågeformulären innan kommunen börjar en omgång. Varje version har egna indikatorer; jämförelser mellan versioner görs bara där indikatorerna motsvarar varandra.',
    open: 'Läs {{title}}',
    version: 'Version {{version}}',
    published: 'Publicerad {{date}}',
    noQuestionnaires: 'Inga frågeformulär följer med den här installationen.',
    catalogError: 'Förteckningen över frågeformulär kunde inte läsas',
  },
  questionnaire: {
    backToStart: 'Tillbaka till start',
    version: 'Version',
    published: 'Publicerad',
    indicatorCount_one: '{{count}} indikator',
    indicatorCount_other: '{{count}} indikatorer',
    scaleTitle: 'Svarsskala',
    scaleLead:
      'Varje indikator besvaras med ett av alternativen. Poängen används för att räkna fram delarnas resultat.',
    scaleOption: 'Svarsalternativ',
    scaleScore: 'Poäng',
    scaleMeaning: 'Betydelse',
    notApplicable: 'Räknas inte med i delens resultat.',
    partsTitle: 'Delar',
    kind: { flower: 'Blomma', grass: 'Gräs', soil: 'Jordmån' },
    kindPlural: { flower: 'Blommor', grass: 'Gräset', soil: 'Jordmånen' },
    respondent: 'Besvaras av',
    help: 'Vägledning',
    suggestions: 'Förslag på aktiviteter',
    indicatorId: 'Id',
    tags: 'Taggar',
    supersedes: 'Ersätter version {{version}}.',
    supersedesMapped_one: '{{count}} indikator från version {{version}} har en jämförbar motsvarighet här.',
    supersedesMapped_other:
      '{{count}} indikatorer från version {{version}} har en jämförbar motsvarighet här.',
    supersedesUnmapped_one: '{{count}} indikator saknar motsvarighet och kan inte jämföras.',
    supersedesUnmapped_other: '{{count}} indikatorer saknar motsvarighet och kan inte jämföras.',
    comparableWith: 'Jämförbar med {{id}} i version {{version}}',
    newInVersion: 'Ny i den här versionen',
    notFound: 'Det finns inget frågeformulär {{id}} version {{version}} i den här installationen.',
    loadError: 'Frågeformuläret i filen {{file}} kunde inte läsas',
    loadErrorLead: 'Filen används inte förrän felen är rättade. Inget av innehållet har lästs in.',
    mapError: 'Kopplingen till version {{version}} i filen {{file}} är felaktig',
    errorsTitle_one: '{{count}} fel',
    errorsTitle_other: '{{count}} fel',
    errorPlace: 'Plats i filen',
    errorProblem: 'Problem',
    englishMissing: 'Texten finns bara på svenska.',
  },
  validation: {
    required: 'Värdet saknas.',
    'wrong-type': 'Fel typ av värde: här ska det vara {{expected}}.',
    'too-short': 'Texten är för kort (minst {{min}} tecken).',
    'too-long': 'Texten är för lång (högst {{max}} tecken).',
    'too-few': 'För få (minst {{min}}).',
    'too-many': 'För många (högst {{max}}).',
    'too-low': 'Värdet är för lågt (minst {{min}}).',
    'too-high': 'Värdet är för högt (högst {{max}}).',
    'not-a-date': '”{{value}}” är inget datum på formen ÅÅÅÅ-MM-DD.',
    'not-a-datetime': '”{{value}}” är ingen tidpunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ssZ.',
    'not-an-id': '”{{value}}” är ingen giltig id: använd små bokstäver a–z, siffror, punkt och bindestreck.',
    'unknown-keys': 'Okända fält: {{keys}}.',
    'not-allowed': '”{{value}}” är inte tillåtet. Tillåtet: {{allowed}}.',
    'duplicate-id': 'Id ”{{id}}” används mer än en gång i filen.',
    'duplicate-value': 'Svarsalternativet ”{{value}}” finns mer än en gång.',
    'scale-order': 'Skalan ska gå från lägst till högst poäng: {{score}} kommer efter {{previous}}.',
    'flower-count': 'Formuläret har {{count}} blommor; det ska ha {{min}}–{{max}}.',
    'single-part': 'Det får finnas högst en del av slaget ”{{kind}}”; filen har {{count}}.',
    'supersedes-self': 'Versionen kan inte ersätta sig själv ({{version}}).',
    'supersedes-unknown-target': 'Indikatorn ”{{id}}” finns inte i den här versionen.',
    'supersedes-shared-target':
      'Indikatorn ”{{id}}” ersätter redan ”{{other}}”; en indikator kan bara ersätta en.',
    'supersedes-wrong-previous': 'Kopplingen gäller {{expected}}, men jämfördes med {{actual}}.',
    'supersedes-unknown-source': 'Indikatorn ”{{id}}” finns inte i version {{version}}.',
    'supersedes-missing-source':
      'Indikatorn ”{{id}}” i version {{version}} saknas i kopplingen; ange dess motsvarighet eller null.',
    'file-too-large': 'Filen är för stor ({{bytes}} byte; högst {{max}}).',
    'empty-file': 'Filen är tom.',
    'not-json': 'Filen är inte giltig JSON.',
    'not-json-at': 'Filen är inte giltig JSON: felet finns på rad {{line}}, kolumn {{column}}.',
    'not-an-object': 'Filen ska innehålla ett JSON-objekt.',
    'format-too-new':
      'Filen har formatet {{format}}, som är nyare än den här versionen av eBlomlådan kan läsa ({{supported}}). Uppdatera eBlomlådan.',
    'wrong-format': 'Filen har formatet ”{{format}}”, men här behövs {{expected}}.',
    'fetch-failed': 'Filen kunde inte hämtas ({{status}}).',
    'catalog-mismatch': 'Förteckningen (index.json) anger {{expected}}, men filen innehåller {{actual}}.',
    invalid: 'Värdet är ogiltigt.',
  },
  types: {
    string: 'en text',
    number: 'ett tal',
    array: 'en lista',
    object: 'ett objekt',
    boolean: 'sant eller falskt',
  },
  storage: {
    reload: 'Ladda om sidan',
    problem: {
      unavailable:
        'Webbläsaren tillåter inte att eBlomlådan sparar uppgifter. Det händer ofta i privat läge eller när lagring av webbplatsdata är avstängd. Öppna eBlomlådan i ett vanligt fönster.',
      quota:
        'Webbläsarens lagringsutrymme är fullt, så ändringen sparades inte. Frigör utrymme eller ta bort gamla uppgifter och försök igen.',
      blocked:
        'eBlomlådan behöver uppdatera sin databas, men en annan flik med eBlomlådan hindrar det. Stäng de andra flikarna.',
      'version-change':
        'En nyare version av eBlomlådan har öppnats i en annan flik. Ladda om den här sidan för att fortsätta; inget av det du sparat går förlorat.',
      'newer-database':
        'Uppgifterna i den här webbläsaren har sparats av en nyare version av eBlomlådan. Ladda om sidan för att hämta den nya versionen.',
      locked: 'Omgången är publicerad och kan inte ändras.',
      'not-found': 'Det du försökte ändra finns inte längre.',
      invalid: 'Värdet kunde inte sparas eftersom det inte är giltigt.',
      example:
        'Det går inte i exemplet: filer sparas och öppnas inte där, så att exemplet aldrig blandas med kommunens egna uppgifter. Ta bort exemplet först.',
      unknown: 'Ett oväntat fel uppstod när uppgifterna skulle sparas. Ladda om sidan och försök igen.',
    },
  },
  notFound: {
    title: 'Sidan finns inte',
    body: 'Adressen leder inte till någon sida i eBlomlådan.',
  },
  crash: {
    title: 'Något gick fel',
    body: 'Den här vyn kunde inte visas på grund av ett fel i eBlomlådan. Det du har sparat finns kvar i webbläsaren och påverkas inte. Ladda om sidan eller gå tillbaka till start.',
    reload: 'Ladda om sidan',
    backupLead:
      'Vill du vara säker på att inget går förlorat kan du spara en säkerhetskopia av allt nu. Den kan öppnas under Öppna fil, här eller i en annan webbläsare.',
    backup: 'Spara säkerhetskopia',
    backupSaved: 'Säkerhetskopian sparades som {{name}}.',
    backupFailed: 'Säkerhetskopian kunde inte sparas. Ladda om sidan och försök igen under Inställningar.',
    details: 'Teknisk beskrivning av felet',
  },
  footer: {
    privacy: 'Dina uppgifter stannar i den här webbläsaren.',
  },
} as const;

// A rule without a message is a compile error.
sv.validation satisfies Record<CoreIssueRule, string>;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** Strings of features that bring them in their own chunk (see ./lazy.ts), kept off the start page. */
export type LazyStrings = {
  compare: typeof compare;
  plan: typeof plan;
  report: typeof report;
  peers: typeof peers;
  flowerbox: typeof flowerbox;
  guide: typeof guide;
  example: typeof example;
  helpLink: typeof helpLink;
  exchangeViews: typeof exchangeViews;
  exchangeNotices: typeof exchangeNotices;
  exchangeValidation: typeof exchangeValidation;
  organisation: typeof organisation;
  questionnaireImport: typeof questionnaireImport;
  ratings: typeof ratings;
  rounds: typeof rounds;
  settings: typeof settings;
  live: typeof live;
  storageFailure: typeof storageFailure;
};
/** The shape every translation must have, lazy feature strings included. */
export type Messages = Widen<typeof sv & LazyStrings>;
/** The strings loaded with the start page. */
export type CoreMessages = Widen<typeof sv>;
