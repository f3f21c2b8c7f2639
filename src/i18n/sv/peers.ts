/** "Jämför med andra": the municipality's round among other municipalities' published rounds. */
export const peers = {
  title: 'Jämför med andra kommuner',
  lead: 'Här syns hur andra kommuners publicerade omgångar fördelar sig, del för del och indikator för indikator, och var er egen omgång hamnar. Andra kommuners omgångar läses in som filer under Öppna fil och hålls isär från kommunens egna.',
  caveat:
    'Att ligga högre eller lägre än andra är inte detsamma som god eller dålig kvalitet. Kommunerna har olika förutsättningar och uppdrag, och svaren är deras egna bedömningar. Använd jämförelsen för att hitta kommuner att lära av, inte som ett betyg.',
  caveatTitle: 'Läs detta först',
  chooseMunicipality: 'Välj först vilken kommun du arbetar för.',
  noRounds:
    'Kommunen har ingen omgång ännu. Starta en omgång först; sedan kan den jämföras med andra kommuners.',
  toRounds: 'Till omgångarna',
  noReferences:
    'Det finns inga andra kommuners omgångar i den här webbläsaren. Be andra kommuner om deras publicerade omgångar som filer och öppna dem under Öppna fil.',
  toOpenFile: 'Öppna fil',
  noPeersYet:
    'Inga andra kommuners omgångar från {{year}} på {{questionnaire}} version {{version}} passar urvalet. Välj ett annat år, län eller en annan kommungrupp.',
  noVersion:
    'Ingen av de inlästa omgångarna är besvarad på {{questionnaire}} version {{version}}, så er omgång kan inte jämföras med dem. Andra versioner har andra indikatorer.',
  filters: 'Urval',
  roundOption: '{{year}}{{label}}, {{questionnaire}}, {{status}}',
  round: 'Er omgång',
  year: 'År för de andra kommunernas omgångar',
  county: 'Län',
  allCounties: 'Alla län',
  group: 'Kommungrupp (SKR)',
  allGroups: 'Alla kommungrupper',
  basis_one:
    'Underlaget är {{count}} annan kommuns publicerade omgång från {{year}} på {{questionnaire}} version {{version}}.',
  basis_other:
    'Underlaget är {{count}} andra kommuners publicerade omgångar från {{year}} på {{questionnaire}} version {{version}}.',
  smallBasis: 'Underlaget är litet: med färre än fem kommuner säger spridningen lite.',
  synthetic: {
    all: 'Jämförelsen bygger på påhittade (syntetiska) uppgifter, inte på kommunernas egna svar.',
    some_one:
      '{{count}} av de {{total}} omgångarna i underlaget är påhittade (syntetiska) uppgifter, inte en kommuns egna svar.',
    some_other:
      '{{count}} av de {{total}} omgångarna i underlaget är påhittade (syntetiska) uppgifter, inte kommunernas egna svar.',
  },
  leftOut: {
    otherVersion_one:
      '{{count}} omgång från samma år på en annan version av frågeformuläret räknas inte med.',
    otherVersion_other:
      '{{count}} omgångar från samma år på en annan version av frågeformuläret räknas inte med.',
    ownMunicipality_one:
      '{{count}} inläst omgång från er egen kommun räknas inte med; er omgång står för kommunen.',
    ownMunicipality_other:
      '{{count}} inlästa omgångar från er egen kommun räknas inte med; er omgång står för kommunen.',
    superseded_one:
      '{{count}} äldre omgång räknas inte med eftersom samma kommun har en nyare från samma år.',
    superseded_other:
      '{{count}} äldre omgångar räknas inte med eftersom samma kommun har en nyare från samma år.',
  },
  parts: {
    title: 'Delarna',
    lead: 'Varje del som spridning bland de andra kommunerna: strecket går från lägsta till högsta poäng, lådan från nedre till övre kvartil och den tjocka linjen är medianen. Er kommun är romben.',
    chart:
      'Spridningen av poäng per del bland {{count}} andra kommuner, med er kommun markerad. Samma siffror finns i tabellen nedan.',
    caption: 'Poäng per del (0–1) bland de andra kommunerna och för er kommun',
    part: 'Del',
    n: 'Antal kommuner (N)',
    min: 'Lägst',
    q1: 'Nedre kvartil',
    median: 'Median',
    q3: 'Övre kvartil',
    max: 'Högst',
    own: 'Er kommun',
    position: 'Andra kommuner högre / samma / lägre',
    positionValue: '{{higher}} / {{same}} / {{lower}}',
    withoutScore_one: '{{count}} kommun har inget poängsatt svar i delen.',
    withoutScore_other: '{{count}} kommuner har inget poängsatt svar i delen.',
    none: '–',
    ownLabel: 'Er kommun: {{score}}',
    ownNone: 'Er kommun: ingen poäng',
    axis: 'Poäng',
  },
  indicators: {
    title: 'Indikatorerna',
    lead: 'För varje indikator: hur många av de andra kommunerna som valde varje svarsalternativ, och ert eget svar.',
    caption: '{{part}}: svar bland de andra kommunerna och ert svar',
    indicator: 'Indikator',
    distribution: 'Svar bland andra kommuner',
    median: 'Median',
    own: 'Ert svar',
    count: '{{label}}: {{count}}',
    notApplicable: 'Ej aktuellt: {{count}}',
    unanswered: 'Obesvarat: {{count}}',
    ownUnanswered: 'Obesvarat',
    ownNotApplicable: 'Ej aktuellt',
    show: 'Visa indikatorerna för {{part}}',
  },
  csv: {
    title: 'Exportera jämförelsen',
    lead: 'En CSV-fil med samma siffror, en rad per del och indikator, som öppnas rätt i svenska Excel.',
    button: 'Exportera CSV',
    headings: {
      level: 'Nivå',
      part: 'Del',
      indicatorId: 'Indikator-id',
      indicator: 'Indikator',
      n: 'N',
      min: 'Lägst',
      q1: 'Nedre kvartil',
      median: 'Median',
      q3: 'Övre kvartil',
      max: 'Högst',
      own: 'Er kommun',
      higher: 'Högre',
      same: 'Samma',
      lower: 'Lägre',
      distribution: 'Fördelning',
    },
    partLevel: 'Del',
    indicatorLevel: 'Indikator',
    fileName: 'jamforelse-med-andra',
  },
  basisList: {
    title: 'Vilka kommuner som ingår',
    caption: 'Omgångarna i underlaget',
    municipality: 'Kommun',
    county: 'Län',
    group: 'Kommungrupp',
    year: 'År',
    label: 'Benämning',
    file: 'Fil',
    unknown: 'Okänd kommunkod {{code}}',
    synthetic: 'Påhittade uppgifter',
  },
  exportDataset: {
    title: 'Exportera jämförelseunderlag',
    lead: 'Spara kommunens publicerade omgångar och de andra kommunernas omgångar som finns här som en enda fil, till exempel så att regionen eller SKR kan samla in dem och dela ut dem igen. Välj vilka omgångar som ska med.',
    years: 'År',
    noYear: 'Välj minst ett år.',
    questionnaire: 'Frågeformulär',
    allQuestionnaires: 'Alla frågeformulär och versioner',
    questionnaireOption: '{{questionnaire}} version {{version}}',
    valuesOnly: 'Filen innehåller bara svaren: inga namn, kommentarer eller länkar till underlag.',
    button: 'Exportera jämförelseunderlag',
    fileName: 'jamforelseunderlag',
    saved_one: 'Filen {{name}} med {{count}} omgång är sparad bland dina hämtade filer.',
    saved_other: 'Filen {{name}} med {{count}} omgångar är sparad bland dina hämtade filer.',
    synthetic: 'Den är märkt som påhittad (syntetisk), eftersom den innehåller påhittade uppgifter.',
    none: 'Inga omgångar passar urvalet, så ingen fil sparades. Välj fler år, ett annat län, en annan kommungrupp eller ett annat frågeformulär.',
    failed: 'Filen kunde inte skapas. {{reason}}',
  },
  remove: {
    title: 'Ta bort jämförelseunderlaget',
    lead_one:
      'Det finns {{count}} annan kommuns omgång i den här webbläsaren. Kommunens egna omgångar påverkas inte.',
    lead_other:
      'Det finns {{count}} andra kommuners omgångar i den här webbläsaren. Kommunens egna omgångar påverkas inte.',
    button: 'Ta bort alla andra kommuners omgångar',
    confirm: 'Ja, ta bort dem',
    cancel: 'Avbryt',
    question:
      'Vill du ta bort alla {{count}} omgångar från andra kommuner? Det går inte att ångra, men filerna kan öppnas igen.',
  },
  link: 'Jämför med andra kommuner',
};
