import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { PartStatus } from '../../domain/rating/status';
import type { Round, RoundAssignment } from '../../domain/round/model';
import { useLocalized } from '../../ui/LocalizedText';
import { formatDay, useFormat } from '../../ui/format';
import { answerPath, sharePath } from '../../ui/paths';

interface Props {
  round: Round & { assignment: RoundAssignment };
  questionnaire: Questionnaire;
  municipality: string;
  status: Record<string, PartStatus> | null;
}

/**
 * The top of a respondent's copy (a round opened from a hand-out file): whose round it is,
 * which parts are theirs to answer, and how the answers go back when they are done.
 */
export function AssignedCopyIntro({ round, questionnaire, municipality, status }: Props) {
  const { t, i18n } = useTranslation('rounds');
  const format = useFormat();
  const localized = useLocalized();
  const { assignment } = round;
  const yours = questionnaire.sections.filter((s) => assignment.sectionIds.includes(s.id));
  const name = recipientName(assignment, status);
  const facts = {
    year: round.year,
    municipality,
    date: formatDay(assignment.handedOutAt, i18n.language),
  };
  return (
    <section aria-labelledby="copy-heading" className="notice copy-intro">
      <h2 id="copy-heading">{t('round.copy.title')}</h2>
      <p>{name ? t('round.copy.whoseTo', { ...facts, name }) : t('round.copy.whose', facts)}</p>
      <p>{t('round.copy.yours', format.count(yours.length))}</p>
      <ul>
        {yours.map((section) => {
          const part = localized(section.title);
          return (
            <li key={section.id}>
              <Link href={answerPath(round.id, section.id)}>
                {round.status === 'draft' ? t('round.answerPart', { part }) : t('round.readPart', { part })}
              </Link>
            </li>
          );
        })}
      </ul>
      {yours.length < questionnaire.sections.length && <p>{t('round.copy.others')}</p>}
      <p>{t('round.copy.done')}</p>
      <p>
        <Link href={sharePath(round.id)} className="button-link">
          {t('answer.sendBack')}
        </Link>
      </p>
    </section>
  );
}

/** The recipient's name as the coordinator gave it in the hand-out, if it is known here. */
function recipientName(assignment: RoundAssignment, status: Record<string, PartStatus> | null) {
  const { personId } = assignment;
  if (!personId || !status) return undefined;
  for (const sectionId of assignment.sectionIds) {
    const part = status[sectionId];
    const named =
      part?.respondents.find((p) => p.personId === personId)?.name ??
      part?.handedOut.find((p) => p.personId === personId)?.name;
    if (named) return named;
  }
  return undefined;
}
