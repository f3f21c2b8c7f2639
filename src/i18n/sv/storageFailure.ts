/** Swedish strings shown where a view cannot read the browser's storage (ui/StorageProblem.tsx). */
export const storageFailure = {
  title: 'Uppgifterna kan inte visas',
  lead: 'Den här sidan visar det som är sparat i webbläsaren, men just nu kan eBlomlådan inte läsa det.',
  part: 'Det här kan inte visas just nu.',
  stillWorks: 'Det här går att använda ändå:',
  questionnaires: 'Läsa frågeformulären',
  help: 'Hjälpen: årets arbete steg för steg',
  about: 'Om eBlomlådan',
  unsaved: {
    title: 'Inte sparad.',
    keep: 'Texten finns bara här på skärmen. Kopiera den och spara den någon annanstans, till exempel i ett dokument.',
    label: '{{what}}, inte sparad',
    copy: 'Kopiera texten',
    copied: 'Texten är kopierad.',
    selected: 'Texten är markerad. Tryck Ctrl+C (⌘C på Mac) för att kopiera den.',
  },
} as const;
