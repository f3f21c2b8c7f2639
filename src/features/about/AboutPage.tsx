import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '../../ui/Page';
import { paths } from '../../ui/paths';

/** "Om eBlomlådan": the method, the scoring rule, the privacy model and the data sources. */
export default function AboutPage() {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? <AboutEn /> : <AboutSv />;
}

function AboutSv() {
  return (
    <Page title="Om eBlomlådan" className="prose">
      <h2>Metoden</h2>
      <p>
        eBlomlådan är en självvärdering som kommunen gör en gång om året för att se hur långt den har kommit
        med digitala tjänster och digitalisering. Resultatet ritas som en blomlåda som kan ställas bredvid
        förra årets och bredvid andra kommuners. Metoden kommer från ett webbverktyg som SKL (i dag SKR)
        erbjöd från omkring 2011; i december 2016 hade 141 kommuner publicerat sina resultat där. Den här
        appen är en fristående nyutveckling av metoden och är inte en tjänst från SKR.
      </p>
      <ul>
        <li>
          <strong>Blommorna</strong> är verksamhetsområden eller målgrupper. Varje kronblad är en indikator.
          Förvaltningschefen för området besvarar sin blomma utifrån verksamhetens perspektiv.
        </li>
        <li>
          <strong>Gräset</strong> är ledning, arbetssätt och metoder för digital utveckling. Kommunledningen
          äger det.
        </li>
        <li>
          <strong>Jordmånen</strong> är de tekniska förutsättningarna: infrastruktur, e-legitimation,
          informationssäkerhet, plattformar och gränssnitt. IT-strategen bedömer den.
        </li>
      </ul>
      <p>
        Frågeformulären är versionerade. När frågorna byggdes om 2016 gick resultaten före och efter inte att
        jämföra rakt av. Därför har varje indikator ett beständigt id, och varje ny version anger vilka
        indikatorer från förra versionen som har en jämförbar motsvarighet. Det som saknar motsvarighet märks
        som ej jämförbart.
      </p>

      <h2>Så räknas resultatet</h2>
      <ul>
        <li>
          En indikators poäng är poängen för det svarsalternativ som valts. I eBlomlådans frågeformulär är
          ”uppfyller helt” 1, ”uppfyller delvis” 0,5 och ”uppfyller inte alls” 0. Andra frågeformulär kan ha
          andra skalor med 2–7 nivåer; deras poäng står i formuläret.
        </li>
        <li>”Ej aktuellt” och obesvarade indikatorer räknas inte med.</li>
        <li>En dels poäng är medelvärdet av poängen för de besvarade, aktuella indikatorerna i delen.</li>
        <li>
          Bredvid varje poäng visas täckningen: hur många av delens indikatorer som är besvarade. En poäng som
          bygger på få svar säger mindre.
        </li>
      </ul>

      <h2>Dina uppgifter stannar i webbläsaren</h2>
      <ul>
        <li>
          Allt du fyller i sparas i den här webbläsarens lokala databas (IndexedDB) på den här datorn. Det
          finns ingen server, inget konto och ingen inloggning.
        </li>
        <li>
          Den som kommer åt den här webbläsarprofilen på den här datorn kan läsa uppgifterna. Appen krypterar
          dem inte.
        </li>
        <li>
          Appen gör inga anrop till andra webbplatser: ingen statistik, inga typsnitt eller skript utifrån.
          Den fungerar också på ett intranät.
        </li>
        <li>Uppgifter lämnar webbläsaren bara när du själv exporterar en fil.</li>
        <li>
          Om webbläsarens data rensas försvinner uppgifterna. Spara därför en säkerhetskopia regelbundet, och
          använd inte en delad dator för arbete som ska sparas.
        </li>
      </ul>

      <h2>Källor</h2>
      <p>
        Registret över Sveriges 290 kommuner bygger på uppgifter från Statistiska centralbyrån (SCB):
        kommunkoder, namn, län och folkmängd den 31 december 2024, och från Sveriges Kommuner och Regioner
        (SKR): kommungruppsindelningen 2023 (och 2017). Uppgifterna hämtades den 22 november 2026.
      </p>
      <p>
        <Link href={paths.start}>Till frågeformulären</Link> ·{' '}
        <Link href={paths.accessibility}>Tillgänglighetsredogörelse</Link>
      </p>
    </Page>
  );
}

function AboutEn() {
  return (
    <Page title="About eBlomlådan" className="prose">
      <h2>The method</h2>
      <p>
        eBlomlådan (“the e-flower box”) is a self-assessment that a municipality makes once a year to see how
        far it has come with digital services and digitalisation. The result is drawn as a flower box that can
        be set beside last year’s and beside other municipalities’. The method comes from a web tool that SKL
        (now SKR) offered from about 2011; by December 2016, 141 municipalities had published their results
        there. This app is an independent re-implementation of the method and not a service of SKR.
      </p>
      <ul>
        <li>
          <strong>The flowers</strong> are business areas or target groups. Each petal is an indicator. The
          head of administration for the area answers its flower from the business’s point of view.
        </li>
        <li>
          <strong>The grass</strong> is leadership, ways of working and methods for digital development.
          Municipal management owns it.
        </li>
        <li>
          <strong>The soil</strong> is the technical prerequisites: infrastructure, e-identification,
          information security, platforms and interfaces. The IT strategist rates it.
        </li>
      </ul>
      <p>
        Questionnaires are versioned. When the questions were rebuilt in 2016, results before and after could
        not be compared directly. That is why every indicator has a stable id, and every new version states
        which indicators of the previous version have a comparable counterpart. Whatever has none is marked as
        not comparable.
      </p>

      <h2>How the result is computed</h2>
      <ul>
        <li>
          An indicator’s score is the score of the chosen answer. In the eBlomlådan questionnaires “fully” is
          1, “partly” 0.5 and “not at all” 0. Other questionnaires may have other scales with 2–7 levels;
          their scores are stated in the questionnaire.
        </li>
        <li>“Not applicable” and unanswered indicators are not counted.</li>
        <li>A part’s score is the mean of the scores of its answered, applicable indicators.</li>
        <li>
          Every score is shown with its coverage: how many of the part’s indicators are answered. A score
          based on few answers says less.
        </li>
      </ul>

      <h2>Your data stays in the browser</h2>
      <ul>
        <li>
          Everything you enter is saved in this browser’s local database (IndexedDB) on this computer. There
          is no server, no account and no login.
        </li>
        <li>
          Anyone with access to this browser profile on this computer can read the data. The app does not
          encrypt it.
        </li>
        <li>
          The app makes no requests to other websites: no analytics, no fonts or scripts from elsewhere. It
          also works on an intranet.
        </li>
        <li>Data leaves the browser only when you export a file yourself.</li>
        <li>
          If the browser’s data is cleared, the data is gone. Save a backup regularly, and do not use a shared
          computer for work that must be kept.
        </li>
      </ul>

      <h2>Sources</h2>
      <p>
        The register of Sweden’s 290 municipalities is based on data from Statistics Sweden (SCB):
        municipality codes, names, counties and population on 31 December 2024, and from the Swedish
        Association of Local Authorities and Regions (SKR): the municipality groups of 2023 (and 2017). The
        data was retrieved on 22 November 2026.
      </p>
      <p>
        <Link href={paths.start}>To the questionnaires</Link> ·{' '}
        <Link href={paths.accessibility}>Accessibility statement</Link>
      </p>
    </Page>
  );
}
