import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { IndicatorRatings } from '../../domain/rating/model';
import { NOTE_MAX } from '../../domain/rating/model';
import { formatDateTime } from '../../ui/format';
import { useLocalized } from '../../ui/LocalizedText';
import { optionLabel } from './option-label';

interface Props {
  number: number;
  questionnaire: Questionnaire;
  ratings: IndicatorRatings;
  readOnly: boolean;
  onChoose: (value: string | null, note: string) => Promise<boolean>;
}

/**
 * The indicator's agreed answer (gemensam bedömning) once more than one person has rated it:
 * what it is and why, and a choice of it when the ratings differ. With one rating, that rating
 * is the agreed answer and nothing more is shown.
 */
export function AgreedAnswer(props: Props) {
  const rated = props.ratings.ratings.filter((rating) => rating.value !== undefined).length;
  // Most parts are rated by one person: then no hooks either, for each of the part's indicators.
  return rated < 2 && props.ratings.choices.length === 0 ? null : <Agreement {...props} />;
}

function Agreement({ number, questionnaire, ratings, readOnly, onChoose }: Props) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const id = useId();
  const status = useRef<HTMLParagraphElement>(null);
  const [value, setValue] = useState(ratings.agreed?.value ?? '');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);

  const label = (v: string) => {
    const text = optionLabel(questionnaire, v);
    return text ? localized(text) : v;
  };
  const { agreed } = ratings;
  const name = (text?: string) => text ?? t('ratings.agreed.unknownPerson');
  let summary: string;
  if (!agreed || (agreed.value === null && ratings.status === 'differs'))
    summary = t('ratings.agreed.differs');
  else if (agreed.source === 'chosen' && agreed.value === null)
    summary = t('ratings.agreed.chosenNone', {
      name: name(agreed.byName),
      time: agreed.at ? formatDateTime(agreed.at, i18n.language) : '',
    });
  else if (agreed.source === 'chosen')
    summary = t('ratings.agreed.chosen', {
      value: label(agreed.value!),
      name: name(agreed.byName),
      time: agreed.at ? formatDateTime(agreed.at, i18n.language) : '',
    });
  else summary = t(`ratings.agreed.${agreed.source}`, { value: label(agreed.value!) });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (await onChoose(value === '' ? null : value, note)) {
      setSaved(true);
      setNote('');
      status.current?.focus();
    }
  };
  const values = [...questionnaire.scale.options].reverse().map((option) => option.value);
  if (questionnaire.scale.notApplicable) values.push(questionnaire.scale.notApplicable.value);

  return (
    <section
      className={ratings.status === 'differs' ? 'agreed agreed--differs' : 'agreed'}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className="agreed__title">
        {t('ratings.agreed.title')}
      </h3>
      <p ref={status} tabIndex={-1} role="status">
        {summary}
        {agreed?.note && <> {t('ratings.agreed.note', { note: agreed.note })}</>}
        {saved && <> {t('ratings.agreed.saved')}</>}
      </p>
      {!readOnly && (
        <form className="agreed__form" onSubmit={(event) => void submit(event)}>
          <div className="field">
            <label htmlFor={`${id}-value`}>{t('ratings.agreed.choose', { number })}</label>
            <select id={`${id}-value`} value={value} onChange={(e) => setValue(e.target.value)}>
              <option value="">{t('ratings.agreed.notSettled')}</option>
              {values.map((v) => (
                <option key={v} value={v}>
                  {label(v)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('ratings.agreed.noteLabel')}</label>
            <input
              id={`${id}-note`}
              type="text"
              maxLength={NOTE_MAX}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          <button type="submit">{t('ratings.agreed.save')}</button>
        </form>
      )}
    </section>
  );
}
