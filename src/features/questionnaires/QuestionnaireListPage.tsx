import { Suspense, use, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LIMITS } from '../../domain/questionnaire/limits';
import { loadQuestionnaire } from '../../domain/questionnaire/load';
import type { Localized as LocalizedValue } from '../../domain/questionnaire/schema';
import type { ValidationIssue } from '../../domain/validation/issues';
import { BUNDLED_DIR, fetchCatalog } from '../../exchange/bundled-questionnaires';
import { classifyStorageError, type StorageProblem } from '../../storage/errors';
import {
  importQuestionnaire,
  useImportedQuestionnaires,
  type ImportRefusal,
} from '../../storage/questionnaires';
import { StorageBoundary } from '../../storage/StorageBoundary';
import { IssueList, useDescribeIssue } from '../../ui/IssueList';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { countOptions, formatDate, formatDay, formatNumber } from '../../ui/format';
import { questionnairePath } from '../../ui/paths';
import { StorageProblemNotice } from '../../ui/StorageProblem';

/**
 * The questionnaires: those that come with the app, those loaded from the user's own files, and
 * the control that loads one. A file is checked with the same schema as the bundled ones; a
 * broken file is shown as its list of errors and nothing of it is stored.
 */
export default function QuestionnaireListPage() {
  const { t } = useTranslation('questionnaires');
  return (
    <Page title={t('import.title')} className="questionnaire-list">
      <HelpLink section="questionnaires" />
      <p className="lead">{t('import.lead')}</p>
      <section aria-labelledby="bundled-questionnaires-heading">
        <h2 id="bundled-questionnaires-heading">{t('import.bundled.title')}</h2>
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <BundledQuestionnaires />
        </Suspense>
      </section>
      <section aria-labelledby="own-questionnaires-heading">
        <h2 id="own-questionnaires-heading">{t('import.own.title')}</h2>
        <p>{t('import.own.lead')}</p>
        <StorageBoundary fallback={(problem) => <StorageProblemNotice problem={problem} />}>
          <ImportedQuestionnaires />
        </StorageBoundary>
      </section>
      <ImportForm />
    </Page>
  );
}

function BundledQuestionnaires() {
  const { t, i18n } = useTranslation('questionnaires');
  const describeIssue = useDescribeIssue();
  const localized = useLocalized();
  const catalog = use(fetchCatalog());
  if (!catalog.ok) {
    // Not an IssueList: its heading id must stay unique for the import errors on this page.
    return (
      <div className="import-problem" role="alert">
        <p>{t('import.bundled.catalogError')}</p>
        <ul>
          {catalog.issues.map((issue, i) => (
            <li key={i}>{describeIssue(issue)}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (catalog.value.length === 0) return <p>{t('import.bundled.none')}</p>;
  return (
    <ul className="card-list">
      {catalog.value.map((entry) => (
        <li key={entry.file} className="card">
          <h3>
            <Localized text={entry.title} />
          </h3>
          <p>
            {t('import.version', { version: entry.version })} ·{' '}
            {t('import.published', { date: formatDate(entry.published, i18n.language) })}
          </p>
          <p>
            <Link href={questionnairePath(entry.id, entry.version)}>
              {t('import.open', { title: localized(entry.title), version: entry.version })}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}

function ImportedQuestionnaires() {
  const { t, i18n } = useTranslation('questionnaires');
  const localized = useLocalized();
  const imported = useImportedQuestionnaires();
  if (imported === undefined) return <p role="status">{t('app.loading')}</p>;
  if (imported.length === 0) return <p>{t('import.own.none')}</p>;
  return (
    <ul className="card-list">
      {imported.map((stored) => {
        const q = stored.questionnaire;
        return (
          <li key={stored.key} className="card">
            <h3>
              <Localized text={q.title} />
            </h3>
            <p>
              {t('import.version', { version: q.version })} ·{' '}
              {t('import.published', { date: formatDate(q.published, i18n.language) })}
            </p>
            <p className="import-source">
              {t('import.own.importedFrom', {
                file: stored.fileName ?? '',
                date: formatDay(stored.storedAt, i18n.language),
              })}
            </p>
            <p>
              <Link href={questionnairePath(q.id, q.version)}>
                {t('import.open', { title: localized(q.title), version: q.version })}
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** What the last attempt to load a file came to; shown until the next file is chosen. */
type Attempt =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'imported' | 'already-there'; file: string; title: LocalizedValue; version: string }
  | { kind: 'refused'; file: string; reason: ImportRefusal; id: string; version: string }
  | { kind: 'too-large'; file: string; bytes: number }
  | { kind: 'unreadable'; file: string }
  | { kind: 'invalid'; file: string; issues: ValidationIssue[] }
  | { kind: 'storage'; file: string; problem: StorageProblem };

/** Reads, checks and stores one chosen file; every outcome is a value, never a thrown error. */
async function attemptImport(file: File, onReading: () => void): Promise<Attempt> {
  const name = file.name;
  // Refused before reading: a huge file must not be pulled into memory at all.
  if (file.size > LIMITS.fileBytes) return { kind: 'too-large', file: name, bytes: file.size };
  onReading();
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'unreadable', file: name };
  }
  const loaded = loadQuestionnaire(text);
  if (!loaded.ok) return { kind: 'invalid', file: name, issues: loaded.issues };
  const questionnaire = loaded.value;
  const catalog = await fetchCatalog();
  const bundled = catalog.ok ? catalog.value.map(({ id, version }) => ({ id, version })) : [];
  try {
    const result = await importQuestionnaire(questionnaire, name, bundled);
    if (result.outcome === 'refused') {
      const { id, version } = questionnaire;
      return { kind: 'refused', file: name, reason: result.reason, id, version };
    }
    return { kind: result.outcome, file: name, title: questionnaire.title, version: questionnaire.version };
  } catch (error) {
    return { kind: 'storage', file: name, problem: classifyStorageError(error) };
  }
}

/** A size in megabytes, rounded up to one decimal so an oversized file never reads as the limit. */
function megabytes(bytes: number, language: string): string {
  return formatNumber(Math.ceil(bytes / 100_000) / 10, language, { maximumFractionDigits: 1 });
}

function ImportForm() {
  const { t, i18n } = useTranslation('questionnaires');
  const localized = useLocalized();
  const [attempt, setAttempt] = useState<Attempt>({ kind: 'idle' });
  // Only the latest choice may show its outcome, should an earlier one finish after it.
  const latest = useRef(0);
  const size = (bytes: number) => t('import.megabytes', { size: megabytes(bytes, i18n.language) });

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const current = ++latest.current;
    const show = (next: Attempt) => {
      if (current === latest.current) setAttempt(next);
    };
    try {
      show(await attemptImport(file, () => show({ kind: 'reading', file: file.name })));
    } finally {
      // Choosing the same file again (after correcting it) must fire a new change event.
      input.value = '';
    }
  };

  let status = '';
  if (attempt.kind === 'reading') status = t('import.form.reading', { file: attempt.file });
  if (attempt.kind === 'imported' || attempt.kind === 'already-there') {
    const key = attempt.kind === 'imported' ? 'imported' : 'alreadyThere';
    status = t(`import.outcome.${key}`, {
      title: localized(attempt.title),
      version: attempt.version,
    });
  }

  let problem = '';
  switch (attempt.kind) {
    case 'refused':
      problem = t(`import.outcome.refused.${attempt.reason}`, {
        file: attempt.file,
        id: attempt.id,
        version: attempt.version,
      });
      break;
    case 'too-large':
      problem = t('import.outcome.tooLarge', {
        file: attempt.file,
        size: size(attempt.bytes),
        max: size(LIMITS.fileBytes),
      });
      break;
    case 'unreadable':
      problem = t('import.outcome.unreadable', { file: attempt.file });
      break;
    case 'storage':
      problem = `${t('import.outcome.storageFailed', { file: attempt.file })} ${t(`storage.problem.${attempt.problem}`)}`;
      break;
  }

  return (
    <section aria-labelledby="import-heading" className="import">
      <h2 id="import-heading">{t('import.form.title')}</h2>
      <p>{t('import.form.lead')}</p>
      <p>
        {t('import.form.schemaBefore')}
        <a href={`${BUNDLED_DIR}schema.json`}>{t('import.form.schemaLink')}</a>
        {t('import.form.schemaAfter')}
      </p>
      <div className="import__field">
        <label htmlFor="questionnaire-file">{t('import.form.fileLabel')}</label>
        <p className="import__hint" id="questionnaire-file-hint">
          {t('import.form.fileHint', { max: size(LIMITS.fileBytes) })}
        </p>
        <input
          id="questionnaire-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="questionnaire-file-hint"
          onChange={(event) => void onChange(event)}
        />
      </div>
      {/* Always present, so screen readers announce the message that appears in it. */}
      <div role="status" className={status ? 'import-outcome' : undefined}>
        {status && <p>{status}</p>}
      </div>
      {problem && (
        <p role="alert" className="import-problem">
          {problem}
        </p>
      )}
      {attempt.kind === 'invalid' && (
        <IssueList
          heading={t('import.outcome.errorsHeading', { file: attempt.file })}
          lead={t('import.outcome.errorsLead', countOptions(attempt.issues.length, i18n.language))}
          issues={attempt.issues}
        />
      )}
    </section>
  );
}
