/** Swedish strings of the example ("Visa exempel"): its view and the banner shown while it is on. */
export const example = {
  title: 'Visa ett exempel',
  lead: 'Se hur eBlomlådan ser ut med svar i innan kommunen har egna: Exempelkommun är en påhittad kommun med tre årliga omgångar.',
  contentsTitle: 'Det här ingår',
  rounds:
    'Tre omgångar: 2023 på det äldre frågeformuläret (version 2014), 2024 och 2025 på version 2016. Omgången 2025 pågår fortfarande.',
  answers: 'Svar med kommentarer, och vem som svarade på varje del.',
  plan: 'En handlingsplan från 2024 som följs upp 2025.',
  peers: 'Publicerade omgångar från fyra påhittade kommuner att jämföra med.',
  apartTitle: 'Dina egna uppgifter påverkas inte',
  apart:
    'Exemplet ligger i en egen databas i webbläsaren. Medan det visas syns inte dina egna omgångar, och när du tar bort exemplet är de tillbaka precis som de var. I exemplet kan du svara och ändra fritt, men inte spara eller öppna filer, så att exemplet aldrig hamnar i en säkerhetskopia eller en fil.',
  show: 'Visa exemplet',
  creating: 'Skapar exemplet …',
  failed: 'Exemplet kunde inte skapas: {{reason}}',
  noQuestionnaires:
    'Exemplet behöver de medföljande frågeformulären eBlomlådan 2014 och 2016, men de kunde inte läsas.',
  shown: 'Exemplet visas nu. Allt du ser är påhittat.',
  remove: 'Ta bort exemplet',
  removing: 'Tar bort exemplet …',
  removeFailed: 'Exemplet kunde inte tas bort. Stäng andra flikar med eBlomlådan och försök igen.',
  bannerLabel: 'Exempel',
  banner:
    'Exempel: du tittar på påhittade uppgifter för Exempelkommun. Dina egna uppgifter är orörda och kommer tillbaka när exemplet tas bort.',
  link: 'Visa ett exempel',
} as const;
