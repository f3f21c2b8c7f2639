import './plan.css';
import { use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Action } from '../../domain/plan/model';
import {
  defaultTarget,
  followUp,
  needsAction,
  type FollowUp as FollowUpItem,
} from '../../domain/plan/target';
import { scoreIndicator } from '../../domain/score/scoring';
import { allBundled } from '../../exchange/bundled-questionnaires';
import { addAction, deleteAction, restoreAction } from '../../storage/actions';
import { classifyStorageError } from '../../storage/errors';
import { usePlanData, type PlanData } from '../../storage/live-plan';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { HelpLink } from '../../ui/HelpLink';
import { RoundGate } from '../../ui/RoundGate';
import { Page } from '../../ui/Page';
import { reportPath, roundPath } from '../../ui/paths';
import { roundName, useFormat } from '../../ui/format';
import { useFocusAfter } from '../../ui/useFocusAfter';
import { ActionForm, indicatorKey } from './ActionForm';
import { ActionList } from './ActionList';
import { FollowUp } from './FollowUp';

/** The action plan of a round: indicators to act on, adding and changing actions, and the follow-up of the previous round's plan. */
export default function PlanPage({ roundId }: { roundId: string }) {
  const { t } = useTranslation('plan');
  const data = usePlanData(roundId);
  return (
    <RoundGate data={data} notFound={t('notFound')}>
      {(found) => <Plan data={found} />}
    </RoundGate>
  );
}

function Plan({ data }: { data: PlanData }) {
  const { t } = useTranslation('plan');
  const localized = useLocalized();
  const format = useFormat();
  const { round, questionnaire, answers, actions } = data.current;
  const known = [...data.stored, ...use(allBundled())];
  const [editing, setEditing] = useState<Action>();
  const [preset, setPreset] = useState<{ key: string; nonce: number }>();
  const [message, setMessage] = useState('');
  const [deleted, setDeleted] = useState<Action>();
  // Adding, saving, deleting, undoing and carrying over all remove or replace the pressed button:
  // focus goes to the message that says what happened (with Ångra after a deletion).
  const [statusRef, focusStatus] = useFocusAfter<HTMLDivElement>();
  const [formHeading, focusFormHeading] = useFocusAfter<HTMLHeadingElement>();
  const say = (text: string) => {
    setMessage(text);
    focusStatus();
  };
  const editable = !round.assignment;

  const planned = new Set(actions.map((a) => indicatorKey(a.sectionId, a.indicatorId)));
  const offered = questionnaire.sections.flatMap((section) =>
    section.indicators
      .filter((i) => needsAction(scoreIndicator(questionnaire.scale, i.id, answers[section.id]?.[i.id])))
      .filter((i) => !planned.has(indicatorKey(section.id, i.id)))
      .map((indicator) => ({ section, indicator })),
  );

  const previous = data.previous;
  const items = previous ? followUp(previous.actions, previous, data.current, known) : [];
  const carried = (item: FollowUpItem) =>
    actions.some((a) => a.indicatorId === item.laterId && a.activity === item.action.activity);
  const carry = async (item: FollowUpItem) => {
    if (!item.laterId || !item.laterSectionId) return;
    try {
      await addAction(round.id, {
        sectionId: item.laterSectionId,
        indicatorId: item.laterId,
        target: defaultTarget(questionnaire.scale, answers[item.laterSectionId]?.[item.laterId]),
        activity: item.action.activity,
        owner: item.action.owner,
        priority: item.action.priority,
        status: item.action.status === 'in-progress' ? 'in-progress' : 'planned',
      });
      say(t('followUp.carried'));
    } catch (error) {
      say(t(`storage.problem.${classifyStorageError(error)}`));
    }
  };

  const edit = (action: Action) => {
    setEditing(action);
    setDeleted(undefined);
    formHeading.current?.scrollIntoView?.({ block: 'start' });
  };
  const remove = async (action: Action) => {
    if (editing?.id === action.id) setEditing(undefined);
    try {
      await deleteAction(action.id);
      setDeleted(action);
      say(t('list.deleted', { activity: action.activity }));
    } catch (error) {
      say(t(`storage.problem.${classifyStorageError(error)}`));
    }
  };
  const undo = async () => {
    if (!deleted) return;
    try {
      await restoreAction(deleted);
      setDeleted(undefined);
      say(t('list.restored'));
    } catch (error) {
      say(t(`storage.problem.${classifyStorageError(error)}`));
    }
  };

  return (
    <Page title={t('title', { round: roundName(round) })} className="plan-page">
      <HelpLink section="plan" />
      <p>
        <Link href={roundPath(round.id)}>{t('back')}</Link> ·{' '}
        <Link href={reportPath(round.id)}>{t('toReport')}</Link>
      </p>
      <p>{t('lead')}</p>
      {round.status === 'published' && editable && <p className="notice">{t('published')}</p>}
      {!editable && <p className="notice">{t('assigned')}</p>}

      <div role="status" className="plan-status" ref={statusRef} tabIndex={-1}>
        {message}
        {deleted && (
          <>
            {' '}
            <button type="button" onClick={undo}>
              {t('list.undo')}
            </button>
          </>
        )}
      </div>

      {previous && (
        <section aria-labelledby="follow-up-title">
          <h2 id="follow-up-title">{t('followUp.title', { round: roundName(previous.round) })}</h2>
          <p>{t('followUp.lead')}</p>
          {items.length === 0 ? (
            <p>{t('followUp.none', { round: roundName(previous.round) })}</p>
          ) : (
            <FollowUp
              items={items}
              roundName={roundName(previous.round)}
              earlier={previous.questionnaire}
              later={questionnaire}
              carried={carried}
              {...(editable ? { onCarry: (item: FollowUpItem) => void carry(item) } : {})}
            />
          )}
        </section>
      )}

      {editable && (
        <section aria-labelledby="offered-title">
          <h2 id="offered-title">{t('offered.title')}</h2>
          {offered.length === 0 ? (
            <p>{t('offered.none')}</p>
          ) : (
            <>
              <p>{t('offered.lead', format.count(offered.length))}</p>
              <ul className="offered-list">
                {offered.map(({ section, indicator }) => (
                  <li key={indicator.id}>
                    <span>
                      <Localized text={section.title} />: <Localized text={indicator.text} />
                    </span>{' '}
                    <button
                      type="button"
                      aria-label={t('offered.planFor', { indicator: localized(indicator.text) })}
                      onClick={() => {
                        setEditing(undefined);
                        setPreset({ key: indicatorKey(section.id, indicator.id), nonce: Date.now() });
                      }}
                    >
                      {t('offered.plan')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {editable && (
        <section aria-labelledby="action-form-title">
          <h2 id="action-form-title" ref={formHeading} tabIndex={-1}>
            {editing ? t('form.editTitle') : t('form.addTitle')}
          </h2>
          <ActionForm
            key={editing ? `edit-${editing.id}` : `add-${preset?.nonce ?? 0}`}
            questionnaire={questionnaire}
            answers={answers}
            roundId={round.id}
            {...(editing ? { editing } : {})}
            {...(preset && !editing ? { preset: preset.key } : {})}
            onDone={(text) => {
              setEditing(undefined);
              setPreset(undefined);
              setDeleted(undefined);
              say(text);
            }}
            onCancel={() => {
              setEditing(undefined);
              focusFormHeading();
            }}
          />
        </section>
      )}

      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{t('list.title')}</h2>
        <ActionList
          questionnaire={questionnaire}
          answers={answers}
          actions={actions}
          editable={editable}
          onEdit={edit}
          onDelete={(action) => void remove(action)}
        />
      </section>
    </Page>
  );
}
