import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Scale } from '../../domain/questionnaire/schema';
import { isEvidenceUrl } from '../../domain/round/evidence';
import { COMMENT_MAX, EVIDENCE_MAX, type Answer } from '../../domain/round/model';
import { saveAnswer } from '../../storage/responses';
import { formatDateTime } from '../../ui/format';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { track } from './save-status';
import { useAutosave } from './useAutosave';

interface Props {
  roundId: string;
  sectionId: string;
  number: number;
  indicator: Indicator;
  scale: Scale;
  answer?: Answer;
  readOnly: boolean;
}

/** One indicator: its statement and help, the scale as radio buttons, a comment and an evidence link. */
export function IndicatorAnswer({ roundId, sectionId, number, indicator, scale, answer, readOnly }: Props) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const id = useId();
  const options = [...scale.options].reverse();
  // Show a choice at once; the stored answer takes over when the database reports the change.
  const [optimistic, setOptimistic] = useState<{ value: string | null; base?: string }>();
  const shown = optimistic && optimistic.base === answer?.updatedAt ? optimistic.value : answer?.value;
  const choose = async (value: string | null) => {
    setOptimistic({ value, base: answer?.updatedAt });
    if (!(await track(() => saveAnswer(roundId, sectionId, indicator.id, { value }))))
      setOptimistic(undefined);
  };

  const comment = useAutosave(answer?.comment ?? '', (text, at) => ({
    kind: 'answer',
    roundId,
    sectionId,
    indicatorId: indicator.id,
    field: 'comment',
    text,
    at,
  }));
  const [evidenceInvalid, setEvidenceInvalid] = useState(false);
  const evidence = useAutosave(answer?.evidence ?? '', (text, at) =>
    text.trim() === '' || isEvidenceUrl(text)
      ? {
          kind: 'answer',
          roundId,
          sectionId,
          indicatorId: indicator.id,
          field: 'evidence',
          text: text.trim(),
          at,
        }
      : undefined,
  );

  const time = answer ? formatDateTime(answer.updatedAt, i18n.language) : '';
  return (
    <li className="indicator-answer">
      <fieldset disabled={readOnly} aria-describedby={`${id}-help`}>
        <legend>
          <span className="indicator-answer__number">{number}.</span> <Localized text={indicator.text} />
        </legend>
        {indicator.help && (
          <p className="indicator__help" id={`${id}-help`}>
            <strong>{t('rounds.answer.help')}:</strong> <Localized text={indicator.help} />
          </p>
        )}
        <div className="options">
          {options.map((option) => (
            <label key={option.value} className="option">
              <input
                type="radio"
                name={`${id}-value`}
                value={option.value}
                checked={shown === option.value}
                onChange={() => void choose(option.value)}
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
                checked={shown === scale.notApplicable.value}
                onChange={() => void choose(scale.notApplicable!.value)}
              />
              <Localized text={scale.notApplicable.label} />
            </label>
          )}
          {shown && !readOnly && (
            <button type="button" className="link-button" onClick={() => void choose(null)}>
              {t('rounds.answer.clear', { number })}
            </button>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-comment`}>{t('rounds.answer.comment')}</label>
          <textarea
            id={`${id}-comment`}
            rows={2}
            maxLength={COMMENT_MAX}
            value={comment.text}
            onChange={(e) => comment.change(e.target.value)}
            onBlur={comment.flush}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-evidence`}>{t('rounds.answer.evidence')}</label>
          <p className="hint" id={`${id}-evidence-hint`}>
            {t('rounds.answer.evidenceHint')}
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
            onChange={(e) => {
              evidence.change(e.target.value);
              if (evidenceInvalid && (e.target.value.trim() === '' || isEvidenceUrl(e.target.value)))
                setEvidenceInvalid(false);
            }}
            onBlur={() => {
              setEvidenceInvalid(evidence.text.trim() !== '' && !isEvidenceUrl(evidence.text));
              evidence.flush();
            }}
          />
          {evidenceInvalid && (
            <p className="field-error" id={`${id}-evidence-error`}>
              {t('rounds.answer.evidenceInvalid')}
            </p>
          )}
          {answer?.evidence && (
            <p>
              <a href={answer.evidence} target="_blank" rel="noreferrer noopener">
                {t('rounds.answer.openEvidence')}
                <span className="visually-hidden">: {localized(indicator.text)}</span>
              </a>
            </p>
          )}
        </div>
        <p className="indicator__meta">
          {answer?.value === undefined && <>{t('rounds.answer.unanswered')} · </>}
          {answer &&
            (answer.answeredBy
              ? t('rounds.answer.lastChangeBy', { time, name: answer.answeredBy })
              : t('rounds.answer.lastChange', { time }))}
        </p>
      </fieldset>
    </li>
  );
}
