import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '../ui/Page';
import { paths } from '../ui/paths';

/** Shown instead of a view that crashed; the header and navigation stay usable. */
export function CrashView({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <Page title={t('crash.title')}>
      <div role="alert">
        <p>{t('crash.body')}</p>
        <p>
          <code>{error.message.slice(0, 200)}</code>
        </p>
      </div>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>{' '}
        <Link href={paths.start}>{t('questionnaire.backToStart')}</Link>
      </p>
    </Page>
  );
}
