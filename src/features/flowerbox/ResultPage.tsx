import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { PartResponse, Round } from '../../domain/round/model';
import { scoreRound } from '../../domain/score/scoring';
import { loadRegister } from '../../exchange/municipalities';
import { Localized } from '../../ui/LocalizedText';
import { HelpLink } from '../../ui/HelpLink';
import { RoundGate } from '../../ui/RoundGate';
import { Page } from '../../ui/Page';
import { roundPath } from '../../ui/paths';
import { roundName } from '../../ui/format';
import { useRound } from '../../storage/live-rounds';
import { useRoundStatus } from '../../storage/live-round-status';
import { differingByPart, type PartStatus } from '../../domain/rating/status';
import { ExportPanel } from './ExportPanel';
import { FlowerBox } from '../../ui/flowerbox/FlowerBox';
import { Legend } from '../../ui/flowerbox/Legend';
import { ScoreTables } from './ScoreTables';
import { Summary } from './Summary';

const TABLE_ID = 'flowerbox-table';

/** A round as a flower box, with its scoring rule, summary, table and export. */
export default function ResultPage({ roundId }: { roundId: string }) {
  const { t } = useTranslation(['flowerbox', 'rounds']);
  const data = useRound(roundId);
  const status = useRoundStatus(roundId);
  // A round whose questionnaire snapshot is missing cannot be shown: it counts as not found.
  const shown = data && !data.questionnaire ? null : status === undefined ? undefined : data;
  return (
    <RoundGate data={shown} notFound={t('rounds:round.notFound')}>
      {({ round, questionnaire, responses }) => (
        <Result
          round={round}
          questionnaire={questionnaire!}
          responses={responses}
          partStatus={status ?? null}
        />
      )}
    </RoundGate>
  );
}

interface Props {
  round: Round;
  questionnaire: Questionnaire;
  responses: PartResponse[];
  partStatus: Record<string, PartStatus> | null;
}

function Result({ round, questionnaire, responses, partStatus }: Props) {
  const { t } = useTranslation(['flowerbox', 'rounds']);
  const register = use(loadRegister());
  const municipality =
    register.municipalities.find((m) => m.code === round.organisationCode)?.name ?? round.organisationCode;
  const parts = scoreRound(questionnaire, Object.fromEntries(responses.map((r) => [r.sectionId, r.answers])));
  const title = round.label
    ? t('titleLabelled', { year: round.year, label: round.label })
    : t('title', { year: round.year });
  const status = t(`rounds:statusValue.${round.status}`);
  const differing = differingByPart(partStatus);
  const pictureTitle = t('chart.title', { municipality, year: round.year });
  return (
    <Page title={title} className="result-page">
      <HelpLink section="scoring" />
      <p className="context">
        {municipality} · <Localized text={questionnaire.title} /> · {status} ·{' '}
        <Link href={roundPath(round.id)}>{t('rounds:answer.back')}</Link>
      </p>
      <p>{t('lead')}</p>
      <FlowerBox
        questionnaire={questionnaire}
        parts={parts}
        roundId={round.id}
        title={pictureTitle}
        skipTo={TABLE_ID}
        differing={differing}
      />
      <div className="result-columns">
        <section aria-labelledby="legend-title">
          <h2 id="legend-title">{t('legend.title')}</h2>
          <Legend questionnaire={questionnaire} />
        </section>
        <section aria-labelledby="rule-title">
          <h2 id="rule-title">{t('rule.title')}</h2>
          <p>{t('rule.indicator')}</p>
          <p>{t('rule.part')}</p>
          <p>{t('rule.coverage')}</p>
        </section>
      </div>
      <section aria-labelledby="summary-title">
        <h2 id="summary-title">{t('summary.title')}</h2>
        <Summary questionnaire={questionnaire} parts={parts} />
      </section>
      <section aria-labelledby="export-title">
        <h2 id="export-title">{t('export.title')}</h2>
        <ExportPanel
          questionnaire={questionnaire}
          parts={parts}
          differing={differing}
          municipality={municipality}
          year={roundName(round)}
          status={status}
          pictureTitle={pictureTitle}
          baseName={`eblomladan-${municipality}-${round.year}${round.label ? `-${round.label}` : ''}-${questionnaire.id}-${questionnaire.version}-${status}`}
        />
      </section>
      <section aria-labelledby={TABLE_ID}>
        <h2 id={TABLE_ID} tabIndex={-1}>
          {t('table.title')}
        </h2>
        <ScoreTables questionnaire={questionnaire} parts={parts} />
      </section>
    </Page>
  );
}
