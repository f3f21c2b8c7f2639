import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '../../ui/Page';
import { paths } from '../../ui/paths';

/**
 * "Om eBlomlådan": the method, the scoring rule, the privacy model and the data sources. The
 * prose is in the `about` namespace (locales/<language>/about.json); markup in a string is a
 * named component below, e.g. `<strong>` or a link named after where it goes.
 */
export default function AboutPage() {
  const { t } = useTranslation('about');
  return (
    <Page title={t('title')} className="prose">
      <h2>{t('method.heading')}</h2>
      <p>{t('method.intro')}</p>
      <ul>
        <li>
          <Trans t={t} i18nKey="method.flowers" components={{ strong: <strong /> }} />
        </li>
        <li>
          <Trans t={t} i18nKey="method.grass" components={{ strong: <strong /> }} />
        </li>
        <li>
          <Trans t={t} i18nKey="method.soil" components={{ strong: <strong /> }} />
        </li>
      </ul>
      <p>{t('method.versions')}</p>

      <h2>{t('scoring.heading')}</h2>
      <ul>
        {t('scoring.rules', { returnObjects: true }).map((rule, i) => (
          <li key={i}>{rule}</li>
        ))}
      </ul>

      <h2>{t('privacy.heading')}</h2>
      <ul>
        {t('privacy.points', { returnObjects: true }).map((point, i) => (
          <li key={i}>{point}</li>
        ))}
      </ul>

      <h2>{t('sources.heading')}</h2>
      <p>{t('sources.register')}</p>
      <p>
        <Trans
          t={t}
          i18nKey="links"
          components={{
            questionnaires: <Link href={paths.start} />,
            accessibility: <Link href={paths.accessibility} />,
          }}
        />
      </p>
    </Page>
  );
}
