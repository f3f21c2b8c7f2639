import { Suspense, use, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { searchMunicipalities } from '../../domain/organisations';
import { loadRegister } from '../../exchange/municipalities';
import { classifyStorageError, type StorageProblem } from '../../storage/errors';
import { useOrganisationCode } from '../../storage/live';
import { saveOrganisation } from '../../storage/settings';
import { useFormat } from '../../ui/format';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { paths } from '../../ui/paths';

/** At most this many results are listed; the rest are counted, and typing more narrows them. */
const MAX_RESULTS = 30;

/** The storage problems a save of the setting can meet; anything else is "unknown". */
const SAVE_PROBLEMS = ['unavailable', 'quota', 'blocked', 'version-change', 'newer-database'] as const;
type SaveProblem = (typeof SAVE_PROBLEMS)[number] | 'unknown';

const toSaveProblem = (problem: StorageProblem): SaveProblem =>
  (SAVE_PROBLEMS as readonly string[]).includes(problem) ? (problem as SaveProblem) : 'unknown';

/** First run (and later changes): the user picks their municipality from the register of all 290. */
export default function ChooseOrganisationPage() {
  const { t } = useTranslation('organisation');
  return (
    <Page title={t('title')}>
      <HelpLink section="start" />
      <p className="lead">{t('lead')}</p>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <Chooser />
      </Suspense>
    </Page>
  );
}

function Chooser() {
  const { t } = useTranslation('organisation');
  const format = useFormat();
  const register = use(loadRegister());
  const all = register.municipalities;
  const chosenCode = useOrganisationCode();
  const chosen = chosenCode ? all.find((m) => m.code === chosenCode) : undefined;
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<SaveProblem>();
  const saving = useRef(false);
  const [, navigate] = useLocation();
  const id = useId();

  const matches = useMemo(() => searchMunicipalities(all, query), [all, query]);
  const shown = matches.slice(0, MAX_RESULTS);

  async function choose(code: string) {
    if (saving.current) return;
    saving.current = true;
    setProblem(undefined);
    try {
      await saveOrganisation(code);
      navigate(paths.rounds);
    } catch (error) {
      setProblem(toSaveProblem(classifyStorageError(error)));
    } finally {
      saving.current = false;
    }
  }

  return (
    <>
      {chosen && (
        <p className="notice">
          <strong>{t('current', { name: chosen.name })}</strong>
        </p>
      )}
      {problem && (
        <div className="issues" role="alert">
          <p>{t(`saveError.${problem}`)}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('searchLabel')}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('searchHint', { total: format.number(all.length) })}
        </p>
        <input
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <p role="status" aria-live="polite" className="match-count">
        {matches.length === 0
          ? t('noMatches', { query: query.trim() })
          : t('matches', format.count(matches.length))}
      </p>
      {shown.length > 0 && (
        <ul className="municipality-list" aria-label={t('results')}>
          {shown.map((m) => (
            <li key={m.code} className="municipality">
              <button type="button" aria-describedby={`${id}-${m.code}`} onClick={() => void choose(m.code)}>
                {t('choose', { name: m.name })}
              </button>{' '}
              <span id={`${id}-${m.code}`} className="municipality__details">
                {t('details', { code: m.code, county: m.county.name })}
                {m.code === chosenCode && ` · ${t('chosenNow')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {matches.length > shown.length && (
        <p>{t('truncated', format.count(matches.length, { shown: format.number(shown.length) }))}</p>
      )}
      <p className="hint">{t('source')}</p>
    </>
  );
}
