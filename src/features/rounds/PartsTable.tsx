import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { statusFromResponse, type NamedTime, type PartStatus } from '../../domain/rating/status';
import type { PartResponse, Round } from '../../domain/round/model';
import { sectionProgress } from '../../domain/round/progress';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { formatDay, useFormat } from '../../ui/format';
import { answerPath } from '../../ui/paths';
import { TableScroll } from '../../ui/TableScroll';

interface Props {
  round: Round;
  questionnaire: Questionnaire;
  responses: PartResponse[];
  /** Per part, from the round's document; null when it has none yet (then from `responses`). */
  status: Record<string, PartStatus> | null;
}

/**
 * Every part of the round: who rates it (every respondent), to whom it was handed out and
 * whether answers came back, how far it has come, and how many indicators still differ. In an
 * assigned copy only the recipient's parts can be opened for answering.
 */
export function PartsTable({ round, questionnaire, responses, status }: Props) {
  const { t } = useTranslation(['rounds', 'questionnaires']);
  const format = useFormat();
  const localized = useLocalized();
  const byId = new Map(responses.map((r) => [r.sectionId, r]));
  const assigned = round.assignment?.sectionIds;
  return (
    <TableScroll label={t('round.partsCaption')}>
      <table>
        <caption>{t('round.partsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('round.part')}</th>
            <th scope="col">{t('round.kind')}</th>
            <th scope="col">{t('round.role')}</th>
            <th scope="col">{t('round.answering')}</th>
            <th scope="col">{t('round.handOut')}</th>
            <th scope="col">{t('progress')}</th>
            <th scope="col">{t('round.agreement')}</th>
          </tr>
        </thead>
        <tbody>
          {questionnaire.sections.map((section) => {
            const response = byId.get(section.id);
            const progress = sectionProgress(section, response?.answers);
            const part = localized(section.title);
            const state = status?.[section.id] ?? statusFromResponse(response);
            const open = !assigned || assigned.includes(section.id);
            return (
              <tr key={section.id}>
                <th scope="row">
                  {open ? (
                    <Link href={answerPath(round.id, section.id)}>
                      {round.status === 'draft'
                        ? t('round.answerPart', { part })
                        : t('round.readPart', { part })}
                    </Link>
                  ) : (
                    t('round.copy.notYours', { part })
                  )}
                </th>
                <td>{t(`questionnaires:kind.${section.kind}`)}</td>
                <td>
                  <Localized text={section.respondent.title} />
                </td>
                <td>
                  <Respondents respondents={state.respondents} />
                </td>
                <td>
                  <HandOut handedOut={state.handedOut} returned={state.returned} />
                </td>
                <td>
                  <progress max={progress.total} value={progress.answered} aria-hidden="true" />{' '}
                  {t('progressValue', {
                    answered: format.number(progress.answered),
                    total: format.number(progress.total),
                  })}
                </td>
                <td>
                  {state.differs > 0 ? (
                    <strong>{t('round.state.differs', format.count(state.differs))}</strong>
                  ) : progress.answered > 0 ? (
                    t('round.state.settled')
                  ) : (
                    t('round.state.nothingYet')
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** "Anna Andersson (Förvaltningschef)", or "Okänd svarande" for someone never named. */
export function usePersonName() {
  const { t } = useTranslation(['rounds', 'questionnaires']);
  return ({ name, role }: { name?: string; role?: string }) => {
    if (!name) return t('round.state.unnamed');
    return role ? t('round.state.person', { name, role }) : name;
  };
}

function Respondents({ respondents }: { respondents: PartStatus['respondents'] }) {
  const { t } = useTranslation(['rounds', 'questionnaires']);
  const personName = usePersonName();
  if (respondents.length === 0) return <>{t('round.nobody')}</>;
  if (respondents.length === 1) return <>{personName(respondents[0]!)}</>;
  return (
    <ul className="part-people">
      {respondents.map((person) => (
        <li key={person.personId}>{personName(person)}</li>
      ))}
    </ul>
  );
}

/** To whom the part was handed out and when, and whose answers came back. */
function HandOut({ handedOut, returned }: { handedOut: NamedTime[]; returned: NamedTime[] }) {
  const { t, i18n } = useTranslation(['rounds', 'questionnaires']);
  const personName = usePersonName();
  const date = (iso: string) => formatDay(iso, i18n.language);
  const lines = [
    ...handedOut.map((out) => {
      const back = returned.find((r) => r.personId === out.personId);
      const name = personName(out);
      return {
        key: `out/${out.personId}`,
        text: back
          ? t('round.state.handedOutBack', { name, date: date(out.at), back: date(back.at) })
          : t('round.state.handedOut', { name, date: date(out.at) }),
      };
    }),
    // Answers from someone the part was not handed out to (a file passed on, or an older one).
    ...returned
      .filter((back) => !handedOut.some((out) => out.personId === back.personId))
      .map((back) => ({
        key: `back/${back.personId}`,
        text: t('round.state.returnedFrom', { name: personName(back), date: date(back.at) }),
      })),
  ];
  if (lines.length === 0) return <>{t('round.state.notHandedOut')}</>;
  if (lines.length === 1) return <>{lines[0]!.text}</>;
  return (
    <ul className="part-people">
      {lines.map((line) => (
        <li key={line.key}>{line.text}</li>
      ))}
    </ul>
  );
}
