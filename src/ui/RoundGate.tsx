import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from './Page';
import { paths } from './paths';

interface Props<T> {
  /** The round's data: undefined while it is read, null when the round does not exist. */
  data: T | null | undefined;
  /** What to say when it does not exist. */
  notFound: string;
  children: (data: T) => ReactNode;
}

/** The frame of a view of one round: loading, not found with a way back, or the view (which may suspend). */
export function RoundGate<T>({ data, notFound, children }: Props<T>) {
  const { t } = useTranslation('rounds');
  const loading = <p role="status">{t('app.loading')}</p>;
  if (data === undefined) return loading;
  if (data === null) {
    return (
      <Page title={t('notFound.title')}>
        <p>{notFound}</p>
        <Link href={paths.rounds}>{t('round.back')}</Link>
      </Page>
    );
  }
  return <Suspense fallback={loading}>{children(data)}</Suspense>;
}
