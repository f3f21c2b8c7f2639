import { Suspense, use, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type {
  AnswerChange,
  FilePreview,
  ImportPlan,
  IncomingFile,
  Resolution,
} from '../../domain/exchange/plan';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Answer } from '../../domain/round/model';
import { loadRegister } from '../../exchange/municipalities';
import { classifyStorageError } from '../../storage/errors';
import { commitImport, previewImport, readExchangeFiles, StaleImport } from '../../storage/exchange';
import { formatDateTime, formatDay } from '../../ui/format';
import { IssueList } from '../../ui/IssueList';
import { useLocalized } from '../../ui/LocalizedText';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { paths, roundPath } from '../../ui/paths';
import './exchange.css';
import { FileNotices } from './FileNotices';
import './strings';
import { TableScroll } from '../../ui/TableScroll';

type Phase = 'idle' | 'reading' | 'saving' | 'done' | 'stale' | 'failed';

/**
 * "Öppna fil": every exchange file comes in here (picker or drag and drop), is checked and
 * previewed, and is written only when the user confirms, in one transaction.
 */
export default function OpenFilePage() {
  const { t } = useTranslation();
  const [files, setFiles] = useState<IncomingFile[]>();
  const [plan, setPlan] = useState<ImportPlan>();
  const [resolutions, setResolutions] = useState<Record<string, Resolution>>({});
  const [phase, setPhase] = useState<Phase>('idle');
  const [failure, setFailure] = useState('');
  const [showUnresolved, setShowUnresolved] = useState(false);
  const [dragging, setDragging] = useState(false);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  const inputId = useId();

  useEffect(() => {
    if (phase === 'done' || phase === 'failed' || phase === 'stale') outcome.current?.focus();
  }, [phase]);

  async function choose(list: FileList | null) {
    if (!list || list.length === 0) return;
    setPhase('reading');
    setPlan(undefined);
    setResolutions({});
    setShowUnresolved(false);
    try {
      const read = await readExchangeFiles([...list]);
      setFiles(read);
      setPlan(await previewImport(read));
      setPhase('idle');
      requestAnimationFrame(() => previewHeading.current?.focus());
    } catch (error) {
      setFailure(t(`storage.problem.${classifyStorageError(error)}`));
      setPhase('failed');
    }
  }

  async function resolve(key: string, resolution: Resolution) {
    if (!files) return;
    const next = { ...resolutions, [key]: resolution };
    setResolutions(next);
    setPlan(await previewImport(files, next));
  }

  async function confirm() {
    if (!files || !plan) return;
    if (plan.unresolved.length > 0) {
      setShowUnresolved(true);
      return;
    }
    setPhase('saving');
    try {
      await commitImport(files, resolutions, plan.signature);
      setPhase('done');
    } catch (error) {
      if (error instanceof StaleImport) {
        setPlan(await previewImport(files, resolutions));
        setPhase('stale');
        return;
      }
      setFailure(t(`storage.problem.${classifyStorageError(error)}`));
      setPhase('failed');
    }
  }

  function reset() {
    setFiles(undefined);
    setPlan(undefined);
    setResolutions({});
    setPhase('idle');
  }

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void choose(event.dataTransfer.files);
  };

  return (
    <Page title={t('exchangeViews.open.title')}>
      <HelpLink section="merge" />
      <p>{t('exchangeViews.open.lead')}</p>
      {phase !== 'done' && (
        <div
          className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="drop-zone"
        >
          <label htmlFor={inputId}>{t('exchangeViews.open.pick')}</label>
          <p className="hint" id={`${inputId}-hint`}>
            {t('exchangeViews.open.pickHint')}
          </p>
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            multiple
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => {
              void choose(event.target.files);
              event.target.value = '';
            }}
          />
          <p aria-hidden="true">{t('exchangeViews.open.drop')}</p>
        </div>
      )}
      {phase === 'idle' && !plan && <p className="hint">{t('exchangeViews.open.noFiles')}</p>}
      {phase === 'reading' && <p role="status">{t('exchangeViews.open.reading')}</p>}

      {plan && files && phase !== 'done' && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading" ref={previewHeading} tabIndex={-1}>
            {t('exchangeViews.open.previewTitle')}
          </h2>
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            {plan.previews.map((preview, i) => (
              <FilePreviewView
                key={i}
                preview={preview}
                incoming={files[i]!}
                resolutions={resolutions}
                onResolve={(key, r) => void resolve(key, r)}
              />
            ))}
          </Suspense>
          {!plan.changes && plan.unresolved.length === 0 && <p>{t('exchangeViews.open.nothing')}</p>}
          {showUnresolved && plan.unresolved.length > 0 && (
            <p className="field-error" role="alert">
              {t('exchangeViews.open.unresolved', { count: plan.unresolved.length })}
            </p>
          )}
          <p className="actions">
            {(plan.changes || plan.unresolved.length > 0) && (
              <button type="button" onClick={() => void confirm()} disabled={phase === 'saving'}>
                {plan.previews.some((p) => p.kind === 'response')
                  ? t('exchangeViews.open.confirmMerge')
                  : t('exchangeViews.open.confirm')}
              </button>
            )}{' '}
            <button type="button" onClick={reset}>
              {t('exchangeViews.open.cancel')}
            </button>
          </p>
        </section>
      )}

      <p role="status" ref={outcome} tabIndex={-1} className="exchange-outcome">
        {phase === 'saving' && t('exchangeViews.open.saving')}
        {phase === 'done' && t('exchangeViews.open.done')}
        {phase === 'stale' && t('exchangeViews.open.stale')}
        {phase === 'failed' && t('exchangeViews.open.failed', { reason: failure })}
      </p>
      {phase === 'done' && plan && (
        <ul>
          {[...new Map(plan.previews.flatMap(roundLink).map((l) => [l.id, l])).values()].map((l) => (
            <li key={l.id}>
              <Link href={roundPath(l.id)}>{t('exchangeViews.open.toRound', { year: l.year })}</Link>
            </li>
          ))}
          <li>
            <Link href={paths.rounds}>{t('exchangeViews.open.toRounds')}</Link>
          </li>
          <li>
            <button type="button" className="link-button" onClick={reset}>
              {t('exchangeViews.open.another')}
            </button>
          </li>
        </ul>
      )}
    </Page>
  );
}

const roundLink = (preview: FilePreview) =>
  preview.kind === 'assignment' || preview.kind === 'response'
    ? [{ id: preview.round.id, year: preview.round.year }]
    : [];

function useMunicipalityName() {
  const register = use(loadRegister());
  return (code: string) => register.municipalities.find((m) => m.code === code)?.name ?? code;
}

interface PreviewProps {
  preview: FilePreview;
  incoming: IncomingFile;
  resolutions: Record<string, Resolution>;
  onResolve: (key: string, resolution: Resolution) => void;
}

function FilePreviewView({ preview, incoming, resolutions, onResolve }: PreviewProps) {
  const { t, i18n } = useTranslation();
  const municipality = useMunicipalityName();
  const localized = useLocalized();
  if (preview.kind === 'refused') {
    return (
      <IssueList
        heading={t('exchangeViews.open.refusedTitle', { name: preview.name })}
        lead={t('exchangeViews.open.refusedLead')}
        issues={preview.issues}
      />
    );
  }
  const questionnaire =
    incoming.ok && incoming.exchange.kind !== 'backup' ? incoming.exchange.file.questionnaire : undefined;
  const partTitle = (sectionId: string) => {
    const section = questionnaire?.sections.find((s) => s.id === sectionId);
    return section ? localized(section.title) : sectionId;
  };
  return (
    <div className="file-preview">
      <h3>{t('exchangeViews.preview.file', { name: preview.name })}</h3>
      {incoming.ok && (
        <FileNotices
          name={preview.name}
          version={incoming.exchange.file.writtenBy.version}
          notices={incoming.exchange.notices ?? []}
        />
      )}
      {preview.kind === 'assignment' && (
        <>
          <p>
            {t(
              preview.outcome === 'create'
                ? 'exchangeViews.preview.assignmentCreate'
                : preview.outcome === 'extend'
                  ? 'exchangeViews.preview.assignmentExtend'
                  : 'exchangeViews.preview.assignmentSame',
              {
                year: preview.round.year,
                municipality: municipality(preview.round.organisationCode),
                parts: preview.sectionIds.map(partTitle).join(', '),
              },
            )}
          </p>
          {preview.setsOrganisation && (
            <p>
              {t('exchangeViews.preview.setsOrganisation', {
                municipality: municipality(preview.setsOrganisation),
              })}
            </p>
          )}
        </>
      )}
      {preview.kind === 'response' && questionnaire && (
        <ResponsePreview
          preview={preview}
          questionnaire={questionnaire}
          municipality={municipality(preview.round.organisationCode)}
          resolutions={resolutions}
          onResolve={onResolve}
        />
      )}
      {preview.kind === 'round' && (
        <p>
          {t(
            preview.outcome === 'add'
              ? 'exchangeViews.preview.roundAdd'
              : preview.outcome === 'replace'
                ? 'exchangeViews.preview.roundReplace'
                : 'exchangeViews.preview.roundSame',
            { year: preview.round.year, municipality: municipality(preview.round.organisationCode) },
          )}
        </p>
      )}
      {preview.kind === 'backup' && (
        <>
          <p>
            {t('exchangeViews.preview.backup', {
              date: formatDateTime(preview.createdAt, i18n.language),
            })}
          </p>
          <TableScroll label={t('exchangeViews.preview.backupCaption')}>
            <table>
              <caption>{t('exchangeViews.preview.backupCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exchangeViews.preview.table')}</th>
                  <th scope="col">{t('exchangeViews.preview.add')}</th>
                  <th scope="col">{t('exchangeViews.preview.replace')}</th>
                  <th scope="col">{t('exchangeViews.preview.same')}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(preview.tables).map(([table, counts]) => (
                  <tr key={table}>
                    <th scope="row">
                      {t(`exchangeViews.preview.tables.${table as keyof typeof preview.tables}`)}
                    </th>
                    <td>{counts.add}</td>
                    <td>{counts.replace}</td>
                    <td>{counts.same}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {preview.rounds.length > 0 && (
            <TableScroll label={t('exchangeViews.preview.roundsCaption')}>
              <table>
                <caption>{t('exchangeViews.preview.roundsCaption')}</caption>
                <tbody>
                  {preview.rounds.map((round) => (
                    <tr key={round.id}>
                      <th scope="row">
                        {t('exchangeViews.preview.roundName', {
                          year: round.year,
                          label: round.label,
                          municipality: municipality(round.organisationCode),
                        })}
                      </th>
                      <td>{t(`exchangeViews.preview.roundOutcome.${round.outcome}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </div>
  );
}

interface ResponseProps {
  preview: Extract<FilePreview, { kind: 'response' }>;
  questionnaire: Questionnaire;
  municipality: string;
  resolutions: Record<string, Resolution>;
  onResolve: (key: string, resolution: Resolution) => void;
}

function ResponsePreview({ preview, questionnaire, municipality, resolutions, onResolve }: ResponseProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const count = (kind: AnswerChange['kind']) => preview.changes.filter((c) => c.kind === kind).length;
  const section = (id: string) => questionnaire.sections.find((s) => s.id === id);
  const indicatorText = (change: AnswerChange) => {
    const indicator = section(change.sectionId)?.indicators.find((i) => i.id === change.indicatorId);
    return indicator ? localized(indicator.text) : change.indicatorId;
  };
  const partTitle = (id: string) => {
    const found = section(id);
    return found ? localized(found.title) : id;
  };
  const describe = useAnswerText(questionnaire);
  const conflicts = preview.changes.filter((c) => c.kind === 'conflict');
  const others = preview.changes.filter((c) => c.kind !== 'conflict');
  return (
    <>
      <p>{t('exchangeViews.preview.response', { year: preview.round.year, municipality })}</p>
      <p>
        {t('exchangeViews.preview.counts', {
          new: count('new'),
          changed: count('changed'),
          conflicts: count('conflict'),
          unchanged: preview.unchanged,
        })}
      </p>
      {others.length > 0 && (
        <TableScroll label={t('exchangeViews.preview.changesCaption', { name: preview.name })}>
          <table>
            <caption>{t('exchangeViews.preview.changesCaption', { name: preview.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exchangeViews.preview.part')}</th>
                <th scope="col">{t('exchangeViews.preview.indicator')}</th>
                <th scope="col">{t('exchangeViews.preview.change')}</th>
                <th scope="col">{t('exchangeViews.preview.mine')}</th>
                <th scope="col">{t('exchangeViews.preview.theirs')}</th>
              </tr>
            </thead>
            <tbody>
              {others.map((change) => (
                <tr key={change.key}>
                  <td>{partTitle(change.sectionId)}</td>
                  <th scope="row">{indicatorText(change)}</th>
                  <td>{t(`exchangeViews.preview.kind.${change.kind}`)}</td>
                  <td>{describe(change.mine)}</td>
                  <td>{describe(change.theirs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {conflicts.length > 0 && (
        <section className="conflicts" aria-labelledby={`conflicts-${preview.name}`}>
          <h4 id={`conflicts-${preview.name}`}>
            {t('exchangeViews.preview.conflictsTitle', { name: preview.name })}
          </h4>
          <p>{t('exchangeViews.preview.conflictsLead')}</p>
          {conflicts.map((change) => (
            <fieldset key={change.key} className="conflict">
              <legend>
                {t('exchangeViews.preview.conflictLegend', {
                  part: partTitle(change.sectionId),
                  indicator: indicatorText(change),
                })}
              </legend>
              {(['mine', 'theirs'] as const).map((side) => (
                <div className="choice" key={side}>
                  <input
                    type="radio"
                    id={`${change.key}-${side}`}
                    name={change.key}
                    checked={resolutions[change.key] === side}
                    onChange={() => onResolve(change.key, side)}
                  />
                  <label htmlFor={`${change.key}-${side}`}>
                    {t(
                      side === 'mine' ? 'exchangeViews.preview.keepMine' : 'exchangeViews.preview.takeTheirs',
                      {
                        answer: describe(side === 'mine' ? change.mine : change.theirs),
                      },
                    )}
                  </label>
                </div>
              ))}
            </fieldset>
          ))}
        </section>
      )}
    </>
  );
}

/** An answer in words: its scale label (and comment), who gave it and when. */
function useAnswerText(questionnaire: Questionnaire) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  return (answer: Answer | undefined) => {
    if (!answer) return t('exchangeViews.preview.empty');
    const option =
      questionnaire.scale.options.find((o) => o.value === answer.value) ??
      (questionnaire.scale.notApplicable?.value === answer.value
        ? questionnaire.scale.notApplicable
        : undefined);
    const text = [option ? localized(option.label) : answer.value, answer.comment]
      .filter(Boolean)
      .join(' – ');
    if (!text) return t('exchangeViews.preview.empty');
    if (!answer.answeredBy) return text;
    return t('exchangeViews.preview.answerBy', {
      answer: text,
      by: answer.answeredBy,
      date: formatDay(answer.updatedAt, i18n.language),
    });
  };
}
