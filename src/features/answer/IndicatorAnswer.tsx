import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Questionnaire } from '../../domain/questionnaire/schema';
import type { IndicatorRatings } from '../../domain/rating/model';
import { isEvidenceUrl } from '../../domain/round/evidence';
import { COMMENT_MAX, EVIDENCE_MAX } from '../../domain/round/model';
import { checkRating, rate, type RatingChange } from '../../storage/round-doc/edit';
import { formatDateTime } from '../../ui/format';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { useFocusAfter } from '../../ui/useFocusAfter';
import { AgreedAnswer } from './AgreedAnswer';
import { RatingsTable } from './RatingsTable';
import { NotSaved } from './NotSaved';
import type { Rater } from './rater-model';
import { useDocText } from './useDocText';
import type { useDocSave } from './useDocSave';

interface Props {
  sectionId: string;
  number: number;
  indicator: Indicator;
  questionnaire: Questionnaire;
  ratings: IndicatorRatings;
  rater: Rater;
  save: ReturnType<typeof useDocSave>;
  readOnly: boolean;
}

/**
 * One indicator: its statement and help, the current rater's answer (the scale as radio buttons,
 * a comment and an evidence link), every rating side by side when several people rate, and the
 * agreed answer. Each change is written to the round's document at once.
 */
export function IndicatorAnswer({
  sectionId,
  number,
  indicator,
  questionnaire,
  ratings,
  rater,
  save,
  readOnly,
}: Props) {
  const { t, i18n } = useTranslation('rounds');
  const localized = useLocalized();
  const id = useId();
  const scale = questionnaire.scale;
  const options = [...scale.options].reverse();
  const mine = ratings.ratings.find((rating) => rating.personId === rater.personId);
  const place = { sectionId, indicatorId: indicator.id, personId: rater.personId };

  const write = useCallback(
    (change: RatingChange) =>
      save((doc) => {
        checkRating(questionnaire, place, change);
        rater.join(doc);
        rate(doc, place, change, new Date().toISOString());
      }),
    // place is rebuilt from these three every render
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [questionnaire, save, rater, sectionId, indicator.id],
  );
  const comment = useDocText(mine?.comment ?? '', (text) => write({ comment: text }));
  const evidenceSavable = useCallback((text: string) => text.trim() === '' || isEvidenceUrl(text), []);
  const evidence = useDocText(mine?.evidence ?? '', (text) => write({ evidence: text }), evidenceSavable);
  const evidenceInvalid = !evidenceSavable(evidence.text);
  const others = ratings.ratings.filter((rating) => rating.personId !== rater.personId);
  // Clearing the answer removes its button: focus goes to the line that now says "Obesvarad".
  const [meta, focusMeta] = useFocusAfter<HTMLParagraphElement>(mine?.value === undefined);

  return (
    <li className="indicator-answer">
      <fieldset disabled={readOnly} aria-describedby={indicator.help ? `${id}-help` : undefined}>
        <legend>
          <span className="indicator-answer__number">{number}.</span> <Localized text={indicator.text} />
        </legend>
        {indicator.help && (
          <p className="indicator__help" id={`${id}-help`}>
            <strong>{t('answer.help')}:</strong> <Localized text={indicator.help} />
          </p>
        )}
        {others.length > 0 && (
          <p className="indicator-answer__rater">{t('ratings.indicator.yours', { name: rater.name })}</p>
        )}
        <div className="options">
          {options.map((option) => (
            <label key={option.value} className="option">
              <input
                type="radio"
                name={`${id}-value`}
                value={option.value}
                checked={mine?.value === option.value}
                onChange={() => void write({ value: option.value })}
              />
              <Localized text={option.label} />
            </label>
          ))}
          {scale.notApplicable && (
            <label className="option option--na">
              <input
                type="radio"
                name={`${id}-value`}
                value={scale.notApplicable.value}
                checked={mine?.value === scale.notApplicable.value}
                onChange={() => void write({ value: scale.notApplicable!.value })}
              />
              <Localized text={scale.notApplicable.label} />
            </label>
          )}
          {mine?.value !== undefined && !readOnly && (
            <button
              type="button"
              className="link-button"
              onClick={() => void write({ value: null }).then((saved) => saved && focusMeta())}
            >
              {t('answer.clear', { number })}
            </button>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-comment`}>{t('answer.comment')}</label>
          <textarea
            id={`${id}-comment`}
            rows={2}
            maxLength={COMMENT_MAX}
            value={comment.text}
            onChange={(e) => comment.change(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-evidence`}>{t('answer.evidence')}</label>
          <p className="hint" id={`${id}-evidence-hint`}>
            {t('answer.evidenceHint')}
          </p>
          <input
            id={`${id}-evidence`}
            type="url"
            inputMode="url"
            maxLength={EVIDENCE_MAX}
            value={evidence.text}
            aria-invalid={evidenceInvalid || undefined}
            aria-describedby={
              evidenceInvalid ? `${id}-evidence-hint ${id}-evidence-error` : `${id}-evidence-hint`
            }
            onChange={(e) => evidence.change(e.target.value)}
          />
          {evidenceInvalid && (
            <p className="field-error" id={`${id}-evidence-error`}>
              {t('answer.evidenceInvalid')}
            </p>
          )}
          {mine?.evidence && (
            <p>
              <a href={mine.evidence} target="_blank" rel="noreferrer noopener">
                {t('answer.openEvidence')}
                <span className="visually-hidden">: {localized(indicator.text)}</span>
              </a>
            </p>
          )}
        </div>
        <p className="indicator__meta" ref={meta} tabIndex={-1}>
          {mine?.value === undefined && t('answer.unanswered')}
          {mine?.value === undefined && mine?.at && ' · '}
          {mine?.at &&
            t('answer.lastChangeBy', {
              time: formatDateTime(mine.at, i18n.language),
              name: mine.name ?? t('ratings.who.unnamed'),
            })}
        </p>
      </fieldset>
      <NotSaved field={comment} what={t('answer.comment')} />
      <NotSaved
        field={{ text: evidence.text, unsaved: evidenceInvalid ? undefined : evidence.unsaved }}
        what={t('answer.evidence')}
      />
      {others.length > 0 && <RatingsTable number={number} questionnaire={questionnaire} ratings={ratings} />}
      <AgreedAnswer
        number={number}
        questionnaire={questionnaire}
        ratings={ratings}
        readOnly={readOnly}
        onChoose={(value, note) =>
          save((doc) => rater.choose(doc, { sectionId, indicatorId: indicator.id }, value, note))
        }
      />
    </li>
  );
}
