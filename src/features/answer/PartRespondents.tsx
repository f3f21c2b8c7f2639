import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NAME_MAX } from '../../domain/round/model';
import type { PartRespondent } from '../../domain/rating/model';
import { NotSaved } from './NotSaved';
import { useDocText } from './useDocText';

interface Props {
  /** The part's respondents, and this browser's user when not among them. */
  people: PartRespondent[];
  raterId: string;
  meId: string;
  /** The rater's name and role as stored (empty when not yet given). */
  name: string;
  role: string;
  defaultRole: string;
  readOnly: boolean;
  onChoose: (personId: string) => void;
  onName: (name: string, role: string) => Promise<boolean>;
  onAdd: (name: string, role: string) => Promise<boolean>;
}

/**
 * "Vem svarar?": who rates the part in this tab (on a shared computer, respondents take turns),
 * that person's name and role, and adding another respondent. With one respondent it is the
 * name and role fields of before.
 */
export function PartRespondents(props: Props) {
  const { people, raterId, meId, readOnly, onChoose } = props;
  const { t } = useTranslation('rounds');
  const id = useId();
  const display = (person: PartRespondent) => {
    // Not "Namnlös …": a person without a name yet is you, or someone an older file left unnamed.
    if (person.id === meId)
      return person.name ? t('ratings.who.me', { name: person.name }) : t('ratings.who.meUnnamed');
    return person.name ?? t('ratings.who.unnamed');
  };
  return (
    <section className="respondent" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('ratings.who.title')}</h2>
      <p className="hint">{t('ratings.who.lead')}</p>
      {people.length > 1 && (
        <fieldset disabled={readOnly}>
          <legend>{t('ratings.who.choose')}</legend>
          {people.map((person) => (
            <label key={person.id} className="option">
              <input
                type="radio"
                name={`${id}-rater`}
                checked={person.id === raterId}
                onChange={() => onChoose(person.id)}
              />
              {display(person)}
              {person.role && <span className="hint"> · {person.role}</span>}
            </label>
          ))}
        </fieldset>
      )}
      {/* Keyed by person: switching rater shows that person's name, not the previous one's text. */}
      <RaterName key={raterId} {...props} />
      {!readOnly && <AddRespondent onAdd={props.onAdd} />}
    </section>
  );
}

function RaterName({ name, role, defaultRole, readOnly, onName, raterId, meId }: Props) {
  const { t } = useTranslation('rounds');
  // Name and role are written together; each field's write needs the other's current text.
  const shown = useRef({ name, role: role || defaultRole });
  const nameText = useDocText(
    name,
    useCallback((text: string) => onName(text, shown.current.role), [onName]),
    useCallback((text: string) => text.trim() !== '', []),
  );
  const roleText = useDocText(
    role || defaultRole,
    useCallback((text: string) => onName(shown.current.name, text), [onName]),
    useCallback(() => shown.current.name.trim() !== '', []),
  );
  useEffect(() => {
    shown.current = { name: nameText.text, role: roleText.text };
  });
  return (
    <>
      <fieldset disabled={readOnly}>
        <legend className="visually-hidden">{t('ratings.who.title')}</legend>
        {raterId === meId && <p className="hint">{t('ratings.who.nameLead')}</p>}
        <div className="field">
          <label htmlFor="respondent-name">{t('answer.name')}</label>
          <input
            id="respondent-name"
            type="text"
            autoComplete="name"
            maxLength={NAME_MAX}
            value={nameText.text}
            onChange={(e) => nameText.change(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="respondent-role">{t('answer.role')}</label>
          <input
            id="respondent-role"
            type="text"
            autoComplete="organization-title"
            maxLength={NAME_MAX}
            value={roleText.text}
            onChange={(e) => roleText.change(e.target.value)}
          />
        </div>
      </fieldset>
      <NotSaved field={nameText} what={t('answer.name')} />
      <NotSaved field={roleText} what={t('answer.role')} />
    </>
  );
}

function AddRespondent({ onAdd }: { onAdd: Props['onAdd'] }) {
  const { t } = useTranslation('rounds');
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState(false);
  const [added, setAdded] = useState<string>();
  const [open, setOpen] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(true);
      nameField.current?.focus();
      return;
    }
    if (await onAdd(name, role)) {
      setAdded(name.trim());
      setName('');
      setRole('');
      setError(false);
    }
  };
  return (
    <details className="respondent__add" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('ratings.who.add')}</summary>
      {/* Rendered only while open, so a closed box holds nothing to Tab into anywhere. */}
      {open && (
        <>
          <p className="hint">{t('ratings.who.addLead')}</p>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <div className="field">
              <label htmlFor={`${id}-name`}>{t('ratings.who.addName')}</label>
              <input
                ref={nameField}
                id={`${id}-name`}
                type="text"
                maxLength={NAME_MAX}
                value={name}
                aria-invalid={error || undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) => setName(e.target.value)}
              />
              {error && (
                <p className="field-error" id={`${id}-error`}>
                  {t('ratings.who.nameRequired')}
                </p>
              )}
            </div>
            <div className="field">
              <label htmlFor={`${id}-role`}>{t('ratings.who.addRole')}</label>
              <input
                id={`${id}-role`}
                type="text"
                maxLength={NAME_MAX}
                value={role}
                onChange={(e) => setRole(e.target.value)}
              />
            </div>
            <button type="submit">{t('ratings.who.addButton')}</button>
          </form>
        </>
      )}
      {added && (
        // Focus lands on the result: a new paragraph for each added respondent.
        <p key={added} ref={(node) => node?.focus()} tabIndex={-1} role="status">
          {t('ratings.who.added', { name: added })}
        </p>
      )}
    </details>
  );
}
