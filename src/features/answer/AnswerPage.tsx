import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { sectionProgress } from '../../domain/round/progress';
import { db } from '../../storage/db';
import { useKeyedLiveQuery } from '../../storage/live';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { formatClock } from '../../ui/format';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { paths, roundPath } from '../../ui/paths';
import { IndicatorAnswer } from './IndicatorAnswer';
import { RespondentForm } from './RespondentForm';
import { useSaveStatus } from './save-status';
import '../../i18n/exchange-strings';

interface Props {
  roundId: string;
  sectionId: string;
}

/** Answering one part (a flower, the grass or the soil): every change is saved at once. */
export default function AnswerPage({ roundId, sectionId }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const data = useKeyedLiveQuery(async () => {
    const round = await db.rounds.get(roundId);
    if (!round) return null;
    const stored = await db.questionnaires.get(round.questionnaireKey);
    const response = await db.responses.get([roundId, sectionId]);
    return { round, questionnaire: stored?.questionnaire, response };
  }, [roundId, sectionId]);
  useEffect(() => useSaveStatus.getState().reset(), [roundId, sectionId]);

  if (data === undefined) return <p role="status">{t('app.loading')}</p>;
  const section = data?.questionnaire?.sections.find((s) => s.id === sectionId);
  if (!data || !data.questionnaire || !section) {
    return (
      <Page title={t('notFound.title')}>
        <p>{t('rounds.answer.notFound')}</p>
        <Link href={data ? roundPath(roundId) : paths.rounds}>{t('rounds.round.back')}</Link>
      </Page>
    );
  }
  const { round, questionnaire, response } = data;
  // An assigned copy answers only the parts handed out to it.
  const notAssigned = !!round.assignment && !round.assignment.sectionIds.includes(sectionId);
  const readOnly = round.status === 'published' || notAssigned;
  const progress = sectionProgress(section, response?.answers);
  return (
    <Page title={localized(section.title)} className="answer-page">
      <HelpLink section="answer" />
      <p className="context">
        {t('rounds.answer.context', { year: round.year, questionnaire: localized(questionnaire.title) })} ·{' '}
        <Link href={roundPath(round.id)}>{t('rounds.answer.back')}</Link>
      </p>
      {section.description && <Localized as="p" text={section.description} />}
      <p>
        <progress max={progress.total} value={progress.answered} aria-hidden="true" />{' '}
        {t('rounds.answer.progress', { answered: progress.answered, total: progress.total })}
      </p>
      {notAssigned ? (
        <p className="notice">{t('exchangeNotices.notAssigned')}</p>
      ) : readOnly ? (
        <p className="notice">{t('rounds.answer.locked')}</p>
      ) : (
        <SaveLine />
      )}
      <RespondentForm
        key={`${roundId}/${sectionId}`}
        roundId={roundId}
        sectionId={sectionId}
        respondent={response?.respondent}
        defaultRole={localized(section.respondent.title)}
        readOnly={readOnly}
      />
      <ol className="indicator-answers">
        {section.indicators.map((indicator, i) => (
          <IndicatorAnswer
            key={indicator.id}
            roundId={roundId}
            sectionId={sectionId}
            number={i + 1}
            indicator={indicator}
            scale={questionnaire.scale}
            answer={response?.answers[indicator.id]}
            readOnly={readOnly}
          />
        ))}
      </ol>
      <p>
        <Link href={roundPath(round.id)}>{t('rounds.answer.back')}</Link>
      </p>
    </Page>
  );
}

/** "Sparat" after every change, "Sparar …" while a save is under way, or what went wrong. */
function SaveLine() {
  const { t, i18n } = useTranslation();
  const { inFlight, typing, savedAt, failure } = useSaveStatus();
  let text: string = t('rounds.answer.idle');
  if (failure) text = t('rounds.answer.saveFailed', { reason: t(`storage.problem.${failure}`) });
  else if (inFlight > 0 || typing) text = t('rounds.answer.saving');
  else if (savedAt)
    text = t('rounds.answer.saved', {
      time: formatClock(savedAt, i18n.language),
    });
  return (
    <p className={failure ? 'save-line save-line--failed' : 'save-line'} role="status">
      {text}
    </p>
  );
}
