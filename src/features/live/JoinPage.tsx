import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { readInvitationToken } from '../../domain/live/link';
import { newId } from '../../domain/id';
import { ensureBrowserUser, nameBrowserUser, readSetting } from '../../storage/settings';
import { joinLiveRound, type JoinOutcome } from '../../storage/live/join';
import { useDescribeIssue } from '../../ui/IssueList';
import { Page } from '../../ui/Page';
import { roundPath } from '../../ui/paths';

/** Opening an invitation link: who joins, then the round arrives through the relay. */
export default function JoinPage({ token }: { token: string }) {
  const { t } = useTranslation('live');
  const read = readInvitationToken(token);
  return (
    <Page title={t('join.title')}>
      {read.ok ? <JoinForm token={token} /> : <p role="alert">{t(`join.problems.${read.problem}`)}</p>}
    </Page>
  );
}

function JoinForm({ token }: { token: string }) {
  const { t } = useTranslation('live');
  const describeIssue = useDescribeIssue();
  const [, navigate] = useLocation();
  const invitation = (
    readInvitationToken(token) as { ok: true; invitation: Parameters<typeof joinLiveRound>[0] }
  ).invitation;
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [joining, setJoining] = useState(false);
  const [problem, setProblem] = useState<Extract<JoinOutcome, { ok: false }> | 'name' | undefined>();
  const problemRef = useRef<HTMLDivElement>(null);
  const nameId = useId();
  const roleId = useId();

  useEffect(() => {
    let cancelled = false;
    void readSetting('person').then((person) => {
      if (cancelled || !person) return;
      setName((now) => now || person.name);
      setRole((now) => now || person.role);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  async function join(event: FormEvent) {
    event.preventDefault();
    if (joining) return;
    if (!name.trim()) {
      setProblem('name');
      return;
    }
    setProblem(undefined);
    setJoining(true);
    await ensureBrowserUser(newId);
    const person = await readSetting('person');
    await nameBrowserUser(person!.personId, name.trim(), role.trim());
    const outcome = await joinLiveRound(invitation);
    setJoining(false);
    // Replaces the link in the history: it holds the round's key.
    if (outcome.ok) navigate(roundPath(outcome.roundId), { replace: true });
    else setProblem(outcome);
  }

  return (
    <>
      <p>{t('join.lead', { relay: invitation.relay })}</p>
      <form onSubmit={join} noValidate>
        <p>
          <label htmlFor={nameId}>{t('join.name')}</label>
          <input
            id={nameId}
            value={name}
            autoComplete="name"
            aria-invalid={problem === 'name' || undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </p>
        <p>
          <label htmlFor={roleId}>{t('join.role')}</label>
          <input
            id={roleId}
            value={role}
            autoComplete="organization-title"
            onChange={(e) => setRole(e.target.value)}
          />
        </p>
        <p>
          {/* aria-disabled, not disabled: a disabled button drops the keyboard's focus to the page. */}
          <button type="submit" aria-disabled={joining || undefined}>
            {t('join.submit')}
          </button>
        </p>
      </form>
      {joining && <p role="status">{t('join.joining')}</p>}
      {problem && (
        <div role="alert" tabIndex={-1} ref={problemRef}>
          <p>
            {problem === 'name'
              ? t('join.nameMissing')
              : t(`join.problems.${problem.problem}`, { relay: invitation.relay })}
          </p>
          {problem !== 'name' && problem.issues && problem.issues.length > 0 && (
            <ul>
              {problem.issues.map((issue, i) => (
                <li key={i}>{describeIssue(issue)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
