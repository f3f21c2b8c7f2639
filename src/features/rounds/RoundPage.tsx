import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { PartResponse, Round } from '../../domain/round/model';
import { roundProgress, sectionProgress } from '../../domain/round/progress';
import { loadRegister } from '../../exchange/municipalities';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { HelpLink } from '../../ui/HelpLink';
import { RoundGate } from '../../ui/RoundGate';
import { Page } from '../../ui/Page';
import { formatDateTime, formatDay } from '../../ui/format';
import { scoreRound } from '../../domain/score/scoring';
import { answerPath, paths, planPath, reportPath, resultPath } from '../../ui/paths';
import { FlowerBox } from '../../ui/flowerbox/FlowerBox';
import { PublishPanel } from './PublishPanel';
import { ShareSection } from './ShareSection';
import { useRound } from '../../storage/live-rounds';
import { TableScroll } from '../../ui/TableScroll';

/** A round's overview: every part with its respondent and progress, publishing, and history. */
export default function RoundPage({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const data = useRound(roundId);
  // A round whose questionnaire snapshot is missing cannot be shown: it counts as not found.
  const shown = data && !data.questionnaire ? null : data;
  return (
    <RoundGate data={shown} notFound={t('rounds.round.notFound')}>
      {({ round, questionnaire, responses }) => (
        <RoundOverview round={round} questionnaire={questionnaire!} responses={responses} />
      )}
    </RoundGate>
  );
}

interface Props {
  round: Round;
  questionnaire: Questionnaire;
  responses: PartResponse[];
}

function RoundOverview({ round, questionnaire, responses }: Props) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const register = use(loadRegister());
  const municipality = register.municipalities.find((m) => m.code === round.organisationCode);
  const byId = new Map(responses.map((r) => [r.sectionId, r]));
  const answers = Object.fromEntries(responses.map((r) => [r.sectionId, r.answers]));
  const total = roundProgress(questionnaire, answers);
  const date = (iso: string) => formatDay(iso, i18n.language);
  return (
    <Page
      title={
        round.label
          ? t('rounds.round.titleLabelled', { year: round.year, label: round.label })
          : t('rounds.round.title', { year: round.year })
      }
    >
      <HelpLink section="publish" />
      <p>
        <Link href={paths.rounds}>{t('rounds.round.back')}</Link>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('rounds.round.municipality')}</dt>
          <dd>{municipality?.name ?? round.organisationCode}</dd>
        </div>
        <div>
          <dt>{t('rounds.round.questionnaire')}</dt>
          <dd>
            <Localized text={questionnaire.title} />
          </dd>
        </div>
        <div>
          <dt>{t('rounds.round.status')}</dt>
          <dd>{t(`rounds.statusValue.${round.status}`)}</dd>
        </div>
        <div>
          <dt>{t('rounds.round.created')}</dt>
          <dd>{date(round.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('rounds.round.progress')}</dt>
          <dd>{t('rounds.progressValue', { answered: total.answered, total: total.total })}</dd>
        </div>
      </dl>

      <h2>{t('rounds.round.boxTitle')}</h2>
      <FlowerBox
        questionnaire={questionnaire}
        parts={scoreRound(questionnaire, answers)}
        roundId={round.id}
        title={t('flowerbox.chart.title', {
          municipality: municipality?.name ?? round.organisationCode,
          year: round.year,
        })}
      />
      <p>
        <Link href={resultPath(round.id)}>{t('flowerbox.toResult')}</Link> ·{' '}
        <Link href={paths.compare}>{t('rounds.round.toCompare')}</Link> ·{' '}
        <Link href={planPath(round.id)}>{t('rounds.round.toPlan')}</Link> ·{' '}
        <Link href={reportPath(round.id)}>{t('rounds.round.toReport')}</Link>
      </p>

      <h2>{t('rounds.round.partsTitle')}</h2>
      <TableScroll label={t('rounds.round.partsCaption')}>
        <table>
          <caption>{t('rounds.round.partsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rounds.round.part')}</th>
              <th scope="col">{t('rounds.round.kind')}</th>
              <th scope="col">{t('rounds.round.role')}</th>
              <th scope="col">{t('rounds.round.answering')}</th>
              <th scope="col">{t('rounds.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {questionnaire.sections.map((section) => {
              const response = byId.get(section.id);
              const progress = sectionProgress(section, response?.answers);
              const part = localized(section.title);
              return (
                <tr key={section.id}>
                  <th scope="row">
                    <Link href={answerPath(round.id, section.id)}>
                      {round.status === 'draft'
                        ? t('rounds.round.answerPart', { part })
                        : t('rounds.round.readPart', { part })}
                    </Link>
                  </th>
                  <td>{t(`questionnaire.kind.${section.kind}`)}</td>
                  <td>
                    <Localized text={section.respondent.title} />
                  </td>
                  <td>{response?.respondent?.name || t('rounds.round.nobody')}</td>
                  <td>
                    <progress max={progress.total} value={progress.answered} aria-hidden="true" />{' '}
                    {t('rounds.progressValue', { answered: progress.answered, total: progress.total })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>

      <ShareSection round={round} questionnaire={questionnaire} />

      <PublishPanel round={round} unanswered={total.total - total.answered} />

      <h2>{t('rounds.round.historyTitle')}</h2>
      <ol className="history">
        {round.history.map((event, i) => (
          <li key={i}>
            <time dateTime={event.at}>{formatDateTime(event.at, i18n.language)}</time>
            {': '}
            {event.type === 'reopened'
              ? t('rounds.round.event.reopened', { reason: event.reason })
              : t(`rounds.round.event.${event.type}`)}
          </li>
        ))}
      </ol>
    </Page>
  );
}
