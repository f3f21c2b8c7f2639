import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { version } from '../../../package.json';
import { roundCsv } from '../../domain/exchange/csv';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { NAME_MAX, type PartResponse, type Round } from '../../domain/round/model';
import { classifyStorageError } from '../../storage/errors';
import { exportAssignment, exportResponse, exportSharedRound } from '../../storage/exchange';
import { useRound } from '../../storage/live-rounds';
import { downloadFile, safeFileName } from '../../ui/download';
import { useFormat } from '../../ui/format';
import { useLocalized } from '../../ui/LocalizedText';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { paths, roundPath } from '../../ui/paths';
import { downloadJson } from './download-json';
import './exchange.css';

/** A round's sharing: hand out parts (or send an assigned copy's answers back), CSV, share with others. */
export default function SharePage({ roundId }: { roundId: string }) {
  const { t } = useTranslation(['exchange', 'questionnaires']);
  const data = useRound(roundId);
  if (data === undefined) return <p role="status">{t('app.loading')}</p>;
  if (data === null || !data.questionnaire) {
    return (
      <Page title={t('views.share.title')}>
        <p>{t('views.share.notFound')}</p>
        <Link href={paths.rounds}>{t('views.open.toRounds')}</Link>
      </Page>
    );
  }
  return <Sharing round={data.round} questionnaire={data.questionnaire} responses={data.responses} />;
}

interface Props {
  round: Round;
  questionnaire: Questionnaire;
  responses: PartResponse[];
}

/** "Sparat …" or what went wrong, after a file was made. */
function useOutcome() {
  const [message, setMessage] = useState('');
  const ref = useRef<HTMLParagraphElement>(null);
  const { t } = useTranslation(['exchange', 'questionnaires']);
  const run = async (make: () => Promise<string>) => {
    try {
      const name = await make();
      setMessage(t('views.share.saved', { name }));
    } catch (error) {
      setMessage(t('views.share.failed', { reason: t(`storage.problem.${classifyStorageError(error)}`) }));
    }
  };
  const view = (
    <p role="status" ref={ref} className="exchange-outcome">
      {message}
    </p>
  );
  return { run, view };
}

function Sharing({ round, questionnaire, responses }: Props) {
  const { t } = useTranslation(['exchange', 'questionnaires']);
  const localized = useLocalized();
  const base = safeFileName('eblomladan', round.organisationCode, round.year, round.label);
  const outcome = useOutcome();

  const csv = () =>
    outcome.run(async () => {
      const text = roundCsv(
        round,
        questionnaire,
        responses,
        t('views.share.csvHeadings', { returnObjects: true }),
        localized,
        (kind) => t(`questionnaires:kind.${kind}`),
      );
      const name = `${base}.csv`;
      downloadFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
      return name;
    });

  const shareRound = () =>
    outcome.run(async () => {
      const file = await exportSharedRound(round.id, version);
      const name = `${base}-delad.json`;
      downloadJson(file, name);
      return name;
    });

  const title = round.label ? `${round.year} ${round.label}` : String(round.year);
  return (
    <Page title={`${t('views.share.title')}: ${title}`}>
      <HelpLink section="handOut" />
      <p>
        <Link href={roundPath(round.id)}>{t('views.share.back')}</Link>
      </p>
      {round.assignment ? (
        <SendBack round={round} questionnaire={questionnaire} base={base} run={outcome.run} />
      ) : (
        <HandOut round={round} questionnaire={questionnaire} base={base} run={outcome.run} />
      )}

      <section aria-labelledby="csv-heading">
        <h2 id="csv-heading">{t('views.share.csvTitle')}</h2>
        <p>{t('views.share.csvLead')}</p>
        <button type="button" onClick={() => void csv()}>
          {t('views.share.csv')}
        </button>
      </section>

      {!round.assignment && (
        <section aria-labelledby="share-heading">
          <h2 id="share-heading">{t('views.share.shareTitle')}</h2>
          <p>{t('views.share.shareLead')}</p>
          {round.status === 'published' ? (
            <button type="button" onClick={() => void shareRound()}>
              {t('views.share.shareRound')}
            </button>
          ) : (
            <p className="notice">{t('views.share.shareDraft')}</p>
          )}
        </section>
      )}
      {outcome.view}
    </Page>
  );
}

interface PartProps {
  round: Round;
  questionnaire: Questionnaire;
  base: string;
  run: (make: () => Promise<string>) => Promise<void>;
}

function HandOut({ round, questionnaire, base, run }: PartProps) {
  const { t } = useTranslation(['exchange', 'questionnaires']);
  const localized = useLocalized();
  const [chosen, setChosen] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [noName, setNoName] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  const id = useId();
  const handOut = () => {
    setMissing(chosen.length === 0);
    setNoName(name.trim() === '');
    if (chosen.length === 0) return;
    if (name.trim() === '') {
      nameField.current?.focus();
      return;
    }
    void run(async () => {
      const file = await exportAssignment(round.id, chosen, { name, role }, version);
      const fileName = `${safeFileName(base, 'tilldelning', ...chosen)}.json`;
      downloadJson(file, fileName);
      return fileName;
    });
  };
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('views.share.handOutTitle')}</h2>
      <p>{t('views.share.handOutLead')}</p>
      <fieldset className="field" aria-describedby={missing ? `${id}-error` : undefined}>
        <legend>{t('views.share.partsLegend')}</legend>
        {questionnaire.sections.map((section) => (
          <div className="choice" key={section.id}>
            <input
              type="checkbox"
              id={`${id}-${section.id}`}
              checked={chosen.includes(section.id)}
              onChange={(event) =>
                setChosen((now) =>
                  event.target.checked
                    ? questionnaire.sections
                        .map((s) => s.id)
                        .filter((s) => s === section.id || now.includes(s))
                    : now.filter((s) => s !== section.id),
                )
              }
            />
            <label htmlFor={`${id}-${section.id}`}>{localized(section.title)}</label>
          </div>
        ))}
        {missing && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {t('views.share.noParts')}
          </p>
        )}
      </fieldset>
      <p className="hint">{t('views.share.recipientLead')}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('views.share.recipientName')}</label>
        <input
          ref={nameField}
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          maxLength={NAME_MAX}
          value={name}
          aria-invalid={noName || undefined}
          aria-describedby={noName ? `${id}-name-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {noName && (
          <p className="field-error" id={`${id}-name-error`}>
            {t('views.share.noRecipient')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('views.share.recipientRole')}</label>
        <input
          id={`${id}-role`}
          type="text"
          autoComplete="off"
          maxLength={NAME_MAX}
          value={role}
          onChange={(event) => setRole(event.target.value)}
        />
      </div>
      <p>
        <button type="button" onClick={handOut}>
          {t('views.share.handOut')}
        </button>
      </p>
      <p>
        {t('views.share.collect')} <Link href={paths.openFile}>{t('views.open.title')}</Link>
      </p>
    </section>
  );
}

function SendBack({ round, questionnaire, base, run }: PartProps) {
  const { t } = useTranslation(['exchange', 'questionnaires']);
  const localized = useLocalized();
  const format = useFormat();
  const parts = format.list(
    questionnaire.sections
      .filter((s) => round.assignment?.sectionIds.includes(s.id))
      .map((s) => localized(s.title)),
  );
  const respond = () =>
    run(async () => {
      const file = await exportResponse(round.id, version);
      const name = `${safeFileName(base, 'svar', ...(round.assignment?.sectionIds ?? []))}.json`;
      downloadJson(file, name);
      return name;
    });
  return (
    <section aria-labelledby="send-back-heading">
      <h2 id="send-back-heading">{t('views.share.assignedTitle')}</h2>
      <p>{t('views.share.assignedLead', { parts })}</p>
      <button type="button" onClick={() => void respond()}>
        {t('views.share.respond')}
      </button>
    </section>
  );
}
