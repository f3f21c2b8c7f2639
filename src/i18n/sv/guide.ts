/** Swedish strings of the first-run guide (features/guide). */
export const guide = {
  title: 'Kom igång med eBlomlådan',
  lead: 'En kort guide i fem steg: vad blomlådan visar, hur du svarar, vem som svarar på vad, var uppgifterna sparas och hur du väljer din kommun. Det tar ett par minuter.',
  stepOf: 'Steg {{step}} av {{count}}',
  stepsLabel: 'Guidens steg',
  previous: 'Föregående',
  next: 'Nästa',
  skip: 'Hoppa över guiden',
  skipHint: 'Guiden finns kvar under Hjälp och på startsidan.',
  box: {
    title: 'Blomlådan',
    lead: 'Kommunens resultat ritas som en blomlåda sedd framifrån. Ju bättre svaren är, desto mer blommar den.',
    flowers:
      'Blommorna är verksamhetsområden eller målgrupper, till exempel Barn och elever eller Företagare. Varje kronblad är en indikator: ett helt kronblad för ”uppfyller helt”, ett mindre för ”delvis”, ett litet kryss för ”inte alls”.',
    grass: 'Gräset är ledning, arbetssätt och metoder för digital utveckling.',
    sampleTitle: 'En påhittad blomlåda med två blommor, gräset och jordmånen',
    sampleCaption:
      'Ett påhittat exempel. Ett helt kronblad är ”uppfyller helt”, ett mindre ”delvis”, ett litet kryss ”inte alls”, en liten streckad ram obesvarat och ett kort tvärstreck ”ej aktuellt”.',
    soil: 'Jordmånen är de tekniska förutsättningarna, som e-legitimation, informationssäkerhet och öppna gränssnitt. Allt växer ur den.',
  },
  scale: {
    title: 'Skalan',
    lead: 'Varje indikator är ett påstående som kommunen bedömer som helhet, så som det är i dag:',
    full: 'Uppfyller helt ger 1 poäng.',
    partly: 'Uppfyller delvis ger 0,5 poäng.',
    none: 'Uppfyller inte alls ger 0 poäng.',
    notApplicable: 'Ej aktuellt räknas inte med, och inte heller en obesvarad indikator.',
    rule: 'En dels resultat är medelvärdet av dess besvarade indikatorer. Varje indikator har en vägledning som beskriver hur ”uppfyller helt” ser ut.',
  },
  roles: {
    title: 'Vem svarar på vad',
    managers: 'Förvaltningscheferna svarar på sin egen blomma, utifrån verksamheten och inte utifrån IT.',
    it: 'IT-strategen eller IT-chefen bedömer jordmånen.',
    management:
      'Kommunledningen äger gräset, startar årets omgång, samlar ihop delarna, publicerar och jämför år för år.',
    together:
      'Ni kan sitta vid samma skärm, eller dela ut delar som filer som besvaras i var och ens webbläsare och läggs ihop igen.',
  },
  storage: {
    title: 'Var uppgifterna sparas',
    local:
      'Allt du fyller i sparas bara i den här webbläsaren, på den här datorn. Ingenting skickas till någon server, och ingen annan kan se det.',
    risk: 'Det betyder också att uppgifterna försvinner om webbläsarens data rensas eller datorn byts ut.',
    backup:
      'Spara därför en säkerhetskopia regelbundet, till exempel efter varje publicerad omgång. Den är en fil som kan läsas in igen i vilken webbläsare som helst.',
    settings:
      'Under Inställningar ser du om webbläsaren har lovat att behålla uppgifterna och när du senast sparade en säkerhetskopia.',
  },
  start: {
    title: 'Välj din kommun',
    lead: 'Välj den kommun du arbetar för. Sedan kan du starta årets omgång och svara på de första indikatorerna.',
    choose: 'Välj kommun',
    chosen: 'Du arbetar för kommunen med kod {{code}}.',
    toRounds: 'Till omgångarna',
    change: 'Byt kommun',
    example: 'Vill du först se hur det ser ut med svar i?',
  },
} as const;
