import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type * as Y from 'yjs';
import { newId } from '../../domain/id';
import { projectRound } from '../../domain/rating/project';
import type { PartRespondent } from '../../domain/rating/model';
import { sectionProgress } from '../../domain/round/progress';
import { useKeyedLiveQuery } from '../../storage/live';
import { roundDocData } from '../../storage/round-doc/data';
import { addRespondent, chooseAgreed, namePerson } from '../../storage/round-doc/edit';
import { useRoundDoc } from '../../storage/round-doc/live';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { formatClock, useFormat } from '../../ui/format';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { paths, roundPath, sharePath } from '../../ui/paths';
import { IndicatorAnswer } from './IndicatorAnswer';
import { saveBrowserUser, useBrowserUser, type Me } from './me';
import { forgetPrepared, preparedFor, readAnswerData } from './prepare';
import { PartRespondents } from './PartRespondents';
import { PartPresence } from './PartPresence';
import { useRaterChoice } from './rater';
import type { Rater } from './rater-model';
import { useSaveStatus } from './save-status';
import { useDocSave } from './useDocSave';

interface Props {
  roundId: string;
  sectionId: string;
}

/**
 * Answering one part (a flower, the grass or the soil): whoever rates in this tab gives each
 * indicator their answer, every change written to the round's document at once; when several
 * people rate the part, their ratings stand side by side with the agreed answer.
 */
export default function AnswerPage({ roundId, sectionId }: Props) {
  const { t } = useTranslation('rounds');
  const localized = useLocalized();
  const format = useFormat();
  // On a cold load the first reads were done before this render (prepare.ts): the questions show
  // at once. Kept for this page's life; the live reads below take over when they answer.
  const [prepared] = useState(() => preparedFor(roundId));
  const first = prepared?.roundId === roundId ? prepared : undefined;
  useEffect(() => {
    if (prepared) forgetPrepared(prepared);
  }, [prepared]);
  const data = useKeyedLiveQuery(() => readAnswerData(roundId), [roundId], first?.data);
  // Opened beside the round's read, not after it: a round that does not exist fails both, and
  // the page then says the part was not found.
  const docState = useRoundDoc(roundId, first?.doc);
  useEffect(() => useSaveStatus.getState().reset(), [roundId, sectionId]);
  const doc = docState.state === 'ready' ? docState.doc : undefined;
  const version = docState.state === 'ready' ? docState.version : 0;
  const questionnaire = data?.questionnaire;
  const projected = useMemo(
    () => (doc && questionnaire ? projectRound(questionnaire, roundDocData(doc)) : undefined),
    // version changes with every update of the same document
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, version, questionnaire],
  );
  const browserUser = useBrowserUser(first?.person);
  // In a copy handed out to someone, they are "me": the coordinator named them in the hand-out.
  const recipient = data?.round.assignment?.personId;
  const me: Me = useMemo(
    () =>
      recipient
        ? {
            personId: recipient,
            name: projected?.persons[recipient]?.name ?? '',
            role: projected?.persons[recipient]?.role ?? '',
          }
        : (browserUser ?? { personId: '', name: '', role: '' }),
    [recipient, projected, browserUser],
  );
  const chosen = useRaterChoice((state) => state.byPart[`${roundId}/${sectionId}`]);
  const choose = useRaterChoice((state) => state.choose);
  const save = useDocSave(roundId, doc);

  const part = projected?.parts[sectionId];
  const people: PartRespondent[] = useMemo(() => {
    const listed = part?.respondents ?? [];
    return listed.some((person) => person.id === me.personId)
      ? listed
      : [
          ...listed,
          { id: me.personId, ...(me.name ? { name: me.name } : {}), ...(me.role ? { role: me.role } : {}) },
        ];
  }, [part, me]);
  const raterId = chosen && people.some((person) => person.id === chosen) ? chosen : me.personId;
  const stored = projected?.persons[raterId];
  const raterName = stored?.name ?? (raterId === me.personId ? me.name : '');
  const raterRole = stored?.role ?? (raterId === me.personId ? me.role : '');

  const rater: Rater = useMemo(
    () => ({
      personId: raterId,
      name: raterName || t('ratings.who.unnamed'),
      join: (doc: Y.Doc) => {
        if (raterId === me.personId && me.name && !stored?.name) namePerson(doc, me.personId, me);
        addRespondent(doc, sectionId, raterId, new Date().toISOString());
      },
      choose: (doc, place, value, note) =>
        chooseAgreed(
          questionnaire!,
          doc,
          { ...place, personId: raterId },
          { value, note },
          new Date().toISOString(),
        ),
    }),
    [raterId, raterName, me, stored?.name, sectionId, questionnaire, t],
  );
  const onName = useCallback(
    (name: string, role: string) => {
      if (browserUser && raterId === browserUser.personId)
        void saveBrowserUser({ personId: browserUser.personId, name, role });
      return save((doc) => {
        namePerson(doc, raterId, { name, role });
        addRespondent(doc, sectionId, raterId, new Date().toISOString());
      });
    },
    [raterId, browserUser, save, sectionId],
  );
  const onAdd = useCallback(
    async (name: string, role: string) => {
      const personId = newId();
      const saved = await save((doc) => {
        namePerson(doc, personId, { name, role });
        addRespondent(doc, sectionId, personId, new Date().toISOString());
      });
      if (saved) choose(roundId, sectionId, personId);
      return saved;
    },
    [save, sectionId, choose, roundId],
  );

  if (
    data === undefined ||
    (data && questionnaire && docState.state === 'loading') ||
    (!recipient && browserUser === undefined)
  )
    return <p role="status">{t('app.loading')}</p>;
  const section = questionnaire?.sections.find((s) => s.id === sectionId);
  if (!data || !questionnaire || !section || docState.state === 'failed' || !projected || !part) {
    return (
      <Page title={t('notFound.title')}>
        <p>{t('answer.notFound')}</p>
        <Link href={data ? roundPath(roundId) : paths.rounds}>{t('round.back')}</Link>
      </Page>
    );
  }
  const { round } = data;
  // An assigned copy answers only the parts handed out to it.
  const notAssigned = !!round.assignment && !round.assignment.sectionIds.includes(sectionId);
  const readOnly = round.status === 'published' || notAssigned;
  const progress = sectionProgress(section, part.answers);
  return (
    <Page title={localized(section.title)} className="answer-page">
      <HelpLink section="answer" />
      <p className="context">
        {t('answer.context', { year: round.year, questionnaire: localized(questionnaire.title) })} ·{' '}
        <Link href={roundPath(round.id)}>{t('answer.back')}</Link>
      </p>
      {section.description && <Localized as="p" text={section.description} />}
      <p>
        <progress max={progress.total} value={progress.answered} aria-hidden="true" />{' '}
        {t('answer.progress', format.count(progress.total, { answered: format.number(progress.answered) }))}
      </p>
      {notAssigned ? (
        <p className="notice">{t('answer.notAssigned')}</p>
      ) : readOnly ? (
        <p className="notice">{t('answer.locked')}</p>
      ) : (
        <SaveLine />
      )}
      <PartPresence roundId={round.id} sectionId={sectionId} />
      <PartRespondents
        people={people}
        raterId={raterId}
        meId={me.personId}
        name={raterName}
        role={raterRole}
        defaultRole={localized(section.respondent.title)}
        readOnly={readOnly}
        onChoose={(personId) => choose(roundId, sectionId, personId)}
        onName={onName}
        onAdd={onAdd}
      />
      <ol className="indicator-answers">
        {section.indicators.map((indicator, i) => (
          <IndicatorAnswer
            key={`${raterId}/${indicator.id}`}
            sectionId={sectionId}
            number={i + 1}
            indicator={indicator}
            questionnaire={questionnaire}
            ratings={part.indicators[indicator.id]!}
            rater={rater}
            save={save}
            readOnly={readOnly}
          />
        ))}
      </ol>
      {round.assignment && !notAssigned && round.status !== 'published' ? (
        <p>
          <Link href={sharePath(round.id)} className="button">
            {t('answer.sendBack')}
          </Link>
        </p>
      ) : null}
      <p>
        <Link href={roundPath(round.id)}>{t('answer.back')}</Link>
      </p>
    </Page>
  );
}

/** "Sparat" once a change is in IndexedDB, "Sparar …" while it is on its way, or what went wrong. */
function SaveLine() {
  const { t, i18n } = useTranslation('rounds');
  const { inFlight, savedAt, failure } = useSaveStatus();
  let text: string = t('answer.idle');
  if (failure) text = t('answer.saveFailed', { reason: t(`storage.problem.${failure}`) });
  else if (inFlight > 0) text = t('answer.saving');
  else if (savedAt)
    text = t('answer.saved', {
      time: formatClock(savedAt, i18n.language),
    });
  return (
    <p className={failure ? 'save-line save-line--failed' : 'save-line'} role="status">
      {text}
    </p>
  );
}
