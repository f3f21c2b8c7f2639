import { useTranslation } from 'react-i18next';
import { useShare } from '../../storage/live/shares';
import { useLivePlace, useLiveRound } from '../../storage/live/store';
import { LivePeople } from '../../ui/LivePeople';

/**
 * In a part of a shared round: tells the others this part is open here, and shows who else has
 * it open now.
 */
export function PartPresence({ roundId, sectionId }: { roundId: string; sectionId: string }) {
  const { t } = useTranslation('live');
  const share = useShare(roundId);
  useLivePlace(roundId, sectionId, !!share);
  const view = useLiveRound(roundId);
  if (!share || view?.connection !== 'live') return null;
  const here = view.others.filter((other) => other.sectionId === sectionId);
  return (
    <div className="part-presence">
      <LivePeople others={here} heading={t('people.inPart')} level={2} empty={t('people.noneHere')} />
    </div>
  );
}
