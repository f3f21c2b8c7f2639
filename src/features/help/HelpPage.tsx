import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '../../ui/Page';
import { HELP_SECTIONS, helpPath, paths, type HelpSection } from '../../ui/paths';

/**
 * "Arbeta med eBlomlådan": the yearly process step by step, the roles and the scoring rule. Each
 * section has an address of its own (`#/hjalp/<section>`), which the views' help links use;
 * opening one scrolls to it and moves focus to its heading. Prose, so one component per
 * language, like the About page.
 */
export default function HelpPage({ section }: { section?: string }) {
  const { i18n } = useTranslation();
  const target = HELP_SECTIONS.find((s) => s === section);

  useEffect(() => {
    if (!target) return;
    const heading = document.getElementById(`help-${target}`);
    heading?.scrollIntoView?.({ block: 'start' });
    heading?.focus();
  }, [target, i18n.language]);

  return i18n.language === 'en' ? <HelpEn /> : <HelpSv />;
}

function Section({ id, title, children }: { id: HelpSection; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`help-${id}`}>
      <h2 id={`help-${id}`} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Contents({ label, items }: { label: string; items: [HelpSection, string][] }) {
  return (
    <nav aria-label={label}>
      <ul>
        {items.map(([id, title]) => (
          <li key={id}>
            <Link href={helpPath(id)}>{title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const SV: Record<HelpSection, string> = {
  process: 'Årets arbete steg för steg',
  start: '1. Starta en omgång',
  answer: '2. Svara på delarna',
  handOut: '3. Dela ut delar',
  merge: '4. Lägg in svaren',
  publish: '5. Publicera',
  compare: '6. Jämför år för år',
  peers: '7. Jämför med andra kommuner',
  plan: '8. Gör en handlingsplan',
  report: '9. Rapportera',
  live: 'Arbeta live',
  roles: 'Vem gör vad',
  scoring: 'Poängregeln',
  storage: 'Lagring och säkerhetskopior',
  questionnaires: 'Frågeformulär och versioner',
};

function HelpSv() {
  return (
    <Page title="Arbeta med eBlomlådan" className="prose help">
      <p className="lead">
        Så går kommunens årliga självvärdering till, från att omgången startas till att resultatet rapporteras
        till ledningen.
      </p>
      <Contents label="Innehåll" items={Object.entries(SV) as [HelpSection, string][]} />
      <p>
        Ny här? <Link href={paths.guide}>Guiden: kom igång</Link> tar ett par minuter.
      </p>
      <Section id="process" title={SV.process}>
        <ol>
          <li>Kommunledningen startar årets omgång.</li>
          <li>Varje del besvaras av rätt person, vid samma skärm eller i sin egen webbläsare.</li>
          <li>Delar som besvarats på annat håll läggs ihop i samordnarens webbläsare.</li>
          <li>Omgången publiceras när den är klar och blir då skrivskyddad.</li>
          <li>Resultatet jämförs med tidigare år och med andra kommuner.</li>
          <li>Det som bara uppfylls delvis eller inte alls blir en handlingsplan.</li>
          <li>Resultatet och planen rapporteras till ledningen.</li>
        </ol>
      </Section>
      <Section id="start" title={SV.start}>
        <p>
          Välj först din kommun (en gång per webbläsare). Under <Link href={paths.rounds}>Omgångar</Link>{' '}
          väljer du <em>Starta en ny omgång</em>: år (i år som förval), en frivillig benämning och vilket
          frågeformulär (det nyaste som förval). Omgången får en del per blomma, en för gräset och en för
          jordmånen.
        </p>
      </Section>
      <Section id="answer" title={SV.answer}>
        <p>
          Öppna en del från omgångens översikt. Fyll i namn och roll en gång och välj för varje indikator{' '}
          <em>uppfyller helt</em>, <em>delvis</em>, <em>inte alls</em> eller <em>ej aktuellt</em>. Skriv gärna
          en kommentar och en länk till underlag: de gör resultatet begripligt nästa år. Allt sparas direkt;
          det finns ingen spara-knapp. Blomlådan på översikten växer medan ni svarar.
        </p>
      </Section>
      <Section id="handOut" title={SV.handOut}>
        <p>
          Sitter ni inte vid samma skärm: välj på omgångens översikt <em>Dela ut delar</em>, kryssa i delarna
          och spara en tilldelningsfil. Skicka den till den som ska svara, till exempel med e-post. Mottagaren
          öppnar filen under <Link href={paths.openFile}>Öppna fil</Link> i sin egen webbläsare, svarar och
          sparar en svarsfil som skickas tillbaka. Har kommunen en reläserver kan ni i stället{' '}
          <Link href={helpPath('live')}>arbeta live</Link>.
        </p>
      </Section>
      <Section id="merge" title={SV.merge}>
        <p>
          Öppna svarsfilerna under <Link href={paths.openFile}>Öppna fil</Link>, gärna flera på en gång. Du
          ser först vad som ändras och väljer för varje konflikt vems svar som gäller. Ingenting sparas förrän
          du bekräftar, och varje indikator behåller vem som svarade och när.
        </p>
      </Section>
      <Section id="publish" title={SV.publish}>
        <p>
          När alla delar är besvarade publicerar du omgången på översikten. Den blir då skrivskyddad och kan
          delas med andra kommuner. Den kan öppnas igen, men bara med en skriftlig motivering som sparas i
          historiken. Spara en säkerhetskopia efter publiceringen.
        </p>
      </Section>
      <Section id="compare" title={SV.compare}>
        <p>
          Under <Link href={paths.compare}>Jämför omgångar</Link> ställs två eller fler omgångar bredvid
          varandra: förändringar per del och indikator, sida vid sida, överlagrade, som ”lok och vagnar” eller
          som trend. Omgångar på olika versioner av frågeformuläret jämförs bara på indikatorer som motsvarar
          varandra; resten märks som ej jämförbara.
        </p>
        <p>
          En dels förändring räknas på samma sätt överallt – under Förändringar, Trend och Lok och vagnar, i
          rapporten och i CSV-filen: på de indikatorer som går att jämföra och är besvarade med ett skalsvar i
          båda omgångarna, som skillnaden mellan medelvärdena över just de indikatorerna. Därför kan en del
          vara ”= oförändrad” fast dess poäng har stigit, till exempel när nya indikatorer i en ny version av
          formuläret drar upp poängen; medelvärdena och antalet indikatorer står bredvid förändringen.
        </p>
      </Section>
      <Section id="peers" title={SV.peers}>
        <p>
          Andra kommuners publicerade omgångar kommer som filer och läses in under{' '}
          <Link href={paths.openFile}>Öppna fil</Link>. De sparas som jämförelseunderlag, skilt från kommunens
          egna omgångar, utan namn och kommentarer. Jämförelsen visar var kommunen ligger i spridningen, inte
          bara ett medelvärde.
        </p>
        <p>
          En region eller SKR kan samla omgångarna och dela ut dem som ett enda jämförelseunderlag, till
          exempel hela landet över tio år. Det öppnas på samma sätt; du ser först en sammanfattning per år,
          frågeformulär och län, och ingenting sparas förrän du bekräftar. Under Jämför med andra kan du själv
          exportera ett jämförelseunderlag med de omgångar du har, valda efter år, län, kommungrupp och
          frågeformulär.
        </p>
      </Section>
      <Section id="plan" title={SV.plan}>
        <p>
          Indikatorer som bara uppfylls delvis eller inte alls är kandidater till åtgärder: en aktivitet, en
          målnivå (ett steg upp som förval), en ansvarig och ett datum. Nästa års omgång visar om målet
          nåddes.
        </p>
      </Section>
      <Section id="report" title={SV.report}>
        <p>
          Blomlådan kan sparas som en färdig bild för en presentation (PNG 16:9), för utskrift (PNG A4) eller
          att redigera (SVG), med rubrik, teckenförklaring, poängregel och datum. Omgången kan sparas som CSV
          för Excel, och en rapport kan skrivas ut eller sparas som PDF från webbläsaren. Poängregeln står
          alltid bredvid resultatet.
        </p>
      </Section>
      <Section id="live" title={SV.live}>
        <p>
          Har kommunens IT satt upp en reläserver kan flera svara i samma omgång samtidigt, var och en i sin
          egen webbläsare, och se varandras bedömningar direkt, utan att skicka filer. Ställ in reläserverns
          adress en gång under <Link href={paths.settings}>Inställningar</Link>, <em>Live-samarbete</em>, och
          tryck <em>Testa anslutningen</em>.
        </p>
        <p>
          På en omgång som inte är publicerad väljer samordnaren <em>Dela omgången live</em> på översikten och
          skickar inbjudningslänken till dem som ska svara. Länken innehåller nyckeln till omgången: behandla
          den som ett lösenord. Den som öppnar länken skriver sitt namn och väljer <em>Gå med i omgången</em>;
          omgången och allt som redan är besvarat kommer till den egna webbläsaren, och man svarar som
          vanligt.
        </p>
        <p>
          Översikten visar vilka som är anslutna och vilken del de har öppen, och överst på omgångens sidor
          står om ändringarna delas direkt. Utan nät går det att fortsätta svara: ändringarna sparas i
          webbläsaren och skickas när anslutningen är tillbaka. <em>Sluta dela</em> avslutar delningen, och
          den gamla länken slutar fungera; delar du igen får du en ny länk. Att publicera omgången avslutar
          också delningen. Filerna fungerar som förut och är reservvägen.
        </p>
      </Section>
      <Section id="roles" title={SV.roles}>
        <ul>
          <li>
            <strong>Förvaltningschefer</strong> svarar på sin egen blomma, utifrån verksamheten och inte
            utifrån IT.
          </li>
          <li>
            <strong>IT-strateg eller IT-chef</strong> bedömer jordmånen.
          </li>
          <li>
            <strong>Kommunledningen</strong> äger gräset, startar omgången, samlar ihop delarna, publicerar
            och jämför år för år. En person ansvarar för hela omgången.
          </li>
        </ul>
      </Section>
      <Section id="scoring" title={SV.scoring}>
        <ul>
          <li>Uppfyller helt ger 1 poäng, delvis 0,5 och inte alls 0 (enligt frågeformulärets skala).</li>
          <li>Ej aktuellt räknas varken för eller emot. En obesvarad indikator räknas inte, aldrig som 0.</li>
          <li>En dels poäng är medelvärdet av dess besvarade indikatorer, med underlaget utskrivet.</li>
          <li>Kronbladets yta är proportionell mot poängen, på samma skala för alla år och versioner.</li>
        </ul>
      </Section>
      <Section id="storage" title={SV.storage}>
        <p>
          Allt sparas bara i den här webbläsaren. Ingenting skickas till någon server, utom krypterade
          ändringar i en omgång som delas live. Rensas webbläsarens data försvinner uppgifterna, så spara en
          säkerhetskopia regelbundet under <Link href={paths.backup}>Säkerhetskopia</Link>. Under{' '}
          <Link href={paths.settings}>Inställningar</Link> ser du om webbläsaren lovat att behålla
          uppgifterna, när den senaste säkerhetskopian gjordes, och där kan du radera allt.
        </p>
      </Section>
      <Section id="questionnaires" title={SV.questionnaires}>
        <p>
          Frågeformulären har versioner, och varje indikator har ett beständigt id. En ny version anger vilka
          indikatorer från förra versionen som motsvarar dess egna. Egna frågeformulär (till exempel en
          regional variant) läses in under <Link href={paths.questionnaires}>Frågeformulär</Link>.
        </p>
      </Section>
    </Page>
  );
}

const EN: Record<HelpSection, string> = {
  process: "The year's work step by step",
  start: '1. Start a round',
  answer: '2. Answer the parts',
  handOut: '3. Hand out parts',
  merge: '4. Merge the answers',
  publish: '5. Publish',
  compare: '6. Compare year by year',
  peers: '7. Compare with other municipalities',
  plan: '8. Make an action plan',
  report: '9. Report',
  live: 'Working live',
  roles: 'Who does what',
  scoring: 'The scoring rule',
  storage: 'Storage and backups',
  questionnaires: 'Questionnaires and versions',
};

function HelpEn() {
  return (
    <Page title="Working with eBlomlådan" className="prose help">
      <p className="lead">
        How the municipality's yearly self-assessment works, from starting the round to reporting the result
        to management.
      </p>
      <Contents label="Contents" items={Object.entries(EN) as [HelpSection, string][]} />
      <p>
        New here? <Link href={paths.guide}>Guide: getting started</Link> takes a couple of minutes.
      </p>
      <Section id="process" title={EN.process}>
        <ol>
          <li>The municipality's management starts the year's round.</li>
          <li>Each part is answered by the right person, at one screen or in their own browser.</li>
          <li>Parts answered elsewhere are merged in the coordinator's browser.</li>
          <li>The round is published when it is complete, and becomes read-only.</li>
          <li>The result is compared with earlier years and with other municipalities.</li>
          <li>What is only partly met or not met at all becomes an action plan.</li>
          <li>The result and the plan are reported to management.</li>
        </ol>
      </Section>
      <Section id="start" title={EN.start}>
        <p>
          First choose your municipality (once per browser). Under <Link href={paths.rounds}>Rounds</Link>,
          choose <em>Start a new round</em>: the year (this year by default), an optional label and the
          questionnaire (the newest by default). The round gets one part per flower, one for the grass and one
          for the soil.
        </p>
      </Section>
      <Section id="answer" title={EN.answer}>
        <p>
          Open a part from the round's overview. Enter your name and role once and choose for each indicator{' '}
          <em>fully met</em>, <em>partly</em>, <em>not at all</em> or <em>not applicable</em>. Add a comment
          and a link to evidence: they make the result understandable next year. Everything is saved at once;
          there is no save button. The flower box on the overview grows as you answer.
        </p>
      </Section>
      <Section id="handOut" title={EN.handOut}>
        <p>
          If you are not at one screen: on the round's overview choose <em>Hand out parts</em>, tick the parts
          and save an assignment file. Send it to the respondent, for example by e-mail. They open it under{' '}
          <Link href={paths.openFile}>Open file</Link> in their own browser, answer, and save a response file
          to send back. If the municipality has a relay server, you can{' '}
          <Link href={helpPath('live')}>work live</Link> instead.
        </p>
      </Section>
      <Section id="merge" title={EN.merge}>
        <p>
          Open the response files under <Link href={paths.openFile}>Open file</Link>, several at once if you
          like. You first see what will change and choose, for each conflict, whose answer stands. Nothing is
          saved until you confirm, and each indicator keeps who answered and when.
        </p>
      </Section>
      <Section id="publish" title={EN.publish}>
        <p>
          When every part is answered, publish the round on its overview. It becomes read-only and can be
          shared with other municipalities. It can be reopened, but only with a written reason kept in its
          history. Save a backup after publishing.
        </p>
      </Section>
      <Section id="compare" title={EN.compare}>
        <p>
          Under <Link href={paths.compare}>Compare rounds</Link> two or more rounds stand side by side:
          changes per part and indicator, side by side, overlaid, as “locomotives and wagons” or as a trend.
          Rounds on different questionnaire versions are compared only on indicators that correspond; the rest
          are marked not comparable.
        </p>
        <p>
          A part’s change is computed the same way everywhere – under Changes, Trend and Locomotives and
          wagons, in the report and in the CSV file: on the indicators that can be compared and are answered
          on the scale in both rounds, as the difference between the means over exactly those indicators. So a
          part can be “= unchanged” while its score rose, for example when new indicators in a new version of
          the questionnaire lift the score; the means and the number of indicators stand beside the change.
        </p>
      </Section>
      <Section id="peers" title={EN.peers}>
        <p>
          Other municipalities' published rounds arrive as files and are read under{' '}
          <Link href={paths.openFile}>Open file</Link>. They are kept as reference data, apart from the
          municipality's own rounds, without names or comments. The comparison shows where the municipality
          stands in the spread, not just an average.
        </p>
        <p>
          A region or SKR can collect the rounds and hand them out as one comparison dataset, for example the
          whole country over ten years. It opens the same way; you first see a summary per year, questionnaire
          and county, and nothing is saved until you confirm. Under Compare with others you can export a
          comparison dataset yourself from the rounds you hold, chosen by year, county, municipality group and
          questionnaire.
        </p>
      </Section>
      <Section id="plan" title={EN.plan}>
        <p>
          Indicators that are only partly met or not met at all are candidates for actions: an activity, a
          target level (one step up by default), an owner and a date. Next year's round shows whether the
          target was reached.
        </p>
      </Section>
      <Section id="report" title={EN.report}>
        <p>
          The flower box can be saved as a finished picture for a presentation (PNG 16:9), for print (PNG A4)
          or to edit (SVG), with heading, legend, scoring rule and date. The round can be saved as CSV for
          Excel, and a report can be printed or saved as PDF from the browser. The scoring rule always stands
          beside the result.
        </p>
      </Section>
      <Section id="live" title={EN.live}>
        <p>
          If the municipality's IT has set up a relay server, several people can answer the same round at
          once, each in their own browser, and see each other's ratings straight away, without sending files.
          Enter the relay's address once under <Link href={paths.settings}>Settings</Link>,{' '}
          <em>Live collaboration</em>, and press <em>Test the connection</em>.
        </p>
        <p>
          On a round that is not published, the coordinator chooses <em>Share the round live</em> on its
          overview and sends the invitation link to the respondents. The link holds the round's key: treat it
          like a password. Whoever opens the link enters their name and chooses <em>Join the round</em>; the
          round and everything answered so far arrive in their own browser, and they answer as usual.
        </p>
        <p>
          The overview shows who is connected and which part they have open, and the top of the round's pages
          says whether changes are being shared. Without a network you can go on answering: changes are saved
          in the browser and sent when the connection returns. <em>Stop sharing</em> ends the share and the
          old link stops working; sharing again gives a new link. Publishing the round ends the share too.
          Files work as before and remain the fallback.
        </p>
      </Section>
      <Section id="roles" title={EN.roles}>
        <ul>
          <li>
            <strong>Heads of administration</strong> answer their own flower, from the point of view of the
            service, not of IT.
          </li>
          <li>
            <strong>The IT strategist or IT manager</strong> rates the soil.
          </li>
          <li>
            <strong>The municipality's management</strong> owns the grass, starts the round, collects the
            parts, publishes and compares year by year. One person is responsible for the whole round.
          </li>
        </ul>
      </Section>
      <Section id="scoring" title={EN.scoring}>
        <ul>
          <li>Fully met gives 1 point, partly 0.5 and not at all 0 (from the questionnaire's scale).</li>
          <li>
            Not applicable counts neither for nor against. An unanswered indicator is left out, never 0.
          </li>
          <li>A part's score is the mean of its answered indicators, with its basis shown.</li>
          <li>A petal's area is proportional to the score, on the same scale for every year and version.</li>
        </ul>
      </Section>
      <Section id="storage" title={EN.storage}>
        <p>
          Everything is kept only in this browser. Nothing is sent to a server, except the encrypted changes
          of a round shared live. If the browser's data is cleared, the data is gone, so save a backup
          regularly under <Link href={paths.backup}>Backup</Link>. Under{' '}
          <Link href={paths.settings}>Settings</Link> you see whether the browser has promised to keep the
          data and when the last backup was made, and you can delete everything there.
        </p>
      </Section>
      <Section id="questionnaires" title={EN.questionnaires}>
        <p>
          Questionnaires have versions, and each indicator has a lasting id. A new version says which
          indicators of the previous version correspond to its own. Your own questionnaires (a regional
          variant, say) are read under <Link href={paths.questionnaires}>Questionnaires</Link>.
        </p>
      </Section>
    </Page>
  );
}
