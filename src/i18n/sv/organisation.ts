/** Swedish strings of the organisation feature: choosing the municipality this browser works for. */
export const organisation = {
  title: 'Välj kommun',
  lead: 'eBlomlådan håller ordning på omgångarna per kommun. Välj den kommun du arbetar för. Valet sparas bara i den här webbläsaren och kan ändras senare under Inställningar.',
  current: 'Vald kommun: {{name}}',
  searchLabel: 'Sök kommun på namn eller kommunkod',
  searchHint: 'Till exempel ”Ale” eller ”1440”. Alla Sveriges {{total}} kommuner finns med.',
  matches_one: '{{count}} kommun matchar',
  matches_other: '{{count}} kommuner matchar',
  noMatches: 'Ingen kommun matchar ”{{query}}”. Kontrollera stavningen eller sök på kommunkoden.',
  results: 'Kommuner att välja bland',
  choose: 'Välj {{name}}',
  details: '{{code}} · {{county}}',
  chosenNow: 'nuvarande val',
  truncated: 'Visar {{shown}} av {{count}}; skriv mer för att begränsa.',
  source: 'Kommunregistret bygger på SCB (kommunkoder och län) och SKR (kommungrupper).',
  saveError: {
    unavailable:
      'Kommunen kunde inte sparas: webbläsaren tillåter inte att eBlomlådan sparar uppgifter. Det händer ofta i privat läge. Öppna eBlomlådan i ett vanligt fönster och försök igen.',
    quota:
      'Kommunen kunde inte sparas eftersom webbläsarens lagringsutrymme är fullt. Frigör utrymme och försök igen.',
    blocked:
      'Kommunen kunde inte sparas eftersom en annan flik med eBlomlådan hindrar det. Stäng de andra flikarna och försök igen.',
    'version-change':
      'Kommunen kunde inte sparas eftersom en nyare version av eBlomlådan har öppnats i en annan flik. Ladda om sidan och försök igen.',
    'newer-database':
      'Kommunen kunde inte sparas eftersom uppgifterna har sparats av en nyare version av eBlomlådan. Ladda om sidan och försök igen.',
    unknown: 'Kommunen kunde inte sparas på grund av ett oväntat fel. Ladda om sidan och försök igen.',
  },
} as const;
