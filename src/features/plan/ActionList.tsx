import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type Action, type ActionStatus } from '../../domain/plan/model';
import {
  ACTION_SORTS,
  owners,
  questionnaireTags,
  selectActions,
  type ActionSort,
} from '../../domain/plan/list';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { PartResponse } from '../../domain/round/model';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { formatDate, useFormat } from '../../ui/format';
import { localeOf } from '../../i18n/languages';
import { usePlanTexts } from './texts';
import { TableScroll } from '../../ui/TableScroll';

interface Props {
  questionnaire: Questionnaire;
  answers: Record<string, PartResponse['answers']>;
  actions: Action[];
  editable: boolean;
  onEdit: (action: Action) => void;
  onDelete: (action: Action) => void;
}

const ALL = '*';

/** The plan's actions, filtered by part, tag, owner and status and sorted as chosen. */
export function ActionList({ questionnaire, answers, actions, editable, onEdit, onDelete }: Props) {
  const { t, i18n } = useTranslation('plan');
  const localized = useLocalized();
  const format = useFormat();
  const texts = usePlanTexts(questionnaire);
  const [part, setPart] = useState(ALL);
  const [tag, setTag] = useState(ALL);
  const [owner, setOwner] = useState(ALL);
  const [status, setStatus] = useState(ALL);
  const [sort, setSort] = useState<ActionSort>('due');
  // Owners sort as the interface language sorts names.
  const locale = localeOf(i18n.language);
  const tags = questionnaireTags(questionnaire);
  const named = owners(actions, locale);
  const hasUnowned = actions.some((a) => a.owner === '');
  const shown = selectActions(
    actions,
    questionnaire,
    {
      ...(part !== ALL ? { sectionId: part } : {}),
      ...(tag !== ALL ? { tag } : {}),
      ...(owner !== ALL ? { owner } : {}),
      ...(status !== ALL ? { status: status as ActionStatus } : {}),
    },
    sort,
    locale,
  );

  if (actions.length === 0) return <p>{t('list.empty')}</p>;

  const filter = (
    name: string,
    label: string,
    value: string,
    set: (v: string) => void,
    options: [string, string][],
  ) => (
    <div className="field">
      <label htmlFor={`plan-filter-${name}`}>{label}</label>
      <select id={`plan-filter-${name}`} value={value} onChange={(e) => set(e.target.value)}>
        <option value={ALL}>{t('list.all')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <fieldset className="plan-filters">
        <legend>{t('list.filters')}</legend>
        {filter(
          'part',
          t('list.filterPart'),
          part,
          setPart,
          questionnaire.sections.map((s) => [s.id, localized(s.title)]),
        )}
        {tags.length > 0 &&
          filter(
            'tag',
            t('list.filterTag'),
            tag,
            setTag,
            tags.map((x) => [x, x]),
          )}
        {filter('owner', t('list.filterOwner'), owner, setOwner, [
          ...named.map((o): [string, string] => [o, o]),
          ...(hasUnowned ? [['', t('list.noOwner')] as [string, string]] : []),
        ])}
        {filter(
          'status',
          t('list.filterStatus'),
          status,
          setStatus,
          ACTION_STATUSES.map((s) => [s, t(`status.${s}`)]),
        )}
        <div className="field">
          <label htmlFor="plan-sort">{t('list.sort')}</label>
          <select id="plan-sort" value={sort} onChange={(e) => setSort(e.target.value as ActionSort)}>
            {ACTION_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`list.sortBy.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <p role="status">
        {t('list.count', format.count(actions.length, { shown: format.number(shown.length) }))}
      </p>
      {shown.length === 0 ? (
        <p>{t('list.noMatch')}</p>
      ) : (
        <TableScroll label={t('list.caption')}>
          <table className="action-table">
            <caption>{t('list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.activity')}</th>
                <th scope="col">{t('list.indicator')}</th>
                <th scope="col">{t('list.current')}</th>
                <th scope="col">{t('list.target')}</th>
                <th scope="col">{t('list.owner')}</th>
                <th scope="col">{t('list.due')}</th>
                <th scope="col">{t('list.priority')}</th>
                <th scope="col">{t('list.status')}</th>
                {editable && <th scope="col">{t('list.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {shown.map((action) => {
                const found = texts.indicator(action.indicatorId);
                return (
                  <tr key={action.id}>
                    <th scope="row" className="action-table__activity">
                      {action.activity}
                    </th>
                    <td>
                      {found ? (
                        <>
                          <Localized text={found.section.title} />: <Localized text={found.indicator.text} />
                        </>
                      ) : (
                        action.indicatorId
                      )}
                    </td>
                    <td className="nowrap">
                      {texts.answer(answers[action.sectionId]?.[action.indicatorId])}
                    </td>
                    <td className="nowrap">{texts.value(action.target)}</td>
                    <td>{action.owner || t('list.none')}</td>
                    <td>{action.due ? formatDate(action.due, i18n.language) : t('list.none')}</td>
                    <td className="nowrap">{t(`priority.${action.priority}`)}</td>
                    <td className="nowrap">{t(`status.${action.status}`)}</td>
                    {editable && (
                      <td className="action-table__buttons">
                        <button
                          type="button"
                          aria-label={t('list.editLabel', { activity: action.activity })}
                          onClick={() => onEdit(action)}
                        >
                          {t('list.edit')}
                        </button>{' '}
                        <button
                          type="button"
                          aria-label={t('list.deleteLabel', { activity: action.activity })}
                          onClick={() => onDelete(action)}
                        >
                          {t('list.delete')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
