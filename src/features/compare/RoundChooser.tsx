import { useTranslation } from 'react-i18next';
import type { RoundWithAnswers } from '../../storage/live-rounds';
import { useLocalized } from '../../ui/LocalizedText';

interface Props {
  rounds: RoundWithAnswers[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Checkboxes for the municipality's rounds, oldest first. */
export function RoundChooser({ rounds, selected, onChange }: Props) {
  const { t } = useTranslation(['compare', 'rounds']);
  const localized = useLocalized();
  const toggle = (id: string, on: boolean) =>
    onChange(rounds.map((r) => r.round.id).filter((r) => (r === id ? on : selected.includes(r))));
  return (
    <fieldset className="round-chooser">
      <legend>{t('choose.legend')}</legend>
      {rounds.map(({ round, questionnaire }) => (
        <label key={round.id} className="choice">
          <input
            type="checkbox"
            checked={selected.includes(round.id)}
            onChange={(e) => toggle(round.id, e.target.checked)}
          />{' '}
          {t('choose.round', {
            year: round.year,
            label: round.label ? ` (${round.label})` : '',
            questionnaire: localized(questionnaire.title),
            status: t(`rounds:statusValue.${round.status}`),
          })}
        </label>
      ))}
    </fieldset>
  );
}
