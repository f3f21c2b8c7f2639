import { use, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { version as appVersion } from '../../../package.json';
import type { DatasetFilter } from '../../domain/exchange/dataset-build';
import { localDate } from '../../domain/time';
import { loadRegister } from '../../exchange/municipalities';
import { exportDataset, useDatasetOptions } from '../../storage/dataset-export';
import { classifyStorageError } from '../../storage/errors';
import { downloadFile, safeFileName } from '../../ui/download';
import { useFormat } from '../../ui/format';
import { useLocalized } from '../../ui/LocalizedText';
import { distinct, registerEntries } from './register';

/**
 * "Exportera jämförelseunderlag": the municipality's published rounds and the other
 * municipalities' rounds held here, chosen by year, county, SKR group and questionnaire version,
 * as one `eblomladan.dataset/1` file for a region or SKR to collect and hand back. The choices
 * offered are those of the rounds held.
 */
export function ExportDataset({ code }: { code: string | null }) {
  const { t } = useTranslation('peers');
  const localized = useLocalized();
  const format = useFormat();
  const register = use(loadRegister());
  const entries = useMemo(() => registerEntries(register), [register]);
  const options = useDatasetOptions(code);
  const id = useId();
  // Years left out, so a year that arrives later is in until it is unticked.
  const [leftOut, setLeftOut] = useState<ReadonlySet<number>>(new Set());
  const [county, setCounty] = useState('');
  const [group, setGroup] = useState('');
  const [questionnaire, setQuestionnaire] = useState('');
  const [noYear, setNoYear] = useState(false);
  const [message, setMessage] = useState('');
  const codes = useMemo(() => new Set(options?.organisationCodes), [options]);
  if (options === undefined) return <p role="status">{t('app.loading')}</p>;
  if (options.rounds === 0) return null;
  const years = options.years.filter((year) => !leftOut.has(year));

  const save = async () => {
    setNoYear(years.length === 0);
    if (years.length === 0) return;
    setMessage('');
    const filter: DatasetFilter = {
      years,
      ...(county ? { counties: [county] } : {}),
      ...(group ? { groups: [group] } : {}),
      ...(questionnaire ? { questionnaires: [questionnaire] } : {}),
    };
    try {
      const file = await exportDataset(code, filter, entries, appVersion);
      if (file.rounds.length === 0) {
        setMessage(t('exportDataset.none'));
        return;
      }
      const name = `${safeFileName('eblomladan', t('exportDataset.fileName'), county, group, questionnaire, localDate(file.createdAt))}.json`;
      // Compact: a dataset of the whole country is megabytes, and nobody reads it by eye.
      downloadFile(new Blob([JSON.stringify(file)], { type: 'application/json' }), name);
      const saved = t('exportDataset.saved', format.count(file.rounds.length, { name }));
      setMessage(file.synthetic ? `${saved} ${t('exportDataset.synthetic')}` : saved);
    } catch (error) {
      setMessage(t('exportDataset.failed', { reason: t(`storage.problem.${classifyStorageError(error)}`) }));
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="peers-export">
      <h2 id={`${id}-heading`}>{t('exportDataset.title')}</h2>
      <p>{t('exportDataset.lead')}</p>
      <fieldset className="field" aria-describedby={noYear ? `${id}-no-year` : undefined}>
        <legend>{t('exportDataset.years')}</legend>
        {options.years.map((year) => (
          <div className="choice" key={year}>
            <input
              type="checkbox"
              id={`${id}-year-${year}`}
              checked={!leftOut.has(year)}
              onChange={(event) => {
                const next = new Set(leftOut);
                if (event.target.checked) next.delete(year);
                else next.add(year);
                setLeftOut(next);
              }}
            />
            <label htmlFor={`${id}-year-${year}`}>{year}</label>
          </div>
        ))}
        {noYear && (
          <p className="field-error" id={`${id}-no-year`} role="alert">
            {t('exportDataset.noYear')}
          </p>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-county`}>{t('county')}</label>
        <select id={`${id}-county`} value={county} onChange={(e) => setCounty(e.target.value)}>
          <option value="">{t('allCounties')}</option>
          {distinct(register, 'county', codes).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t('group')}</label>
        <select id={`${id}-group`} value={group} onChange={(e) => setGroup(e.target.value)}>
          <option value="">{t('allGroups')}</option>
          {distinct(register, 'group', codes).map((g) => (
            <option key={g.code} value={g.code}>
              {g.code} {g.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-questionnaire`}>{t('exportDataset.questionnaire')}</label>
        <select
          id={`${id}-questionnaire`}
          value={questionnaire}
          onChange={(e) => setQuestionnaire(e.target.value)}
        >
          <option value="">{t('exportDataset.allQuestionnaires')}</option>
          {options.questionnaires.map((q) => (
            <option key={q.version} value={q.version}>
              {t('exportDataset.questionnaireOption', {
                questionnaire: localized(q.questionnaire.title),
                version: q.questionnaire.version,
              })}
            </option>
          ))}
        </select>
      </div>
      <p className="hint">{t('exportDataset.valuesOnly')}</p>
      <button type="button" onClick={() => void save()}>
        {t('exportDataset.button')}
      </button>
      <p role="status">{message}</p>
    </section>
  );
}
