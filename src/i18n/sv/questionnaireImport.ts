/** Swedish strings of the questionnaire list and of loading one's own questionnaire file. */
export const questionnaireImport = {
  title: 'Frågeformulär',
  lead: 'Här finns frågeformulären som följer med eBlomlådan och de som har lästs in från egna filer. Alla kan läsas här och väljas när en ny omgång startar.',
  version: 'Version {{version}}',
  published: 'Publicerad {{date}}',
  open: 'Läs {{title}}, version {{version}}',
  bundled: {
    title: 'Frågeformulär som följer med',
    none: 'Inga frågeformulär följer med den här installationen.',
    catalogError: 'Förteckningen över frågeformulär som följer med kunde inte läsas.',
  },
  own: {
    title: 'Egna frågeformulär',
    lead: 'Frågeformulär som har lästs in från en fil, till exempel en regional variant. De sparas bara i den här webbläsaren.',
    none: 'Inga egna frågeformulär har lästs in ännu.',
    importedFrom: 'Inläst från filen {{file}} den {{date}}',
    importedFromFile: 'Inläst från filen {{file}}',
  },
  form: {
    title: 'Läs in ett eget frågeformulär',
    lead: 'Filen ska vara en JSON-fil i formatet eblomladan.questionnaire/1, samma format som frågeformulären som följer med, och kontrolleras på samma sätt. En fil med fel läses inte in alls.',
    schemaBefore: 'Den som skriver filen kan använda ',
    schemaLink: 'JSON-schemat för formatet (schema.json)',
    schemaAfter:
      ' i en editor som VS Code för att få hjälp och kontroll medan hen skriver. Formatet beskrivs i docs/questionnaire-format.md i eBlomlådans källkod.',
    fileLabel: 'Välj en JSON-fil',
    fileHint: 'Högst {{max}}. Filen läses i webbläsaren och skickas ingenstans.',
    reading: 'Läser filen {{file}} …',
  },
  outcome: {
    imported: 'Frågeformuläret ”{{title}}” version {{version}} är inläst och kan användas för nya omgångar.',
    alreadyThere:
      'Frågeformuläret ”{{title}}” version {{version}} är redan inläst med exakt samma innehåll. Ingenting ändrades.',
    refused: {
      bundled:
        'Filen {{file}} lästes inte in: frågeformuläret {{id}} version {{version}} följer redan med appen.',
      'version-taken':
        'Filen {{file}} lästes inte in: en annan fil med samma id ({{id}}) och version ({{version}}) finns redan; ge filen ett nytt versionsnummer.',
    },
    tooLarge:
      'Filen {{file}} är för stor ({{size}}) och lästes inte. Ett frågeformulär får vara högst {{max}}.',
    unreadable: 'Filen {{file}} kunde inte läsas från datorn. Försök att välja den igen.',
    errorsHeading: 'Filen {{file}} kunde inte läsas in',
    errorsLead_one: 'Filen har {{count}} fel. Ingenting sparades. Rätta felet och välj filen igen.',
    errorsLead_other: 'Filen har {{count}} fel. Ingenting sparades. Rätta felen och välj filen igen.',
    storageFailed: 'Filen {{file}} kunde inte sparas.',
  },
  megabytes: '{{size}} MB',
  backToList: 'Tillbaka till frågeformulären',
} as const;
