/** Swedish strings of the settings feature. */
export const settings = {
  title: 'Inställningar',
  lead: 'Inställningarna gäller bara den här webbläsaren.',
  organisation: {
    title: 'Kommun',
    none: 'Ingen kommun vald',
    noneLead: 'Välj den kommun du arbetar för innan du startar en omgång.',
    name: 'Kommun',
    code: 'Kommunkod',
    county: 'Län',
    group: 'Kommungrupp (SKR)',
    groupValue: '{{code}} – {{name}}',
    unknown: 'Kommunkoden {{code}} finns inte i kommunregistret. Välj kommunen igen.',
    change: 'Byt kommun',
    choose: 'Välj kommun',
  },
  language: {
    title: 'Språk',
    legend: 'Språk i gränssnittet',
    sv: 'Svenska',
    en: 'English',
    hint: 'Frågeformulärens texter visas på svenska när det saknas en engelsk översättning.',
  },
  storage: {
    title: 'Lagring',
    lead: 'Allt du fyller i sparas i den här webbläsarens lagring och ingen annanstans.',
    checking: 'Kontrollerar …',
    persisted: 'Webbläsaren har lovat att inte rensa uppgifterna.',
    notPersisted:
      'Webbläsaren har inte lovat att behålla uppgifterna. Om lagringsutrymmet tar slut kan den rensa dem utan att fråga. Spara säkerhetskopior regelbundet.',
    unsupported:
      'Webbläsaren kan inte tala om ifall den behåller uppgifterna. Spara säkerhetskopior regelbundet.',
    usage: 'Använt: {{used}} av {{quota}}',
    ask: 'Be om beständig lagring',
    asking: 'Frågar webbläsaren …',
    granted: 'Webbläsaren har nu lovat att inte rensa uppgifterna.',
    denied:
      'Webbläsaren sa nej. Den avgör själv, ofta efter hur mycket sidan används; ett bokmärke kan hjälpa. Försök igen senare och spara säkerhetskopior under tiden.',
    unavailable: 'Den här webbläsaren går inte att be om beständig lagring.',
    failed: 'Frågan om beständig lagring misslyckades. Försök igen senare.',
  },
} as const;
