import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { supersedesCounts } from '../../domain/questionnaire/supersedes';
import { Link } from 'wouter';
import { useFormat } from '../../ui/format';
import { questionnairePath } from '../../ui/paths';

/** How this version relates to the one before: what can be compared and what cannot. */
export function SupersedesSummary({
  questionnaire: q,
  previous,
}: {
  questionnaire: Questionnaire;
  previous?: Questionnaire;
}) {
  const { t } = useTranslation('questionnaires');
  const format = useFormat();
  const version = q.supersedes!.version;
  const { mapped, unmapped } = supersedesCounts(q);
  return (
    <p className="notice">
      {previous ? (
        <Link href={questionnairePath(q.id, version)}>{t('supersedes', { version })}</Link>
      ) : (
        t('supersedes', { version })
      )}{' '}
      {t('supersedesMapped', format.count(mapped, { version }))}{' '}
      {t('supersedesUnmapped', format.count(unmapped))}
    </p>
  );
}
