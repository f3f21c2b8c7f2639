import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '../ui/Page';
import { paths } from '../ui/paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href={paths.start}>{t('app.backToStart')}</Link>
      </p>
    </Page>
  );
}
