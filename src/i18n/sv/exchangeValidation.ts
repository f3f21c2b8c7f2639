import type { ExchangeIssueRule } from '../../domain/validation/issues';

/** What is wrong with an exchange file (rules in EXCHANGE_ISSUE_RULES). */
export const exchangeValidation = {
  'exchange-too-large':
    'Filen är {{size}} MB. eBlomlådan öppnar filer på högst {{max}} MB, så filen har inte lästs.',
  'too-deep': 'Filen är kapslad i fler än {{max}} nivåer och kan inte vara en fil från eBlomlådan.',
  'file-too-new':
    'Filen är skapad av en nyare version av eBlomlådan ({{format}}). Den här versionen kan läsa {{supported}}. Uppdatera eBlomlådan och försök igen.',
  'questionnaire-too-new':
    'Frågeformuläret i filen har formatet {{format}}, som är nyare än den här versionen av eBlomlådan kan läsa ({{supported}}). Uppdatera eBlomlådan och försök igen.',
  'not-exchange-file':
    'Filen är ingen fil från eBlomlådan (formatet är ”{{format}}”). Här öppnas tilldelningar, svar, delade omgångar och säkerhetskopior.',
  'questionnaire-file': 'Filen är ett frågeformulär ({{format}}). Läs in frågeformulär under Frågeformulär.',
  'not-evidence-url': 'Länken till underlag är ingen fullständig webbadress (http:// eller https://).',
  'unknown-section': 'Delen ”{{id}}” finns inte i frågeformuläret.',
  'unknown-indicator': 'Indikatorn ”{{id}}” finns inte i den här delen av frågeformuläret.',
  'not-on-scale': 'Svaret ”{{value}}” finns inte på frågeformulärets svarsskala.',
  'key-mismatch':
    'Frågeformuläret är sparat under nyckeln ”{{key}}”, men innehållet har nyckeln ”{{actual}}”.',
  'unknown-questionnaire': 'Frågeformuläret ”{{key}}” finns inte i filen.',
  'unknown-round': 'Omgången ”{{id}}” finns inte här. Öppna svaret i den webbläsare där delarna delades ut.',
  'round-exists':
    'Omgången ”{{id}}” finns redan i den här webbläsaren som en egen omgång. En tilldelning öppnas i en annan webbläsare än den där den skapades.',
  'own-round':
    'Omgången ”{{id}}” är en av den här webbläsarens egna omgångar och kan inte läsas in som jämförelse.',
  'questionnaire-mismatch':
    'Svaret gäller frågeformuläret ”{{theirs}}”, men omgången här besvaras med ”{{mine}}”.',
  'round-published': 'Omgången är publicerad. Öppna den igen innan svar läggs till.',
  'document-damaged':
    'Svaren i filen är skadade och kan inte läsas (filen kan ha kortats av eller ändrats). Be om en ny fil.',
  'document-outside-parts':
    'Filen ändrar delen ”{{part}}”, som inte delades ut med den. Ingenting från filen har sparats.',
  'not-a-dataset': 'Filen är inget jämförelseunderlag från eBlomlådan (formatet är ”{{format}}”).',
  'too-many-rounds':
    'Jämförelseunderlaget har {{count}} omgångar. eBlomlådan läser högst {{max}} omgångar ur en fil, så filen har inte lästs. Dela upp underlaget, till exempel per län eller år.',
  'duplicate-round':
    'Kommun {{code}} har redan en omgång {{year}} med benämningen ”{{label}}” på frågeformuläret ”{{key}}” i filen (rounds[{{first}}]). Varje omgång får bara finnas en gång.',
  'dataset-with-others':
    'Det här är ett jämförelseunderlag. Öppna det för sig eller tillsammans med andra kommuners omgångar, inte med tilldelningar, svar eller säkerhetskopior.',
} as const;

// A rule without a message is a compile error.
exchangeValidation satisfies Record<ExchangeIssueRule, string>;
