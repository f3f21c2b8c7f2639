import { use, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { CATALOG_FILE, openBundled } from '../../exchange/bundled-questionnaires';
import { useKeyedLiveQuery } from '../../storage/live';
import { findImported } from '../../storage/questionnaires';
import { IssueList } from '../../ui/IssueList';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { formatDate, useFormat } from '../../ui/format';
import { paths } from '../../ui/paths';
import { PartList } from './PartList';
import { ScaleTable } from './ScaleTable';
import { SupersedesSummary } from './SupersedesSummary';

interface Props {
  id: string;
  version: string;
}

/**
 * Read-only view of one questionnaire: its scale, parts, indicators and help texts. A version
 * that comes with the app is looked up first; otherwise one the user loaded from a file.
 */
export default function QuestionnairePage({ id, version }: Props) {
  const { t } = useTranslation('questionnaires');
  const format = useFormat();
  const opened = use(openBundled(id, version));
  const back = (
    <p>
      <Link href={paths.start}>{t('app.backToStart')}</Link>
    </p>
  );
  switch (opened.kind) {
    case 'not-found':
      return (
        <ImportedQuestionnaire id={id} version={version}>
          <Page title={t('notFound.title')}>
            <p>{t('notFound', { id, version })}</p>
            {back}
          </Page>
        </ImportedQuestionnaire>
      );
    case 'invalid': {
      const error = (
        <Page title={t('loadError', { file: opened.file })}>
          <IssueList
            heading={t('errorsTitle', format.count(opened.issues.length))}
            lead={t('loadErrorLead')}
            issues={opened.issues}
          />
          {back}
        </Page>
      );
      // Without the index the bundled versions are unknown, but the user's own files can still be read.
      if (opened.file !== CATALOG_FILE) return error;
      return (
        <ImportedQuestionnaire id={id} version={version}>
          {error}
        </ImportedQuestionnaire>
      );
    }
    case 'invalid-map':
      return (
        <Page title={t('mapError', { file: opened.file, version: opened.previousVersion })}>
          <IssueList
            heading={t('errorsTitle', format.count(opened.issues.length))}
            lead={t('loadErrorLead')}
            issues={opened.issues}
          />
          {back}
        </Page>
      );
    case 'ok':
      return <QuestionnaireView questionnaire={opened.questionnaire} previous={opened.previous} />;
  }
}

/**
 * A questionnaire loaded from the user's own file, read live from the database; `children` is
 * shown when there is none with this id and version.
 */
function ImportedQuestionnaire({ id, version, children }: Props & { children: ReactNode }) {
  const { t } = useTranslation('questionnaires');
  // null: looked up and not there; undefined: still looking.
  const stored = useKeyedLiveQuery(async () => (await findImported(id, version)) ?? null, [id, version]);
  if (stored === undefined) return <p role="status">{t('app.loading')}</p>;
  if (stored === null) return children;
  return <QuestionnaireView questionnaire={stored.questionnaire} importedFrom={stored.fileName ?? ''} />;
}

function QuestionnaireView({
  questionnaire: q,
  previous,
  importedFrom,
}: {
  questionnaire: Questionnaire;
  previous?: Questionnaire;
  /** For a questionnaire loaded from the user's own file: that file's name. */
  importedFrom?: string;
}) {
  const { t, i18n } = useTranslation('questionnaires');
  const localized = useLocalized();
  const format = useFormat();
  const indicatorCount = q.sections.reduce((sum, s) => sum + s.indicators.length, 0);
  return (
    <Page title={localized(q.title)} className="questionnaire">
      <HelpLink section="questionnaires" />
      <dl className="facts">
        <div>
          <dt>{t('version')}</dt>
          <dd>{q.version}</dd>
        </div>
        <div>
          <dt>{t('published')}</dt>
          <dd>{formatDate(q.published, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('partsTitle')}</dt>
          <dd>
            {format.number(q.sections.length)} · {t('indicatorCount', format.count(indicatorCount))}
          </dd>
        </div>
      </dl>
      {importedFrom !== undefined && (
        <p className="import-source">{t('import.own.importedFromFile', { file: importedFrom })}</p>
      )}
      {q.description && <Localized as="p" className="lead" text={q.description} />}
      {q.supersedes && <SupersedesSummary questionnaire={q} previous={previous} />}
      <ScaleTable scale={q.scale} />
      <PartList questionnaire={q} previous={previous} />
      <p>
        {importedFrom !== undefined ? (
          <Link href={paths.questionnaires}>{t('import.backToList')}</Link>
        ) : (
          <Link href={paths.start}>{t('app.backToStart')}</Link>
        )}
      </p>
    </Page>
  );
}
