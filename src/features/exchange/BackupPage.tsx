import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { version } from '../../../package.json';
import { classifyStorageError } from '../../storage/errors';
import { exportBackup } from '../../storage/exchange';
import { useLastBackup } from '../../storage/live';
import { backupFileName } from '../../ui/download';
import { formatDateTime } from '../../ui/format';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { paths } from '../../ui/paths';
import { downloadJson } from './download-json';
import './strings';

/** Backing up everything in this browser as one file; restoring goes through "Öppna fil". */
export default function BackupPage() {
  const { t, i18n } = useTranslation();
  const last = useLastBackup();
  const [message, setMessage] = useState('');

  async function save() {
    try {
      const file = await exportBackup(version);
      const name = backupFileName(file.createdAt);
      downloadJson(file, name);
      setMessage(t('exchangeViews.share.saved', { name }));
    } catch (error) {
      setMessage(
        t('exchangeViews.share.failed', { reason: t(`storage.problem.${classifyStorageError(error)}`) }),
      );
    }
  }

  return (
    <Page title={t('exchangeViews.backup.title')}>
      <HelpLink section="storage" />
      <p>{t('exchangeViews.backup.lead')}</p>
      {last === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <p>
          {last
            ? t('exchangeViews.backup.last', { date: formatDateTime(last, i18n.language) })
            : t('exchangeViews.backup.never')}
        </p>
      )}
      <p>
        <button type="button" onClick={() => void save()}>
          {t('exchangeViews.backup.save')}
        </button>
      </p>
      <p role="status" className="exchange-outcome">
        {message}
      </p>
      <h2>{t('exchangeViews.backup.restoreTitle')}</h2>
      <p>{t('exchangeViews.backup.restoreLead')}</p>
      <p>
        <Link href={paths.openFile}>{t('exchangeViews.backup.toOpen')}</Link>
      </p>
    </Page>
  );
}
