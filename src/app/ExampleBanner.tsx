import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeExample } from '../storage/example';
import { paths } from '../ui/paths';

/**
 * Shown on every view while the example is on (loaded only then, so it costs the start page
 * nothing otherwise): says the data is invented and removes the example in one click.
 */
export default function ExampleBanner() {
  const { t } = useTranslation('example');
  const [failed, setFailed] = useState(false);

  async function remove() {
    try {
      await removeExample();
      window.location.hash = `#${paths.start}`;
      window.location.reload();
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className="example-banner" role="region" aria-label={t('bannerLabel')}>
      <p>
        <strong>{t('banner')}</strong>
      </p>
      <p>
        <button type="button" onClick={() => void remove()}>
          {t('remove')}
        </button>
      </p>
      {failed && (
        <p role="alert" className="field-error">
          {t('removeFailed')}
        </p>
      )}
    </div>
  );
}
