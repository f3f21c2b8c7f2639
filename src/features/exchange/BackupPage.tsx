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

/** Backing up everything in this browser as one file; restoring goes through "Öppna fil". */
export default function BackupPage() {
  const { t, i18n } = useTranslation('exchange');
  const last = useLastBackup();
  const [message, setMessage] = useState('');

  async function save() {
    try {
      const file = await exportBackup(version);
      const name = backupFileName(file.createdAt);
      downloadJson(file, name);
      setMessage(t('views.share.saved', { name }));
    } catch (error) {
      setMessage(t('views.share.failed', { reason: t(`storage.problem.${classifyStorageError(error)}`) }));
    }
  }

  return (
    <Page title={t('views.backup.title')}>
      <HelpLink section="storage" />
      <p>{t('views.backup.lead')}</p>
      {last === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <p>
          {last
            ? t('views.backup.last', { date: formatDateTime(last, i18n.language) })
            : t('views.backup.never')}
        </p>
      )}
      <p>
        <button type="button" onClick={() => void save()}>
          {t('views.backup.save')}
        </button>
      </p>
      <p role="status" className="exchange-outcome">
        {message}
      </p>
      <h2>{t('views.backup.restoreTitle')}</h2>
      <p>{t('views.backup.restoreLead')}</p>
      <p>
        <Link href={paths.openFile}>{t('views.backup.toOpen')}</Link>
      </p>
    </Page>
  );
}
