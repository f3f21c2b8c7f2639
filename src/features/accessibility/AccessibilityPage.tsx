import { Trans, useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { formatDate } from '../../ui/format';
import { ASSESSED_ON, CONTACT_EMAIL, DIGG_REPORT_URL, UPDATED_ON } from './statement';

/**
 * Tillgänglighetsredogörelse with the parts DIGG prescribes. The prose is in the
 * `accessibility` namespace; the facts that change with each review are in statement.ts.
 */
export default function AccessibilityPage() {
  const { t, i18n } = useTranslation('accessibility');
  return (
    <Page title={t('title')} className="prose">
      <p>{t('intro')}</p>
      <h2>{t('compliance.heading')}</h2>
      <p>{t('compliance.text')}</p>
      <h2>{t('alternatives.heading')}</h2>
      <p>{t('alternatives.text')}</p>
      <Contact />
      <h2>{t('report.heading')}</h2>
      <p>{t('report.text')}</p>
      <Contact />
      <h2>{t('enforcement.heading')}</h2>
      <p>
        <Trans
          t={t}
          i18nKey="enforcement.text"
          components={{ digg: <a href={DIGG_REPORT_URL} rel="noreferrer" /> }}
        />
      </p>
      <h2>{t('technical.heading')}</h2>
      <p>{t('technical.text')}</p>
      <h3>{t('technical.gapsHeading')}</h3>
      <ul>
        {t('technical.gaps', { returnObjects: true }).map((gap, i) => (
          <li key={i}>{gap}</li>
        ))}
      </ul>
      <h2>{t('testing.heading')}</h2>
      <p>{t('testing.method')}</p>
      <p>{t('testing.assessed', { date: formatDate(ASSESSED_ON, i18n.language) })}</p>
      <p>{t('testing.updated', { date: formatDate(UPDATED_ON, i18n.language) })}</p>
    </Page>
  );
}

/** Where to turn: the address set when deploying, or else the municipality's own contact. */
function Contact() {
  const { t } = useTranslation('accessibility');
  if (!CONTACT_EMAIL) return <p>{t('contact.municipality')}</p>;
  return (
    <p>
      <Trans
        t={t}
        i18nKey="contact.email"
        values={{ email: CONTACT_EMAIL }}
        components={{ email: <a href={`mailto:${CONTACT_EMAIL}`} /> }}
      />
    </p>
  );
}
