/** Swedish strings shown where a view cannot read the browser's storage (ui/StorageProblem.tsx). */
export const storageFailure = {
  title: 'Uppgifterna kan inte visas',
  lead: 'Den här sidan visar det som är sparat i webbläsaren, men just nu kan eBlomlådan inte läsa det.',
  part: 'Det här kan inte visas just nu.',
  stillWorks: 'Det här går att använda ändå:',
  questionnaires: 'Läsa frågeformulären',
  help: 'Hjälpen: årets arbete steg för steg',
  about: 'Om eBlomlådan',
} as const;
