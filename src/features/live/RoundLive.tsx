/**
 * The connection state of a shared round, in words, on every page of the round (Layout renders
 * it for the round's addresses). While it is shown it holds the round's connection, so moving
 * between the round's pages does not reconnect.
 */
import { useTranslation } from 'react-i18next';
import { useShare } from '../../storage/live/shares';
import { useLiveConnection, useLiveRound } from '../../storage/live/store';
import { useFormat } from '../../ui/format';

export default function RoundLive({ roundId }: { roundId: string }) {
  const share = useShare(roundId);
  useLiveConnection(roundId, !!share);
  if (!share) return null;
  return <LiveStatus roundId={roundId} relay={share.relay} />;
}

function LiveStatus({ roundId, relay }: { roundId: string; relay: string }) {
  const { t } = useTranslation('live');
  const format = useFormat();
  const view = useLiveRound(roundId);
  if (!view) return null;
  const { connection, others, unreadable, ignored } = view;
  return (
    <div className={`live-status live-status--${connection}`} role="status">
      <p>
        {connection === 'live'
          ? t('status.live', format.count(others.length))
          : t(`status.${connection}`, { relay })}
      </p>
      {unreadable > 0 && <p>{t('status.unreadable', format.count(unreadable))}</p>}
      {ignored > 0 && <p>{t('status.ignored', format.count(ignored))}</p>}
    </div>
  );
}
