import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { REASON_MAX, REASON_MIN, type Round } from '../../domain/round/model';
import { classifyStorageError, type StorageProblem } from '../../storage/errors';
import { publishRound, reopenRound } from '../../storage/rounds';
import { formatDay, useFormat } from '../../ui/format';
import { paths } from '../../ui/paths';
import { useFocusAfter } from '../../ui/useFocusAfter';
import { Link } from 'wouter';

const ReopenSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(REASON_MIN), z.maxLength(REASON_MAX)),
});

/** Publishing a draft round (after a confirmation), or reopening a published one with a written reason. */
export function PublishPanel({ round, unanswered }: { round: Round; unanswered: number }) {
  const { t, i18n } = useTranslation(['rounds', 'exchange']);
  const format = useFormat();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<StorageProblem>();
  // Reopened here: says so where the publish button comes back.
  const [reopened, setReopened] = useState(false);
  // Each of these buttons goes away when pressed; focus goes to what takes its place.
  const [questionRef, focusQuestion] = useFocusAfter<HTMLParagraphElement>();
  const [publishRef, focusPublish] = useFocusAfter<HTMLButtonElement>();
  const [publishedRef, focusPublished] = useFocusAfter<HTMLParagraphElement>();
  const [reopenedRef, focusReopened] = useFocusAfter<HTMLParagraphElement>();
  const { register, handleSubmit, formState, reset } = useForm<z.infer<typeof ReopenSchema>>({
    resolver: zodResolver(ReopenSchema),
    defaultValues: { reason: '' },
  });

  const attempt = async (action: () => Promise<unknown>, after: () => void) => {
    setFailure(undefined);
    try {
      await action();
      after();
    } catch (error) {
      setFailure(classifyStorageError(error));
    }
  };

  const failureMessage = failure && (
    <p className="field-error" role="alert">
      {t(`storage.problem.${failure}`)}
    </p>
  );

  if (round.status === 'published') {
    return (
      <section aria-labelledby="reopen-heading">
        <h2 id="reopen-heading">{t('round.reopenTitle')}</h2>
        <p className="notice" ref={publishedRef} tabIndex={-1}>
          {t('round.published', {
            date: formatDay(round.publishedAt ?? '', i18n.language),
          })}
        </p>
        <p className="notice">
          {t('exchange:notices.afterPublish')}{' '}
          <Link href={paths.backup}>{t('exchange:notices.saveBackup')}</Link>
        </p>
        <form
          className="form"
          noValidate
          onSubmit={handleSubmit((form) =>
            attempt(
              async () => {
                await reopenRound(round.id, form.reason);
                reset();
              },
              () => {
                setConfirming(false);
                setReopened(true);
                focusReopened();
              },
            ),
          )}
        >
          <div className="field">
            <label htmlFor="reopen-reason">{t('round.reason')}</label>
            <p className="hint" id="reopen-reason-hint">
              {t('round.reasonHint')}
            </p>
            <textarea
              id="reopen-reason"
              rows={3}
              maxLength={REASON_MAX}
              aria-describedby={
                formState.errors.reason ? 'reopen-reason-hint reopen-reason-error' : 'reopen-reason-hint'
              }
              aria-invalid={formState.errors.reason ? true : undefined}
              {...register('reason')}
            />
            {formState.errors.reason && (
              <p className="field-error" id="reopen-reason-error">
                {t('round.reasonInvalid', { min: REASON_MIN })}
              </p>
            )}
          </div>
          {failureMessage}
          <button type="submit">{t('round.reopen')}</button>
        </form>
      </section>
    );
  }

  return (
    <section aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t('round.publishTitle')}</h2>
      <p>{t('round.publishLead')}</p>
      {reopened && (
        <p role="status" ref={reopenedRef} tabIndex={-1}>
          {t('round.reopened')}
        </p>
      )}
      {unanswered > 0 && <p>{t('round.unanswered', format.count(unanswered))}</p>}
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="confirm-publish">
          <p id="confirm-publish" ref={questionRef} tabIndex={-1}>
            {t('round.confirmPublish', { year: round.year })}
          </p>
          <button type="button" onClick={() => attempt(() => publishRound(round.id), focusPublished)}>
            {t('round.confirmYes')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              focusPublish();
            }}
          >
            {t('round.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          ref={publishRef}
          onClick={() => {
            setConfirming(true);
            setReopened(false);
            focusQuestion();
          }}
        >
          {t('round.publish')}
        </button>
      )}
      {failureMessage}
    </section>
  );
}
