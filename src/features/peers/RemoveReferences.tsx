import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeAllReferenceRounds } from '../../storage/reference-rounds';
import { useFormat } from '../../ui/format';
import { useFocusAfter } from '../../ui/useFocusAfter';

interface Props {
  count: number;
  /** Called once they are removed, when this section goes away: the page moves focus. */
  onRemoved: () => void;
}

/** Removes every other municipality's round after an explicit second confirmation. */
export function RemoveReferences({ count, onRemoved }: Props) {
  const { t } = useTranslation('peers');
  const format = useFormat();
  const [asking, setAsking] = useState(false);
  // The buttons swap places: focus goes to the question, and back to the button on Avbryt.
  const [question, focusQuestion] = useFocusAfter<HTMLParagraphElement>();
  const [button, focusButton] = useFocusAfter<HTMLButtonElement>();
  return (
    <section aria-labelledby="peers-remove">
      <h2 id="peers-remove">{t('remove.title')}</h2>
      <p>{t('remove.lead', format.count(count))}</p>
      {asking ? (
        <div role="group" aria-labelledby="peers-remove-question">
          <p id="peers-remove-question" ref={question} tabIndex={-1}>
            <strong>{t('remove.question', format.count(count))}</strong>
          </p>
          <button
            type="button"
            // The question stays until they are gone and this section with it.
            onClick={() => void removeAllReferenceRounds().then(onRemoved)}
          >
            {t('remove.confirm')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setAsking(false);
              focusButton();
            }}
          >
            {t('remove.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          ref={button}
          onClick={() => {
            setAsking(true);
            focusQuestion();
          }}
        >
          {t('remove.button')}
        </button>
      )}
    </section>
  );
}
