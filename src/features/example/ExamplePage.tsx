import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildExample } from '../../domain/example/example';
import { allBundled } from '../../exchange/bundled-questionnaires';
import { classifyStorageError } from '../../storage/errors';
import { isExampleShown, loadExample, removeExample } from '../../storage/example';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { paths } from '../../ui/paths';
import { restartAt } from './restart';

type State = { kind: 'idle' | 'working' } | { kind: 'failed'; message: string };

/**
 * "Visa exempel": what the example holds, that it is kept apart from the user's own data, and the
 * one button that shows it (or, while it is shown, removes it).
 */
export default function ExamplePage() {
  const { t } = useTranslation('example');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const shown = isExampleShown();
  const id = useId();

  async function show() {
    if (state.kind === 'working') return;
    setState({ kind: 'working' });
    try {
      const bundled = await allBundled();
      const older = bundled.find((q) => q.id === 'eblomladan' && q.version === '2014');
      const newer = bundled.find((q) => q.id === 'eblomladan' && q.version === '2016');
      if (!older || !newer) {
        setState({ kind: 'failed', message: t('noQuestionnaires') });
        return;
      }
      await loadExample(buildExample(older, newer), new Date().toISOString());
      restartAt(paths.rounds);
    } catch (error) {
      setState({
        kind: 'failed',
        message: t('failed', { reason: t(`storage.problem.${classifyStorageError(error)}`) }),
      });
    }
  }

  async function remove() {
    if (state.kind === 'working') return;
    setState({ kind: 'working' });
    try {
      await removeExample();
      restartAt(paths.start);
    } catch {
      setState({ kind: 'failed', message: t('removeFailed') });
    }
  }

  return (
    <Page title={t('title')}>
      <HelpLink section="process" />
      <p className="lead">{t('lead')}</p>
      <h2>{t('contentsTitle')}</h2>
      <ul>
        <li>{t('rounds')}</li>
        <li>{t('answers')}</li>
        <li>{t('plan')}</li>
        <li>{t('peers')}</li>
      </ul>
      <h2 id={`${id}-apart`}>{t('apartTitle')}</h2>
      <p>{t('apart')}</p>
      {shown && <p className="notice">{t('shown')}</p>}
      <p>
        <button
          type="button"
          onClick={() => void (shown ? remove() : show())}
          aria-disabled={state.kind === 'working'}
        >
          {shown ? t('remove') : t('show')}
        </button>
      </p>
      <p role="status">{state.kind === 'working' && (shown ? t('removing') : t('creating'))}</p>
      {state.kind === 'failed' && (
        <div className="issues" role="alert">
          <p>{state.message}</p>
        </div>
      )}
    </Page>
  );
}
