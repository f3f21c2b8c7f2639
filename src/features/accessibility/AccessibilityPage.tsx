import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { formatDate } from '../../ui/format';
import { ASSESSED_ON, CONTACT_EMAIL, DIGG_REPORT_URL, UPDATED_ON } from './statement';

/** Tillgänglighetsredogörelse with the parts DIGG prescribes. */
export default function AccessibilityPage() {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? <StatementEn /> : <StatementSv />;
}

function Contact({ language }: { language: 'sv' | 'en' }) {
  if (CONTACT_EMAIL) {
    return (
      <p>
        {language === 'sv' ? 'Skicka e-post till ' : 'Send an e-mail to '}
        <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>.
      </p>
    );
  }
  return language === 'sv' ? (
    <p>
      Kontakta den som förvaltar eBlomlådan i din kommun, oftast kommunens digitaliserings- eller IT-strateg,
      via kommunens växel eller kontaktcenter.
    </p>
  ) : (
    <p>
      Contact whoever manages eBlomlådan in your municipality, usually its digitalisation or IT strategist,
      through the municipality’s switchboard or contact centre.
    </p>
  );
}

function StatementSv() {
  return (
    <Page title="Tillgänglighetsredogörelse" className="prose">
      <p>
        eBlomlådan står bakom den här webbappen. Vi vill att så många som möjligt ska kunna använda den. Här
        beskriver vi hur eBlomlådan uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig
        service, vilka kända tillgänglighetsproblem som finns och hur du kan rapportera brister så att vi kan
        åtgärda dem.
      </p>
      <h2>Hur tillgänglig är webbappen?</h2>
      <p>
        Webbappen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av
        de brister som beskrivs nedan.
      </p>
      <h2>Vad kan du göra om du inte kan använda delar av webbappen?</h2>
      <p>Om du behöver innehållet i en annan form, till exempel frågeformulären som text, kan du få hjälp:</p>
      <Contact language="sv" />
      <h2>Rapportera brister i webbappens tillgänglighet</h2>
      <p>
        Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte beskrivs
        här, eller om du anser att vi inte uppfyller lagens krav, meddela oss så att vi får veta att problemet
        finns. Beskriv vad du försökte göra, i vilken vy och med vilket hjälpmedel. Vi svarar inom två veckor.
      </p>
      <Contact language="sv" />
      <h2>Tillsyn</h2>
      <p>
        Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn av lagen om tillgänglighet till
        digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du{' '}
        <a href={DIGG_REPORT_URL} rel="noreferrer">
          kontakta Myndigheten för digital förvaltning och påpeka det
        </a>
        .
      </p>
      <h2>Teknisk information om webbappens tillgänglighet</h2>
      <p>
        Webbappen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av
        de brister som beskrivs nedan. Målet är nivå AA i WCAG 2.1.
      </p>
      <h3>Innehåll som inte är tillgängligt</h3>
      <ul>
        <li>
          Granskningen är inte fullständig. Följande krav har vi ännu inte kontrollerat för hand: 1.4.12
          Textavstånd, 1.4.13 Innehåll vid hovring eller fokus och 4.1.3 Statusmeddelanden med skärmläsare.
          Tills de är kontrollerade redovisar vi webbappen som delvis förenlig.
        </li>
        <li>Ingen granskning har gjorts tillsammans med användare av skärmläsare eller andra hjälpmedel.</li>
        <li>
          Frågeformulär som en kommun själv lägger till kan sakna engelsk text. Då visas den svenska texten,
          märkt som svenska så att skärmläsare läser upp den rätt.
        </li>
      </ul>
      <h2>Hur vi testat webbappen</h2>
      <p>
        Vi har gjort en självskattning (intern testning) av eBlomlådan: en automatisk granskning med axe-core
        mot WCAG 2.1 nivå A och AA av varje vy, som körs vid varje ändring av koden, genomgång med enbart
        tangentbord, kontroll av kontraster och av att innehållet går att läsa på en 320 pixlar bred skärm.
      </p>
      <p>Senaste bedömningen gjordes den {formatDate(ASSESSED_ON, 'sv')}.</p>
      <p>Redogörelsen uppdaterades senast den {formatDate(UPDATED_ON, 'sv')}.</p>
    </Page>
  );
}

function StatementEn() {
  return (
    <Page title="Accessibility statement" className="prose">
      <p>
        eBlomlådan is responsible for this web app. We want as many people as possible to be able to use it.
        This statement describes how eBlomlådan meets the Swedish Act (2018:1937) on accessibility to digital
        public services, the known accessibility problems, and how you can report shortcomings so that we can
        fix them.
      </p>
      <h2>How accessible is the web app?</h2>
      <p>The web app is partially compliant with the Act, because of the shortcomings described below.</p>
      <h2>What can you do if you cannot use parts of the web app?</h2>
      <p>
        If you need the content in another form, for example the questionnaires as text, you can get help:
      </p>
      <Contact language="en" />
      <h2>Report accessibility problems</h2>
      <p>
        We keep working to improve accessibility. If you find problems not described here, or think that we do
        not meet the requirements of the Act, tell us so that we know the problem exists. Describe what you
        tried to do, in which view and with which assistive technology. We answer within two weeks.
      </p>
      <Contact language="en" />
      <h2>Enforcement</h2>
      <p>
        The Agency for Digital Government (DIGG) is responsible for enforcing the Act. If you are not
        satisfied with how we handle your comments, you can{' '}
        <a href={DIGG_REPORT_URL} rel="noreferrer">
          contact the Agency for Digital Government
        </a>
        .
      </p>
      <h2>Technical information about the web app’s accessibility</h2>
      <p>
        The web app is partially compliant with the Act, because of the shortcomings described below. The
        target is WCAG 2.1 level AA.
      </p>
      <h3>Content that is not accessible</h3>
      <ul>
        <li>
          The review is not complete. We have not yet checked by hand: 1.4.12 Text spacing, 1.4.13 Content on
          hover or focus, and 4.1.3 Status messages with a screen reader. Until they are checked, we report
          the web app as partially compliant.
        </li>
        <li>No review has been made together with users of screen readers or other assistive technology.</li>
        <li>
          Questionnaires that a municipality adds itself may lack English text. The Swedish text is then
          shown, marked as Swedish so that screen readers read it correctly.
        </li>
      </ul>
      <h2>How we tested the web app</h2>
      <p>
        We have made a self-assessment (internal testing) of eBlomlådan: an automated review with axe-core
        against WCAG 2.1 levels A and AA of every view, run on every change of the code; a keyboard-only
        walk-through; and checks of contrast and of reading the content on a screen 320 pixels wide.
      </p>
      <p>The latest assessment was made on {formatDate(ASSESSED_ON, 'en')}.</p>
      <p>This statement was last updated on {formatDate(UPDATED_ON, 'en')}.</p>
    </Page>
  );
}
