import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { differingByPart, type PartStatus } from '../../domain/rating/status';
import type { PartResponse, Round } from '../../domain/round/model';
import { roundProgress } from '../../domain/round/progress';
import { loadRegister } from '../../exchange/municipalities';
import { Localized } from '../../ui/LocalizedText';
import { HelpLink } from '../../ui/HelpLink';
import { RoundGate } from '../../ui/RoundGate';
import { Page } from '../../ui/Page';
import { formatDateTime, formatDay, useFormat } from '../../ui/format';
import { scoreRound } from '../../domain/score/scoring';
import { paths, planPath, reportPath, resultPath } from '../../ui/paths';
import { FlowerBox } from '../../ui/flowerbox/FlowerBox';
import { AssignedCopyIntro } from './AssignedCopyIntro';
import { PartsTable } from './PartsTable';
import { PublishPanel } from './PublishPanel';
import { ShareSection } from './ShareSection';
import { LiveShare } from './LiveShare';
import { skipTo } from '../../ui/skip';
import { EXAMPLE_MODE } from '../../storage/db';
import { useRound } from '../../storage/live-rounds';
import { useRoundStatus } from '../../storage/live-round-status';
import './rounds.css';

/**
 * A round's overview: every part with who rates it, hand-outs, progress and agreement,
 * publishing, and history. A respondent's copy opens with what is theirs to do instead, and has
 * none of the coordinator's actions.
 */
export default function RoundPage({ roundId }: { roundId: string }) {
  const { t } = useTranslation(['rounds', 'flowerbox']);
  const data = useRound(roundId);
  const status = useRoundStatus(roundId);
  // A round whose questionnaire snapshot is missing cannot be shown: it counts as not found.
  const shown = data && !data.questionnaire ? null : status === undefined ? undefined : data;
  return (
    <RoundGate data={shown} notFound={t('round.notFound')}>
      {({ round, questionnaire, responses }) => (
        <RoundOverview
          round={round}
          questionnaire={questionnaire!}
          responses={responses}
          status={status ?? null}
        />
      )}
    </RoundGate>
  );
}

/** The parts' heading, where the skip link past the flower box moves focus. */
const PARTS_ID = 'round-parts';

interface Props {
  round: Round;
  questionnaire: Questionnaire;
  responses: PartResponse[];
  status: Record<string, PartStatus> | null;
}

function RoundOverview({ round, questionnaire, responses, status }: Props) {
  const { t, i18n } = useTranslation(['rounds', 'flowerbox']);
  const format = useFormat();
  const register = use(loadRegister());
  const municipality = register.municipalities.find((m) => m.code === round.organisationCode);
  const copy = round.assignment ? { ...round, assignment: round.assignment } : undefined;
  const answers = Object.fromEntries(responses.map((r) => [r.sectionId, r.answers]));
  const total = roundProgress(questionnaire, answers);
  const date = (iso: string) => formatDay(iso, i18n.language);
  return (
    <Page
      title={
        round.label
          ? t('round.titleLabelled', { year: round.year, label: round.label })
          : t('round.title', { year: round.year })
      }
    >
      {copy && (
        <AssignedCopyIntro
          round={copy}
          questionnaire={questionnaire}
          municipality={municipality?.name ?? round.organisationCode}
          status={status}
        />
      )}
      <HelpLink section={copy ? 'answer' : 'publish'} />
      <p>
        <Link href={paths.rounds}>{t('round.back')}</Link>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('round.municipality')}</dt>
          <dd>{municipality?.name ?? round.organisationCode}</dd>
        </div>
        <div>
          <dt>{t('round.questionnaire')}</dt>
          <dd>
            <Localized text={questionnaire.title} />
          </dd>
        </div>
        <div>
          <dt>{t('round.status')}</dt>
          <dd>{t(`statusValue.${round.status}`)}</dd>
        </div>
        <div>
          <dt>{t('round.created')}</dt>
          <dd>{date(round.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('round.progress')}</dt>
          <dd>
            {t('progressValue', {
              answered: format.number(total.answered),
              total: format.number(total.total),
            })}
          </dd>
        </div>
      </dl>

      <h2>{t('round.boxTitle')}</h2>
      {/* Every petal is a focus stop: a keyboard user can pass the picture in one step. */}
      <a className="skip-past" href={`#${PARTS_ID}`} onClick={(event) => skipTo(event, PARTS_ID)}>
        {t('round.skipBox')}
      </a>
      <FlowerBox
        questionnaire={questionnaire}
        parts={scoreRound(questionnaire, answers)}
        differing={differingByPart(status)}
        roundId={round.id}
        title={t('flowerbox:chart.title', {
          municipality: municipality?.name ?? round.organisationCode,
          year: round.year,
        })}
      />
      <p>
        <Link href={resultPath(round.id)}>{t('flowerbox:toResult')}</Link>
        {/* Comparing, planning and reporting are the coordinator's work, not a copy's. */}
        {!copy && (
          <>
            {' · '}
            <Link href={paths.compare}>{t('round.toCompare')}</Link> ·{' '}
            <Link href={planPath(round.id)}>{t('round.toPlan')}</Link> ·{' '}
            <Link href={reportPath(round.id)}>{t('round.toReport')}</Link>
          </>
        )}
      </p>

      <h2 id={PARTS_ID} tabIndex={-1}>
        {t('round.partsTitle')}
      </h2>
      <PartsTable round={round} questionnaire={questionnaire} responses={responses} status={status} />

      {!copy && <ShareSection round={round} />}
      {round.status === 'draft' && !EXAMPLE_MODE && <LiveShare round={round} questionnaire={questionnaire} />}

      {/* No publishing in a copy; one published by an older version can still be reopened. */}
      {(!copy || round.status === 'published') && (
        <PublishPanel round={round} unanswered={total.total - total.answered} />
      )}

      <h2>{t('round.historyTitle')}</h2>
      <ol className="history">
        {round.history.map((event, i) => (
          <li key={i}>
            <time dateTime={event.at}>{formatDateTime(event.at, i18n.language)}</time>
            {': '}
            {event.type === 'reopened'
              ? t('round.event.reopened', { reason: event.reason })
              : t(`round.event.${event.type}`)}
          </li>
        ))}
      </ol>
    </Page>
  );
}
