import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Round } from '../../domain/round/model';
import { sharePath } from '../../ui/paths';

/**
 * On the coordinator's round overview: the way to handing out parts, merging answers and
 * exporting (features/exchange). A respondent's copy has AssignedCopyIntro instead.
 */
export function ShareSection({ round }: { round: Round }) {
  const { t } = useTranslation('exchange');
  return (
    <section aria-labelledby="share-section-heading">
      <h2 id="share-section-heading">{t('notices.shareTitle')}</h2>
      <p>
        <Link href={sharePath(round.id)}>{t('notices.shareLink')}</Link>
      </p>
    </section>
  );
}
