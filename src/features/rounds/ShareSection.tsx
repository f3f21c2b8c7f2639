import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Round } from '../../domain/round/model';
import { useLocalized } from '../../ui/LocalizedText';
import { sharePath } from '../../ui/paths';
import '../../i18n/exchange-strings';

/**
 * On the round overview: marks an assigned copy as such, and links to handing out parts,
 * sending answers back and exporting (features/exchange).
 */
export function ShareSection({ round, questionnaire }: { round: Round; questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const assigned = round.assignment?.sectionIds;
  return (
    <section aria-labelledby="share-section-heading">
      <h2 id="share-section-heading">{t('exchangeNotices.shareTitle')}</h2>
      {assigned && (
        <p className="notice">
          {t('exchangeNotices.assignedNotice', {
            parts: questionnaire.sections
              .filter((s) => assigned.includes(s.id))
              .map((s) => localized(s.title))
              .join(', '),
          })}
        </p>
      )}
      <p>
        <Link href={sharePath(round.id)}>
          {assigned ? t('exchangeNotices.sendBack') : t('exchangeNotices.shareLink')}
        </Link>
      </p>
    </section>
  );
}
