import { Suspense, use, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { FilePreview, ImportPlan, IncomingFile } from '../../domain/exchange/plan';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { AgreedChoice } from '../../domain/rating/model';
import { loadRegister } from '../../exchange/municipalities';
import { classifyStorageError } from '../../storage/errors';
import { commitImport, previewImport, readExchangeFiles, StaleImport } from '../../storage/exchange';
import type { IncomingReference, ReferencePlan } from '../../domain/exchange/reference-plan';
import { isReferenceSelection, type ReferenceFile } from '../../domain/exchange/reference-read';
import {
  prepareReferenceReader,
  readReferenceFiles,
  type Progress,
} from '../../storage/reference-import/files';
import { commitReference, previewReference } from '../../storage/reference-import/write';
import { ReferencePreview } from './ReferencePreview';
import { formatDateTime, formatDay, useFormat } from '../../ui/format';
import { IssueList } from '../../ui/IssueList';
import { useLocalized } from '../../ui/LocalizedText';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { answerPath, paths, roundPath } from '../../ui/paths';
import './exchange.css';
import { FileNotices } from './FileNotices';
import { TableScroll } from '../../ui/TableScroll';
import { useFocusAfter } from '../../ui/useFocusAfter';

type Phase = 'idle' | 'reading' | 'saving' | 'done' | 'stale' | 'failed' | 'cancelled';

/** Other municipalities' rounds (datasets and shared rounds): their own preview and write. */
interface Reference {
  files: ReferenceFile[];
  incoming: IncomingReference;
  plan: ReferencePlan;
}

const isReferenceFile = (file: ReferenceFile): file is IncomingReference['files'][number] =>
  file.ok && file.kind !== 'other';

/**
 * "Öppna fil": every exchange file comes in here (picker or drag and drop), is checked and
 * previewed, and is written only when the user confirms, in one transaction.
 */
export default function OpenFilePage() {
  const { t } = useTranslation('exchange');
  const format = useFormat();
  const [files, setFiles] = useState<IncomingFile[]>();
  const [plan, setPlan] = useState<ImportPlan>();
  const [phase, setPhase] = useState<Phase>('idle');
  const [failure, setFailure] = useState('');
  const [dragging, setDragging] = useState(false);
  const [reference, setReference] = useState<Reference>();
  const [progress, setProgress] = useState<Progress>();
  const reading = useRef<AbortController>(undefined);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  // Avbryt and Öppna fler filer go away when pressed: focus returns to choosing files.
  const [picker, focusPicker] = useFocusAfter<HTMLInputElement>();
  const inputId = useId();

  // The reading worker starts while the person chooses files, not after: at 2,900 files that is
  // its load and start off the wait. It ends with the page if no selection took it.
  useEffect(() => prepareReferenceReader(), []);

  useEffect(() => {
    if (phase === 'done' || phase === 'failed' || phase === 'stale' || phase === 'cancelled')
      outcome.current?.focus();
  }, [phase]);

  async function choose(list: FileList | null) {
    if (!list || list.length === 0) return;
    const chosen = [...list];
    const controller = new AbortController();
    reading.current = controller;
    setPhase('reading');
    setPlan(undefined);
    setReference(undefined);
    setProgress({ done: 0, total: chosen.length });
    try {
      // Datasets and other municipalities' rounds have their own, leaner import; any other kind
      // of file in the selection sends all of it the ordinary way.
      // Marks for `npm run bench` (tests/bench/): where the time of a large import goes.
      const started = performance.now();
      const read = await readReferenceFiles(chosen, setProgress, controller.signal);
      const incoming = { files: read.filter(isReferenceFile) };
      if (isReferenceSelection(read)) {
        performance.measure('eblomladan:reference-read', { start: started });
        const planning = performance.now();
        const register = (await loadRegister()).municipalities;
        setReference({ files: read, incoming, plan: await previewReference(incoming, register) });
        performance.measure('eblomladan:reference-plan', { start: planning });
      } else {
        const files = await readExchangeFiles(chosen);
        setFiles(files);
        setPlan(await previewImport(files));
      }
      setPhase('idle');
      requestAnimationFrame(() => previewHeading.current?.focus());
    } catch (error) {
      if (controller.signal.aborted) {
        setPhase('cancelled');
        return;
      }
      setFailure(t(`storage.problem.${classifyStorageError(error)}`));
      setPhase('failed');
    } finally {
      reading.current = undefined;
    }
  }

  async function confirmReference(current: Reference) {
    setPhase('saving');
    const register = (await loadRegister()).municipalities;
    try {
      await commitReference(current.incoming, current.plan.signature, register);
      setPhase('done');
    } catch (error) {
      if (error instanceof StaleImport) {
        setReference({ ...current, plan: await previewReference(current.incoming, register) });
        setPhase('stale');
        return;
      }
      setFailure(t(`storage.problem.${classifyStorageError(error)}`));
      setPhase('failed');
    }
  }

  async function confirm() {
    if (reference) return confirmReference(reference);
    if (!files || !plan) return;
    setPhase('saving');
    try {
      await commitImport(files, plan.signature);
      setPhase('done');
    } catch (error) {
      if (error instanceof StaleImport) {
        setPlan(await previewImport(files));
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
    setReference(undefined);
    setPhase('idle');
    focusPicker();
  }

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void choose(event.dataTransfer.files);
  };

  return (
    <Page title={t('views.open.title')}>
      <HelpLink section="merge" />
      <p>{t('views.open.lead')}</p>
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
          <label htmlFor={inputId}>{t('views.open.pick')}</label>
          <p className="hint" id={`${inputId}-hint`}>
            {t('views.open.pickHint')}
          </p>
          <input
            ref={picker}
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
          <p aria-hidden="true">{t('views.open.drop')}</p>
        </div>
      )}
      {phase === 'idle' && !plan && !reference && <p className="hint">{t('views.open.noFiles')}</p>}
      {phase === 'reading' && (
        <div className="reading">
          <p role="status">
            {progress && progress.total > 1
              ? t('views.reference.progress', {
                  done: format.number(progress.done),
                  total: format.number(progress.total),
                })
              : t('views.open.reading')}
          </p>
          {progress && progress.total > 1 && (
            <progress
              max={progress.total}
              value={progress.done}
              aria-label={t('views.reference.progressLabel')}
            />
          )}
          <p>
            <button type="button" onClick={() => reading.current?.abort()}>
              {t('views.reference.cancelReading')}
            </button>
          </p>
        </div>
      )}

      {reference && phase !== 'done' && phase !== 'reading' && (
        <section aria-labelledby="preview-heading">
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <ReferencePreview plan={reference.plan} files={reference.files} heading={previewHeading} />
          </Suspense>
          {!reference.plan.changes && <p>{t('views.open.nothing')}</p>}
          <p className="actions">
            {reference.plan.changes && (
              <button type="button" onClick={() => void confirm()} disabled={phase === 'saving'}>
                {t('views.open.confirm')}
              </button>
            )}{' '}
            <button type="button" onClick={reset}>
              {t('views.open.cancel')}
            </button>
          </p>
        </section>
      )}

      {plan && files && phase !== 'done' && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading" ref={previewHeading} tabIndex={-1}>
            {t('views.open.previewTitle')}
          </h2>
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            {plan.previews.map((preview, i) => (
              <FilePreviewView key={i} preview={preview} incoming={files[i]!} />
            ))}
          </Suspense>
          {!plan.changes && <p>{t('views.open.nothing')}</p>}
          <p className="actions">
            {plan.changes && (
              <button type="button" onClick={() => void confirm()} disabled={phase === 'saving'}>
                {plan.previews.some((p) => p.kind === 'response')
                  ? t('views.open.confirmMerge')
                  : t('views.open.confirm')}
              </button>
            )}{' '}
            <button type="button" onClick={reset}>
              {t('views.open.cancel')}
            </button>
          </p>
        </section>
      )}

      <p role="status" ref={outcome} tabIndex={-1} className="exchange-outcome">
        {phase === 'saving' && t('views.open.saving')}
        {phase === 'done' &&
          (reference
            ? `${t('views.open.done')} ${t(
                'views.reference.done',
                format.count(reference.plan.writes.referenceRounds.length),
              )}`
            : t('views.open.done'))}
        {phase === 'cancelled' && t('views.reference.cancelled')}
        {phase === 'stale' && t('views.open.stale')}
        {phase === 'failed' && t('views.open.failed', { reason: failure })}
      </p>
      {phase === 'done' && reference && (
        <ul>
          <li>
            <Link href={paths.peers}>{t('views.reference.toPeers')}</Link>
          </li>
          <li>
            <button type="button" className="link-button" onClick={reset}>
              {t('views.open.another')}
            </button>
          </li>
        </ul>
      )}
      {phase === 'done' && plan && (
        <ul>
          {[...new Map(plan.previews.flatMap(roundLink).map((l) => [l.id, l])).values()].map((l) => (
            <li key={l.id}>
              <Link href={l.href}>{t('views.open.toRound', { year: l.year })}</Link>
            </li>
          ))}
          <li>
            <Link href={paths.rounds}>{t('views.open.toRounds')}</Link>
          </li>
          <li>
            <button type="button" className="link-button" onClick={reset}>
              {t('views.open.another')}
            </button>
          </li>
        </ul>
      )}
    </Page>
  );
}

/**
 * Where "Till omgången" leads after a file is read: a new respondent's copy with one part opens
 * on that part (the work they came to do), any other round on its overview.
 */
const roundLink = (preview: FilePreview) => {
  if (preview.kind !== 'assignment' && preview.kind !== 'response') return [];
  const { id, year } = preview.round;
  const only = preview.kind === 'assignment' && preview.outcome === 'create' ? preview.sectionIds : [];
  return [{ id, year, href: only.length === 1 ? answerPath(id, only[0]!) : roundPath(id) }];
};

function useMunicipalityName() {
  const register = use(loadRegister());
  return (code: string) => register.municipalities.find((m) => m.code === code)?.name ?? code;
}

interface PreviewProps {
  preview: FilePreview;
  incoming: IncomingFile;
}

function FilePreviewView({ preview, incoming }: PreviewProps) {
  const { t, i18n } = useTranslation('exchange');
  const format = useFormat();
  const municipality = useMunicipalityName();
  const localized = useLocalized();
  if (preview.kind === 'refused') {
    return (
      <IssueList
        heading={t('views.open.refusedTitle', { name: preview.name })}
        lead={t('views.open.refusedLead')}
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
      <h3>{t('views.preview.file', { name: preview.name })}</h3>
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
                ? 'views.preview.assignmentCreate'
                : preview.outcome === 'extend'
                  ? 'views.preview.assignmentExtend'
                  : 'views.preview.assignmentSame',
              {
                year: preview.round.year,
                municipality: municipality(preview.round.organisationCode),
                parts: format.list(preview.sectionIds.map(partTitle)),
              },
            )}
          </p>
          {preview.recipient && <p>{t('views.preview.assignmentRecipient', { name: preview.recipient })}</p>}
          {preview.setsOrganisation && (
            <p>
              {t('views.preview.setsOrganisation', {
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
        />
      )}
      {preview.kind === 'round' && (
        <p>
          {t(
            preview.outcome === 'add'
              ? 'views.preview.roundAdd'
              : preview.outcome === 'replace'
                ? 'views.preview.roundReplace'
                : 'views.preview.roundSame',
            { year: preview.round.year, municipality: municipality(preview.round.organisationCode) },
          )}
        </p>
      )}
      {preview.kind === 'backup' && (
        <>
          <p>
            {t('views.preview.backup', {
              date: formatDateTime(preview.createdAt, i18n.language),
            })}
          </p>
          <TableScroll label={t('views.preview.backupCaption')}>
            <table>
              <caption>{t('views.preview.backupCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('views.preview.table')}</th>
                  <th scope="col">{t('views.preview.add')}</th>
                  <th scope="col">{t('views.preview.replace')}</th>
                  <th scope="col">{t('views.preview.same')}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(preview.tables).map(([table, counts]) => (
                  <tr key={table}>
                    <th scope="row">{t(`views.preview.tables.${table as keyof typeof preview.tables}`)}</th>
                    <td>{format.number(counts.add)}</td>
                    <td>{format.number(counts.replace)}</td>
                    <td>{format.number(counts.same)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {preview.rounds.length > 0 && (
            <TableScroll label={t('views.preview.roundsCaption')}>
              <table>
                <caption>{t('views.preview.roundsCaption')}</caption>
                <tbody>
                  {preview.rounds.map((round) => (
                    <tr key={round.id}>
                      <th scope="row">
                        {t('views.preview.roundName', {
                          year: round.year,
                          label: round.label,
                          municipality: municipality(round.organisationCode),
                        })}
                      </th>
                      <td>{t(`views.preview.roundOutcome.${round.outcome}`)}</td>
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
}

/**
 * What a response brings: per person, new and changed ratings (ratings never conflict: each is
 * its author's), what the questionnaire does not allow and is left out, and where the agreed
 * answer was chosen differently here and there: both choices, and the one that stands.
 */
function ResponsePreview({ preview, questionnaire, municipality }: ResponseProps) {
  const { t, i18n } = useTranslation('exchange');
  const format = useFormat();
  const localized = useLocalized();
  const { doc } = preview;
  const section = (id: string) => questionnaire.sections.find((s) => s.id === id);
  const indicatorText = (sectionId: string, indicatorId: string) => {
    const indicator = section(sectionId)?.indicators.find((i) => i.id === indicatorId);
    return indicator ? localized(indicator.text) : indicatorId;
  };
  const partTitle = (id: string) => {
    const found = section(id);
    return found ? localized(found.title) : id;
  };
  const choice = (made: AgreedChoice) => {
    const option =
      questionnaire.scale.options.find((o) => o.value === made.value) ??
      (questionnaire.scale.notApplicable?.value === made.value
        ? questionnaire.scale.notApplicable
        : undefined);
    return t('views.preview.choice', {
      answer:
        made.value === null ? t('views.preview.notSettled') : option ? localized(option.label) : made.value,
      by: made.name ?? t('views.preview.unknownPerson'),
      date: formatDay(made.at, i18n.language),
    });
  };
  const ignored = Object.values(doc.ignored).reduce((sum, n) => sum + (n ?? 0), 0);
  return (
    <>
      <p>{t('views.preview.response', { year: preview.round.year, municipality })}</p>
      {!doc.changes && <p>{t('views.preview.responseSame')}</p>}
      {doc.people.length > 0 && (
        <ul>
          {doc.people.map((person) => (
            <li key={person.personId}>
              {t('views.preview.personRatings', {
                name: person.name ?? t('views.preview.unknownPerson'),
                added: t('views.preview.ratingsAdded', format.count(person.added)),
                changed: t('views.preview.ratingsChanged', format.count(person.changed)),
              })}
            </li>
          ))}
        </ul>
      )}
      {ignored > 0 && <p>{t('views.preview.ignoredEntries', format.count(ignored))}</p>}
      {doc.conflicts.length > 0 && (
        <TableScroll label={t('views.preview.conflictsTitle', { name: preview.name })}>
          <table>
            <caption>{t('views.preview.conflictsTitle', { name: preview.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('views.preview.part')}</th>
                <th scope="col">{t('views.preview.indicator')}</th>
                <th scope="col">{t('views.preview.mine')}</th>
                <th scope="col">{t('views.preview.theirs')}</th>
                <th scope="col">{t('views.preview.stands')}</th>
              </tr>
            </thead>
            <tbody>
              {doc.conflicts.map((conflict) => (
                <tr key={`${conflict.sectionId}/${conflict.indicatorId}`}>
                  <td>{partTitle(conflict.sectionId)}</td>
                  <th scope="row">{indicatorText(conflict.sectionId, conflict.indicatorId)}</th>
                  <td>{choice(conflict.ours)}</td>
                  <td>{choice(conflict.theirs)}</td>
                  <td>{t(`views.preview.standing.${conflict.standing}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
