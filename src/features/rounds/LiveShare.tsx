import { useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Round } from '../../domain/round/model';
import {
  forgetShare,
  invitationLink,
  shareRound,
  useRelayAddress,
  useShare,
  type LiveShare as Share,
} from '../../storage/live/shares';
import { liveSession, useLiveRound } from '../../storage/live/store';
import { HelpLink } from '../../ui/HelpLink';
import { LivePeople } from '../../ui/LivePeople';
import { useLocalized } from '../../ui/LocalizedText';
import { paths } from '../../ui/paths';

/**
 * "Dela live" on a draft round's overview: the coordinator shares the round through the relay
 * and sends the invitation link, sees who is connected and where, and can stop sharing. A
 * member who joined by link sees who is connected.
 */
export function LiveShare({ round, questionnaire }: { round: Round; questionnaire: Questionnaire }) {
  const { t } = useTranslation('live');
  const share = useShare(round.id);
  const relay = useRelayAddress();
  const id = useId();
  const [said, setSaid] = useState<string | undefined>();
  const saidRef = useRef<HTMLParagraphElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const coordinator = !round.assignment;
  if (share === undefined || relay === undefined) return null;
  if (!share && !coordinator) return null;

  const say = (text: string, focus: 'message' | 'link' = 'message') => {
    setSaid(text);
    requestAnimationFrame(() => (focus === 'link' ? linkRef.current : saidRef.current)?.focus());
  };

  async function start() {
    if (!relay) return;
    await shareRound(round.id, relay);
    setSaid(undefined);
    requestAnimationFrame(() => linkRef.current?.focus());
  }

  async function stop(current: Share) {
    const session = liveSession(round.id);
    let told = false;
    if (session) {
      const handle = await session;
      told = await handle.end('closed').then(
        () => true,
        () => false,
      );
    }
    await forgetShare(current.roundId);
    say(told ? t('share.stopped') : t('share.stoppedOffline'));
  }

  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('share.title')}</h2>
      <HelpLink section="live" />
      {!share ? (
        relay ? (
          <>
            <p>{t('share.lead')}</p>
            <p>
              <button type="button" onClick={() => void start()}>
                {t('share.start')}
              </button>
            </p>
          </>
        ) : (
          <p>
            {t('share.needRelay')} <Link href={paths.settings}>{t('share.setRelay')}</Link>
          </p>
        )
      ) : (
        <Shared
          share={share}
          coordinator={coordinator}
          questionnaire={questionnaire}
          linkRef={linkRef}
          onCopied={(ok) => say(ok ? t('share.copied') : t('share.copyFailed'), ok ? 'message' : 'link')}
          onStop={() => void stop(share)}
        />
      )}
      {said && (
        <p role="status" tabIndex={-1} ref={saidRef}>
          {said}
        </p>
      )}
    </section>
  );
}

function Shared({
  share,
  coordinator,
  questionnaire,
  linkRef,
  onCopied,
  onStop,
}: {
  share: Share;
  coordinator: boolean;
  questionnaire: Questionnaire;
  linkRef: RefObject<HTMLInputElement | null>;
  onCopied: (ok: boolean) => void;
  onStop: () => void;
}) {
  const { t } = useTranslation('live');
  const localized = useLocalized();
  const view = useLiveRound(share.roundId);
  const linkId = useId();
  const hintId = useId();
  const link = invitationLink(share, location);
  const partTitle = (sectionId: string) => {
    const section = questionnaire.sections.find((s) => s.id === sectionId);
    return section && localized(section.title);
  };

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      onCopied(true);
    } catch {
      linkRef.current?.select();
      onCopied(false);
    }
  }

  return (
    <>
      {coordinator ? (
        <>
          <p>{t('share.lead')}</p>
          <p>
            <label htmlFor={linkId}>{t('share.link')}</label>
            <br />
            <input
              id={linkId}
              ref={linkRef}
              readOnly
              value={link}
              size={60}
              aria-describedby={hintId}
              onFocus={(e) => e.target.select()}
            />
            <br />
            <span id={hintId} className="hint">
              {t('share.linkHint')}
            </span>
          </p>
          <p className="actions">
            <button type="button" onClick={() => void copy()}>
              {t('share.copy')}
            </button>{' '}
            <button type="button" className="danger" onClick={onStop}>
              {t('share.stop')}
            </button>
          </p>
        </>
      ) : (
        <p>{t('share.member')}</p>
      )}
      <LivePeople
        others={view?.others ?? []}
        partTitle={partTitle}
        heading={t('people.title')}
        level={3}
        empty={t('people.none')}
      />
    </>
  );
}
