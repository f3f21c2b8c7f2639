import { useEffect, useId, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { version } from '../../../package.json';
import { countData, eraseAllData } from '../../storage/erase';
import { classifyStorageError } from '../../storage/errors';
import { exportBackup } from '../../storage/exchange';
import { useKeyedLiveQuery } from '../../storage/live';
import { backupFileName, downloadFile } from '../../ui/download';
import { useFormat } from '../../ui/format';
import { paths } from '../../ui/paths';
import './settings.css';
import { Stored } from './Stored';

type Outcome =
  | { kind: 'saved'; name: string }
  | { kind: 'backup-failed'; reason: string }
  | { kind: 'erase-failed'; reason: string };

/**
 * "Radera alla uppgifter": a button opens a modal dialog that first offers a backup, then asks the
 * user to type the confirmation word. Everything is deleted in one transaction, and the app starts
 * over on the start page. While the dialog is open nothing else on the page can be reached; it
 * closes with Avbryt or Escape, and focus goes back to the button that opened it.
 */
export function EraseSection() {
  const { t } = useTranslation('settings');
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const id = useId();

  // Called once the dialog has left the top layer (EraseDialog closes it first): while it is
  // modal the rest of the page is inert, and the opener could not take focus.
  function close() {
    setOpen(false);
    opener.current?.focus();
  }

  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('erase.title')}</h2>
      <p>{t('erase.lead')}</p>
      <p>
        <button
          type="button"
          ref={opener}
          className="danger"
          aria-expanded={open}
          onClick={() => setOpen(true)}
        >
          {t('erase.open')}
        </button>
      </p>
      {open && (
        <Stored>
          <EraseDialog onClose={close} />
        </Stored>
      )}
    </section>
  );
}

function EraseDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const counts = useKeyedLiveQuery(countData, []);
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const dialog = useRef<HTMLDialogElement>(null);
  // Whether the browser showed the dialog as modal (jsdom has no showModal: see below).
  const modal = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [, navigate] = useLocation();
  const id = useId();
  const word = t('erase.word');

  // A real modal dialog: showModal puts it in the top layer and makes the rest of the page inert,
  // so Tab stays inside it. An environment without showModal (jsdom) gets a plain open dialog.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === 'function') {
      element.showModal();
      modal.current = true;
    } else {
      element.setAttribute('open', '');
    }
    heading.current?.focus();
    return () => closeDialog(element);
  }, []);

  function dismiss() {
    if (dialog.current) closeDialog(dialog.current);
    onClose();
  }

  async function saveBackup() {
    try {
      const file = await exportBackup(version);
      const name = backupFileName(file.createdAt);
      downloadFile(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }), name);
      setOutcome({ kind: 'saved', name });
    } catch (error) {
      setOutcome({ kind: 'backup-failed', reason: t(`storage.problem.${classifyStorageError(error)}`) });
    }
  }

  async function erase() {
    if (busy) return;
    if (typed.trim().toLocaleUpperCase('sv') !== word.toLocaleUpperCase('sv')) {
      setWrong(true);
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await eraseAllData();
      navigate(paths.start);
    } catch (error) {
      setBusy(false);
      setOutcome({ kind: 'erase-failed', reason: t(`storage.problem.${classifyStorageError(error)}`) });
    }
  }

  // Escape on a modal dialog is the browser's close request, the `cancel` event: the dialog
  // closes through dismiss, so focus returns to the opener. Without showModal, Escape by hand.
  function onCancel(event: SyntheticEvent<HTMLDialogElement>) {
    event.preventDefault();
    dismiss();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape' && !modal.current) {
      event.stopPropagation();
      dismiss();
    }
  }

  return (
    <dialog
      ref={dialog}
      className="erase-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={onCancel}
      onKeyDown={onKeyDown}
    >
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('erase.dialogTitle')}
      </h3>
      <p>
        {counts
          ? t('erase.what', {
              rounds: format.number(counts.rounds),
              references: format.number(counts.referenceRounds),
            })
          : t('app.loading')}
      </p>
      <p>
        <strong>{t('erase.irreversible')}</strong>
      </p>
      <h4>{t('erase.backupFirst')}</h4>
      <p>{t('erase.backupLead')}</p>
      <p>
        <button type="button" onClick={() => void saveBackup()}>
          {t('erase.backup')}
        </button>
      </p>
      <p role="status">{outcome?.kind === 'saved' && t('erase.backupSaved', { name: outcome.name })}</p>
      {outcome && outcome.kind !== 'saved' && (
        <div className="issues" role="alert">
          <p>{t(`erase.${outcome.kind}`, { reason: outcome.reason })}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-confirm`}>{t('erase.confirmLabel', { word })}</label>
        <input
          id={`${id}-confirm`}
          ref={input}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          aria-invalid={wrong || undefined}
          aria-describedby={wrong ? `${id}-wrong` : undefined}
          onChange={(event) => {
            setTyped(event.target.value);
            setWrong(false);
          }}
        />
        {wrong && (
          <p className="field-error" id={`${id}-wrong`}>
            {t('erase.wrongWord', { word })}
          </p>
        )}
      </div>
      <p className="erase-dialog__actions">
        <button type="button" className="danger" onClick={() => void erase()} aria-disabled={busy}>
          {t('erase.confirm')}
        </button>{' '}
        <button type="button" onClick={dismiss}>
          {t('erase.cancel')}
        </button>
      </p>
    </dialog>
  );
}

/** Takes the dialog out of the top layer, so the page behind it is no longer inert. */
function closeDialog(element: HTMLDialogElement) {
  if (typeof element.close === 'function') element.close();
  else element.removeAttribute('open');
}
