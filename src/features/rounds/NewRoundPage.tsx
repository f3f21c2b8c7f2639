import { zodResolver } from '@hookform/resolvers/zod';
import { Suspense, use, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import * as z from 'zod/mini';
import type { CatalogEntry } from '../../domain/questionnaire/catalog';
import { ROUND_LABEL_MAX, YEAR_MAX, YEAR_MIN } from '../../domain/round/model';
import { fetchCatalog, fetchQuestionnaire } from '../../exchange/bundled-questionnaires';
import type { StoredQuestionnaire } from '../../storage/db';
import { classifyStorageError, type StorageProblem } from '../../storage/errors';
import { useOrganisationCode } from '../../storage/live';
import { useImportedQuestionnaires } from '../../storage/questionnaires';
import { startRound } from '../../storage/rounds';
import { useLocalized } from '../../ui/LocalizedText';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { formatDate } from '../../ui/format';
import { paths, roundPath } from '../../ui/paths';
import { useFocusAfter } from '../../ui/useFocusAfter';
import { useRoundSummaries } from '../../storage/live-rounds';

const FormSchema = z.object({
  year: z
    .number({ error: 'yearInvalid' })
    .check(z.gte(YEAR_MIN, 'yearInvalid'), z.lte(YEAR_MAX, 'yearInvalid')),
  label: z.string().check(z.maxLength(ROUND_LABEL_MAX, 'labelTooLong')),
  questionnaire: z.string().check(z.minLength(1, 'questionnaireRequired')),
});
type Form = z.infer<typeof FormSchema>;

/** One choice of questionnaire: a bundled file or an imported snapshot. */
interface Choice {
  value: string;
  title: { sv: string; en?: string };
  version: string;
  published: string;
  imported: boolean;
  bundled?: CatalogEntry;
  stored?: StoredQuestionnaire;
}

/** Starting a round: year (this year by default), an optional label and the questionnaire version (newest by default). */
export default function NewRoundPage() {
  const { t } = useTranslation('rounds');
  const code = useOrganisationCode();
  const imported = useImportedQuestionnaires();
  if (code === undefined || imported === undefined) return <p role="status">{t('app.loading')}</p>;
  if (code === null) {
    return (
      <Page title={t('new.title')}>
        <p>{t('chooseFirst')}</p>
        <Link href={paths.chooseOrganisation}>{t('chooseLink')}</Link>
      </Page>
    );
  }
  return (
    <Page title={t('new.title')}>
      <HelpLink section="start" />
      <p>{t('new.lead')}</p>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <NewRoundForm code={code} imported={imported} />
      </Suspense>
    </Page>
  );
}

function NewRoundForm({ code, imported }: { code: string; imported: StoredQuestionnaire[] }) {
  const { t, i18n } = useTranslation('rounds');
  const localized = useLocalized();
  const [, navigate] = useLocation();
  const catalog = use(fetchCatalog());
  const existing = useRoundSummaries(code);
  const [failure, setFailure] = useState<StorageProblem | 'cannot-load'>();
  // The submit button is disabled while starting, which drops focus: a refusal takes it.
  const [failureRef, focusFailure] = useFocusAfter<HTMLParagraphElement>();
  const refuse = (problem: StorageProblem | 'cannot-load') => {
    setFailure(problem);
    focusFailure();
  };

  const choices: Choice[] = [
    ...(catalog.ok ? catalog.value : []).map((entry) => ({
      value: `bundled:${entry.file}`,
      title: entry.title,
      version: entry.version,
      published: entry.published,
      imported: false,
      bundled: entry,
    })),
    ...imported.map((stored) => ({
      value: `imported:${stored.key}`,
      title: stored.questionnaire.title,
      version: stored.version,
      published: stored.questionnaire.published,
      imported: true,
      stored,
    })),
  ].sort((a, b) => b.published.localeCompare(a.published));

  const { register, handleSubmit, control, formState } = useForm<z.input<typeof FormSchema>, unknown, Form>({
    resolver: zodResolver(FormSchema),
    defaultValues: { year: new Date().getFullYear(), label: '', questionnaire: choices[0]?.value ?? '' },
  });
  const { errors, isSubmitting } = formState;
  const year = useWatch({ control, name: 'year' });
  const sameYear = existing?.some((s) => s.round.year === Number(year));

  const onSubmit = async (form: Form) => {
    setFailure(undefined);
    const choice = choices.find((c) => c.value === form.questionnaire);
    let questionnaire = choice?.stored?.questionnaire;
    if (choice?.bundled) {
      const loaded = await fetchQuestionnaire(choice.bundled.file);
      questionnaire = loaded.ok ? loaded.value : undefined;
    }
    if (!choice || !questionnaire) return refuse('cannot-load');
    try {
      const round = await startRound({
        organisationCode: code,
        year: form.year,
        label: form.label,
        questionnaire,
        source: choice.imported ? 'imported' : 'bundled',
      });
      navigate(roundPath(round.id));
    } catch (error) {
      refuse(classifyStorageError(error));
    }
  };

  const message = (key: string | undefined) =>
    key ? t(`new.${key}` as 'new.yearInvalid', { min: YEAR_MIN, max: YEAR_MAX }) : undefined;

  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <div className="field">
        <label htmlFor="round-year">{t('new.year')}</label>
        <p className="hint" id="round-year-hint">
          {t('new.yearHint')}
        </p>
        <input
          id="round-year"
          type="number"
          inputMode="numeric"
          min={YEAR_MIN}
          max={YEAR_MAX}
          aria-describedby={errors.year ? 'round-year-hint round-year-error' : 'round-year-hint'}
          aria-invalid={errors.year ? true : undefined}
          {...register('year', { valueAsNumber: true })}
        />
        {errors.year && (
          <p className="field-error" id="round-year-error">
            {message(errors.year.message)}
          </p>
        )}
        {sameYear && <p className="notice">{t('new.sameYear', { year })}</p>}
      </div>
      <div className="field">
        <label htmlFor="round-label">{t('new.label')}</label>
        <p className="hint" id="round-label-hint">
          {t('new.labelHint', { max: ROUND_LABEL_MAX })}
        </p>
        <input
          id="round-label"
          type="text"
          maxLength={ROUND_LABEL_MAX}
          aria-describedby={errors.label ? 'round-label-hint round-label-error' : 'round-label-hint'}
          aria-invalid={errors.label ? true : undefined}
          {...register('label')}
        />
        {errors.label && (
          <p className="field-error" id="round-label-error">
            {t('new.labelTooLong', { max: ROUND_LABEL_MAX })}
          </p>
        )}
      </div>
      <fieldset className="field" aria-describedby={errors.questionnaire ? 'round-q-error' : undefined}>
        <legend>{t('new.questionnaire')}</legend>
        {choices.map((choice, i) => (
          <div className="choice" key={choice.value}>
            <input id={`round-q-${i}`} type="radio" value={choice.value} {...register('questionnaire')} />
            <label htmlFor={`round-q-${i}`}>
              {t('new.option', {
                title: localized(choice.title),
                version: choice.version,
                date: formatDate(choice.published, i18n.language),
              })}
              {choice.imported && ` (${t('new.imported')})`}
              {i === 0 && ` (${t('new.newest')})`}
            </label>
          </div>
        ))}
        {errors.questionnaire && (
          <p className="field-error" id="round-q-error">
            {t('new.questionnaireRequired')}
          </p>
        )}
      </fieldset>
      {failure && (
        <p className="field-error" role="alert" ref={failureRef} tabIndex={-1}>
          {failure === 'cannot-load' ? t('new.cannotLoad') : t(`storage.problem.${failure}`)}
        </p>
      )}
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('new.starting') : t('new.submit')}
      </button>
    </form>
  );
}
