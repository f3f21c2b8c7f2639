import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Respondent } from '../../domain/round/model';
import { NAME_MAX } from '../../domain/round/model';
import { useAutosave } from './useAutosave';

interface Props {
  roundId: string;
  sectionId: string;
  respondent?: Respondent;
  defaultRole: string;
  readOnly: boolean;
}

/** Name and role of whoever answers the part, entered once and saved as typed. */
export function RespondentForm({ roundId, sectionId, respondent, defaultRole, readOnly }: Props) {
  const { t } = useTranslation();
  // Name and role are saved together; each field's save needs the other's current text.
  const shown = useRef({ name: '', role: '' });
  const name = useAutosave(respondent?.name ?? '', (text, at) => ({
    kind: 'respondent',
    roundId,
    sectionId,
    name: text,
    role: shown.current.role,
    at,
  }));
  const role = useAutosave(respondent?.role ?? defaultRole, (text, at) => ({
    kind: 'respondent',
    roundId,
    sectionId,
    name: shown.current.name,
    role: text,
    at,
  }));
  useEffect(() => {
    shown.current = { name: name.text, role: role.text };
  });
  return (
    <fieldset className="respondent" disabled={readOnly}>
      <legend>{t('rounds.answer.respondentTitle')}</legend>
      <p className="hint">{t('rounds.answer.respondentLead')}</p>
      <div className="field">
        <label htmlFor="respondent-name">{t('rounds.answer.name')}</label>
        <input
          id="respondent-name"
          type="text"
          autoComplete="name"
          maxLength={NAME_MAX}
          value={name.text}
          onChange={(e) => name.change(e.target.value)}
          onBlur={name.flush}
        />
      </div>
      <div className="field">
        <label htmlFor="respondent-role">{t('rounds.answer.role')}</label>
        <input
          id="respondent-role"
          type="text"
          autoComplete="organization-title"
          maxLength={NAME_MAX}
          value={role.text}
          onChange={(e) => role.change(e.target.value)}
          onBlur={role.flush}
        />
      </div>
    </fieldset>
  );
}
