/** Swedish strings of live rounds through a relay. */
export const live = {
  settings: {
    title: 'Live-samarbete',
    lead: 'Med en reläserver som kommunens IT driver kan flera personer svara i samma omgång samtidigt och se varandras bedömningar direkt. Allt som går via reläservern är krypterat; nyckeln finns bara i inbjudningslänken. Utan reläserver fungerar allt som vanligt med filer.',
    address: 'Reläserverns adress',
    addressHint: 'Till exempel wss://eblomladan.kommun.se/relay. Fråga kommunens IT.',
    save: 'Spara adressen',
    saved: 'Adressen är sparad. Nu kan du dela en omgång live från omgångens översikt.',
    current: 'Sparad adress: {{address}}',
    none: 'Ingen reläserver är inställd.',
    test: 'Testa anslutningen',
    testing: 'Ansluter till {{address}} …',
    answers: 'Reläservern på {{address}} svarar. Live-samarbete kan användas.',
    noAnswer:
      'Reläservern på {{address}} svarar inte. Kontrollera adressen och be kommunens IT se efter att servern är igång.',
    remove: 'Ta bort adressen',
    removed: 'Adressen är borttagen. Omgångar som redan delas använder fortfarande sin länk.',
    problems: {
      empty: 'Skriv reläserverns adress.',
      'too-long': 'Adressen är för lång.',
      'not-address': 'Det här är ingen adress. Den ska börja med wss://.',
      scheme: 'Adressen ska börja med wss:// (eller ws:// när eBlomlådan öppnas via http).',
      insecure:
        'Adressen måste börja med wss://: den här sidan är öppnad via https, och då tillåter webbläsaren bara krypterade anslutningar.',
      extra: 'Adressen får inte innehålla frågetecken, # eller inloggningsuppgifter.',
      'not-allowed':
        'Den här installationen av eBlomlådan får inte ansluta till {{origin}}. Lägg reläservern under samma adress som appen (till exempel {{suggestion}}), eller be IT bygga appen med VITE_RELAY_ORIGINS={{origin}}.',
    },
  },
  share: {
    title: 'Dela live',
    lead: 'Skicka inbjudningslänken till dem som ska svara. Den som öppnar länken får omgången i sin egen webbläsare och ser allas bedömningar direkt.',
    needRelay: 'För att dela omgången live behövs en reläserver.',
    setRelay: 'Ställ in reläservern under Inställningar',
    start: 'Dela omgången live',
    link: 'Inbjudningslänk',
    linkHint:
      'Länken innehåller nyckeln till omgången. Skicka den bara till dem som ska svara, som du skulle skicka ett lösenord.',
    copy: 'Kopiera länken',
    copied: 'Länken är kopierad.',
    copyFailed: 'Länken kunde inte kopieras. Markera den och kopiera själv.',
    stop: 'Sluta dela',
    stopped: 'Omgången delas inte längre. Den gamla länken fungerar inte; dela igen för att få en ny länk.',
    stoppedOffline:
      'Omgången delas inte längre från den här webbläsaren. Reläservern kunde inte nås, så där finns omgången kvar (krypterad): den gamla länken fungerar tills kommunens IT rensar reläserverns lagring. Dela igen för en ny länk.',
    member: 'Du är med i omgången via en inbjudningslänk. Samordnaren publicerar omgången.',
  },
  people: {
    title: 'Anslutna nu',
    none: 'Ingen annan är ansluten just nu.',
    noneHere: 'Ingen annan har den här delen öppen just nu.',
    unknown: 'Namnlös',
    where: '{{name}} ({{role}}) – {{place}}',
    whereNoRole: '{{name}} – {{place}}',
    person: '{{name}} ({{role}})',
    overview: 'omgångens översikt',
    inPart: 'Här i delen just nu',
  },
  status: {
    connecting: 'Live: ansluter till reläservern …',
    live_one: 'Live: ändringar delas direkt. {{count}} annan är ansluten.',
    live_other: 'Live: ändringar delas direkt. {{count}} andra är anslutna.',
    offline:
      'Offline: dina ändringar sparas här och skickas när anslutningen till reläservern är tillbaka. De är inte delade än.',
    waiting:
      'Live: ansluten, men reläservern har ännu inget av omgången. Ändringar sparas här och delas när samordnarens webbläsare har anslutit.',
    'wrong-key':
      'Live: länkens nyckel passar inte den delade omgången, så ingenting kunde läsas och ingenting har skickats. Be samordnaren om en ny länk.',
    closed: 'Live: samordnaren har slutat dela omgången. Ändringar delas inte längre; be om en ny länk.',
    published: 'Live: omgången är publicerad. Ändringar delas inte längre.',
    'not-allowed':
      'Live: den här installationen av eBlomlådan får inte ansluta till reläservern {{relay}}. Ändringar sparas bara här.',
    ignored_one:
      '{{count}} uppgift i den delade omgången passar inte frågeformuläret (till exempel ett svar som inte finns på skalan) och används inte.',
    ignored_other:
      '{{count}} uppgifter i den delade omgången passar inte frågeformuläret (till exempel svar som inte finns på skalan) och används inte.',
    unreadable_one: '{{count}} meddelande från reläservern kunde inte läsas och lämnades utan åtgärd.',
    unreadable_other: '{{count}} meddelanden från reläservern kunde inte läsas och lämnades utan åtgärd.',
  },
  join: {
    title: 'Gå med i en omgång live',
    lead: 'Länken ansluter den här webbläsaren till en omgång som delas via reläservern {{relay}}. Det som skickas är krypterat; nyckeln finns bara i länken.',
    name: 'Ditt namn',
    role: 'Din roll (valfritt)',
    nameMissing: 'Skriv ditt namn, så att de andra ser vem som svarar.',
    submit: 'Gå med i omgången',
    joining: 'Ansluter och hämtar omgången …',
    problems: {
      damaged: 'Länken är ofullständig eller skadad. Be om länken igen och kopiera hela.',
      'newer-version':
        'Länken är skapad av en nyare version av eBlomlådan. Uppdatera appen och öppna länken igen.',
      relay: 'Länken pekar inte på någon giltig reläserver. Be om länken igen.',
      'not-allowed':
        'Den här installationen av eBlomlådan får inte ansluta till reläservern {{relay}}. Be kommunens IT om hjälp.',
      'no-answer': 'Reläservern {{relay}} svarar inte. Försök igen om en stund.',
      'no-round':
        'Reläservern har ingen omgång för den här länken. Samordnaren kan ha slutat dela den; be om en ny länk.',
      'wrong-key': 'Länkens nyckel passar inte den delade omgången. Ingenting har lästs. Be om en ny länk.',
      closed: 'Samordnaren har slutat dela omgången. Be om en ny länk.',
      refused: 'Omgången som delas kunde inte läsas in:',
    },
  },
};
