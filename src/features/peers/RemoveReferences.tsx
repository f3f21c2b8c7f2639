import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeAllReferenceRounds } from '../../storage/reference-rounds';

/** Removes every other municipality's round after an explicit second confirmation. */
export function RemoveReferences({ count }: { count: number }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  return (
    <section aria-labelledby="peers-remove">
      <h2 id="peers-remove">{t('peers.remove.title')}</h2>
      <p>{t('peers.remove.lead', { count })}</p>
      {asking ? (
        <div role="group" aria-labelledby="peers-remove-question">
          <p id="peers-remove-question" ref={question} tabIndex={-1}>
            <strong>{t('peers.remove.question', { count })}</strong>
          </p>
          <button
            type="button"
            onClick={() => {
              setAsking(false);
              void removeAllReferenceRounds();
            }}
          >
            {t('peers.remove.confirm')}
          </button>{' '}
          <button type="button" onClick={() => setAsking(false)}>
            {t('peers.remove.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          {t('peers.remove.button')}
        </button>
      )}
    </section>
  );
}
