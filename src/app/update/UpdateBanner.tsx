import { useTranslation } from 'react-i18next';
import { useUpdate } from './update-state';
import './update.css';

/**
 * Says politely that a new version is installed and offers to reload. The live region is always
 * in the page (empty until needed), so screen readers announce the message when it appears. It is
 * a plain polite region, not role="status": the answer page's save status is the page's status.
 */
export function UpdateBanner() {
  const { t } = useTranslation();
  const waiting = useUpdate((s) => s.waiting);
  const reloading = useUpdate((s) => s.reloading);
  const apply = useUpdate((s) => s.apply);
  return (
    <div aria-live="polite" className={waiting ? 'notice update-banner' : undefined}>
      {waiting && (
        <p>
          {t('offline.update.available')}{' '}
          <button type="button" onClick={apply}>
            {reloading ? t('offline.update.reloading') : t('offline.update.reload')}
          </button>
        </p>
      )}
    </div>
  );
}
