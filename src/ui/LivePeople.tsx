import { useTranslation } from 'react-i18next';
import type { Presence } from '../domain/live/messages';

/**
 * Who else is connected to a live round, and where: on the round's overview every one with the
 * part they have open, in a part those who have it open too.
 */
export function LivePeople({
  others,
  partTitle,
  heading,
  level,
  empty,
}: {
  others: readonly Presence[];
  /** A part's title by its id, to say where each one is; left out where all are in one part. */
  partTitle?: (sectionId: string) => string | undefined;
  heading: string;
  level: 2 | 3;
  /** What to say when nobody is there. */
  empty: string;
}) {
  const { t } = useTranslation('live');
  const place = (sectionId: string | null) => (sectionId && partTitle?.(sectionId)) || t('people.overview');
  const describe = (person: Presence) => {
    const name = person.name || t('people.unknown');
    if (!partTitle) return person.role ? t('people.person', { name, role: person.role }) : name;
    const where = place(person.sectionId);
    return person.role
      ? t('people.where', { name, role: person.role, place: where })
      : t('people.whereNoRole', { name, place: where });
  };
  return (
    <>
      {level === 2 ? <h2>{heading}</h2> : <h3>{heading}</h3>}
      {others.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="live-people">
          {others.map((person, i) => (
            <li key={`${person.personId}-${i}`}>{describe(person)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
