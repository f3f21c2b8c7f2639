import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '../ui/Page';
import { paths } from '../ui/paths';

type BackupState = { state: 'idle' | 'saving' } | { state: 'saved'; name: string } | { state: 'failed' };

/**
 * Shown instead of a view that crashed; the header and navigation stay usable. Says plainly what
 * happened, that the stored data is untouched, and offers a backup file at once, in case the
 * problem is worse than one view.
 */
export function CrashView({ error }: { error: Error }) {
  const { t } = useTranslation();
  const [backup, setBackup] = useState<BackupState>({ state: 'idle' });

  async function save() {
    if (backup.state === 'saving') return;
    setBackup({ state: 'saving' });
    try {
      const { saveBackupAfterCrash } = await import('./crash-backup');
      setBackup({ state: 'saved', name: await saveBackupAfterCrash() });
    } catch {
      setBackup({ state: 'failed' });
    }
  }

  return (
    <Page title={t('crash.title')}>
      <div role="alert">
        <p>{t('crash.body')}</p>
      </div>
      <p>{t('crash.backupLead')}</p>
      <p>
        <button type="button" onClick={() => void save()} aria-disabled={backup.state === 'saving'}>
          {t('crash.backup')}
        </button>
      </p>
      <p role="status">
        {backup.state === 'saved' && t('crash.backupSaved', { name: backup.name })}
        {backup.state === 'failed' && t('crash.backupFailed')}
      </p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>{' '}
        <Link href={paths.start}>{t('app.backToStart')}</Link>
      </p>
      <details>
        <summary>{t('crash.details')}</summary>
        <p>
          <code>{error.message.slice(0, 200)}</code>
        </p>
      </details>
    </Page>
  );
}
