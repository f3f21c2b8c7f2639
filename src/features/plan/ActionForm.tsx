import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import {
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  ACTIVITY_MAX,
  OWNER_MAX,
  isDueDate,
  type Action,
} from '../../domain/plan/model';
import { defaultTarget, offerRank } from '../../domain/plan/target';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { PartResponse } from '../../domain/round/model';
import { scoreIndicator } from '../../domain/score/scoring';
import { addAction, updateAction } from '../../storage/actions';
import { classifyStorageError, type StorageProblem } from '../../storage/errors';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { useFocusAfter } from '../../ui/useFocusAfter';
import { usePlanTexts } from './texts';

const FormSchema = z.object({
  indicator: z.string().check(z.minLength(1, 'indicatorRequired')),
  target: z.string().check(z.minLength(1, 'targetRequired')),
  activity: z.string().check(
    z.refine((v) => v.trim().length > 0, 'activityRequired'),
    z.maxLength(ACTIVITY_MAX, 'activityTooLong'),
  ),
  owner: z.string().check(z.maxLength(OWNER_MAX, 'ownerTooLong')),
  due: z.string().check(z.refine((v) => v === '' || isDueDate(v), 'dueInvalid')),
  priority: z.enum(ACTION_PRIORITIES),
  status: z.enum(ACTION_STATUSES),
});
type Form = z.infer<typeof FormSchema>;

/** `sectionId/indicatorId`: ids never contain a slash. */
export const indicatorKey = (sectionId: string, indicatorId: string) => `${sectionId}/${indicatorId}`;

interface Props {
  questionnaire: Questionnaire;
  answers: Record<string, PartResponse['answers']>;
  roundId: string;
  /** The action being changed; a new one is added without it. */
  editing?: Action;
  /** An indicator chosen from the list of indicators to act on. */
  preset?: string;
  onDone: (message: string) => void;
  onCancel?: () => void;
}

const MAX_OPTION_TEXT = 90;
const shorten = (text: string) =>
  text.length > MAX_OPTION_TEXT ? `${text.slice(0, MAX_OPTION_TEXT - 1)}…` : text;

/** Adding or changing one action: indicator, target level, activity (from a suggestion if wanted), owner, due date, priority, status. */
export function ActionForm({ questionnaire, answers, roundId, editing, preset, onDone, onCancel }: Props) {
  const { t } = useTranslation('plan');
  const localized = useLocalized();
  const texts = usePlanTexts(questionnaire);
  const [failure, setFailure] = useState<StorageProblem>();
  // The submit button is disabled while saving, which drops focus: a refusal takes it.
  const [failureRef, focusFailure] = useFocusAfter<HTMLParagraphElement>();
  const activityRef = useRef<HTMLTextAreaElement | null>(null);
  const answerOf = (key: string) => {
    const [sectionId = '', indicatorId = ''] = key.split('/');
    return answers[sectionId]?.[indicatorId];
  };
  const initialIndicator = editing ? indicatorKey(editing.sectionId, editing.indicatorId) : (preset ?? '');
  const blank = (indicator: string): z.input<typeof FormSchema> => ({
    indicator,
    target: indicator ? defaultTarget(questionnaire.scale, answerOf(indicator)) : '',
    activity: '',
    owner: '',
    due: '',
    priority: 'medium',
    status: 'planned',
  });
  const { register, handleSubmit, control, formState, setValue, reset } = useForm<
    z.input<typeof FormSchema>,
    unknown,
    Form
  >({
    resolver: zodResolver(FormSchema),
    defaultValues: editing
      ? {
          indicator: initialIndicator,
          target: editing.target,
          activity: editing.activity,
          owner: editing.owner,
          due: editing.due ?? '',
          priority: editing.priority,
          status: editing.status,
        }
      : blank(initialIndicator),
  });
  const { errors, isSubmitting } = formState;
  const indicator = useWatch({ control, name: 'indicator' });
  const found = texts.indicator(indicator.split('/')[1] ?? '');
  const { ref: activityRegisterRef, ...activityField } = register('activity');

  // Chosen from the list of indicators to act on: go straight to writing the activity.
  useEffect(() => {
    if (preset || editing) activityRef.current?.focus();
  }, [preset, editing]);

  // Every indicator, those met partly or not at all first (then unanswered, not applicable, fully met).
  const choices = questionnaire.sections.flatMap((section) =>
    section.indicators.map((ind) => {
      const result = scoreIndicator(questionnaire.scale, ind.id, answers[section.id]?.[ind.id]);
      return { key: indicatorKey(section.id, ind.id), section, indicator: ind, rank: offerRank(result) };
    }),
  );
  const groups = (['needs', 'unanswered', 'notApplicable', 'met'] as const).map((name, rank) => ({
    name,
    choices: choices.filter((c) => c.rank === rank),
  }));

  const onSubmit = async (form: Form) => {
    setFailure(undefined);
    const [sectionId = '', indicatorId = ''] = form.indicator.split('/');
    const input = {
      sectionId,
      indicatorId,
      target: form.target,
      activity: form.activity,
      owner: form.owner,
      due: form.due,
      priority: form.priority,
      status: form.status,
    };
    try {
      if (editing) {
        await updateAction(editing.id, input);
        onDone(t('form.saved'));
      } else {
        await addAction(roundId, input);
        reset(blank(''));
        onDone(t('form.added'));
      }
    } catch (error) {
      setFailure(classifyStorageError(error));
      focusFailure();
    }
  };

  const id = (name: string) => `action-${name}`;
  const error = (name: keyof Form) => {
    const key = errors[name]?.message;
    return key
      ? t(`form.errors.${key}` as 'form.errors.activityRequired', {
          max: name === 'owner' ? OWNER_MAX : ACTIVITY_MAX,
        })
      : undefined;
  };
  const described = (name: keyof Form, hint: boolean) =>
    [hint ? id(`${name}-hint`) : '', errors[name] ? id(`${name}-error`) : ''].filter(Boolean).join(' ') ||
    undefined;
  const fieldError = (name: keyof Form) =>
    errors[name] ? (
      <p className="field-error" id={id(`${name}-error`)}>
        {error(name)}
      </p>
    ) : null;

  return (
    <form className="form action-form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <div className="field">
        <label htmlFor={id('indicator')}>{t('form.indicator')}</label>
        <p className="hint" id={id('indicator-hint')}>
          {t('form.indicatorHint')}
        </p>
        <select
          id={id('indicator')}
          aria-describedby={described('indicator', true)}
          aria-invalid={errors.indicator ? true : undefined}
          {...register('indicator', {
            onChange: (event: { target: { value: string } }) =>
              setValue(
                'target',
                event.target.value ? defaultTarget(questionnaire.scale, answerOf(event.target.value)) : '',
              ),
          })}
        >
          <option value="">–</option>
          {groups
            .filter((g) => g.choices.length > 0)
            .map((group) => (
              <optgroup key={group.name} label={t(`form.group.${group.name}`)}>
                {group.choices.map((c) => (
                  <option key={c.key} value={c.key}>
                    {t('form.option', {
                      part: localized(c.section.title),
                      indicator: shorten(localized(c.indicator.text)),
                      answer: texts.answer(answers[c.section.id]?.[c.indicator.id]),
                    })}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
        {fieldError('indicator')}
        {found && (
          <div className="action-form__indicator">
            <Localized as="p" text={found.indicator.text} />
            <p>{t('form.current', { answer: texts.answer(answerOf(indicator)) })}</p>
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={id('target')}>{t('form.target')}</label>
        <p className="hint" id={id('target-hint')}>
          {t('form.targetHint')}
        </p>
        <select id={id('target')} aria-describedby={described('target', true)} {...register('target')}>
          {questionnaire.scale.options.map((o) => (
            <option key={o.value} value={o.value}>
              {localized(o.label)}
            </option>
          ))}
        </select>
        {fieldError('target')}
      </div>
      {found?.indicator.suggestions && found.indicator.suggestions.length > 0 && (
        <fieldset className="suggestions">
          <legend>{t('form.suggestions')}</legend>
          <p className="hint">{t('form.suggestionsHint')}</p>
          <ul>
            {found.indicator.suggestions.map((suggestion, i) => (
              <li key={i}>
                <button
                  type="button"
                  className="suggestion"
                  onClick={() => {
                    setValue('activity', localized(suggestion), { shouldValidate: true, shouldDirty: true });
                    activityRef.current?.focus();
                  }}
                >
                  <span className="visually-hidden">{t('form.useSuggestion', { text: '' })}</span>
                  <Localized text={suggestion} />
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={id('activity')}>{t('form.activity')}</label>
        <textarea
          id={id('activity')}
          rows={3}
          maxLength={ACTIVITY_MAX}
          aria-describedby={described('activity', false)}
          aria-invalid={errors.activity ? true : undefined}
          {...activityField}
          ref={(element) => {
            activityRegisterRef(element);
            activityRef.current = element;
          }}
        />
        {fieldError('activity')}
      </div>
      <div className="field">
        <label htmlFor={id('owner')}>{t('form.owner')}</label>
        <p className="hint" id={id('owner-hint')}>
          {t('form.ownerHint')}
        </p>
        <input
          id={id('owner')}
          type="text"
          autoComplete="off"
          aria-describedby={described('owner', true)}
          aria-invalid={errors.owner ? true : undefined}
          {...register('owner')}
        />
        {fieldError('owner')}
      </div>
      <div className="field">
        <label htmlFor={id('due')}>{t('form.due')}</label>
        <p className="hint" id={id('due-hint')}>
          {t('form.dueHint')}
        </p>
        <input
          id={id('due')}
          type="date"
          aria-describedby={described('due', true)}
          aria-invalid={errors.due ? true : undefined}
          {...register('due')}
        />
        {fieldError('due')}
      </div>
      <div className="field">
        <label htmlFor={id('priority')}>{t('form.priority')}</label>
        <select id={id('priority')} {...register('priority')}>
          {ACTION_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`priority.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('status')}>{t('form.status')}</label>
        <select id={id('status')} {...register('status')}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {failure && (
        <p className="field-error" role="alert" ref={failureRef} tabIndex={-1}>
          {t(`storage.problem.${failure}`)}
        </p>
      )}
      <p className="actions">
        <button type="submit" disabled={isSubmitting}>
          {editing ? t('form.save') : t('form.add')}
        </button>{' '}
        {editing && onCancel && (
          <button type="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
