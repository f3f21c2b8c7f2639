import { useTranslation } from 'react-i18next';
import type { FollowUp as FollowUpItem } from '../../domain/plan/target';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { Localized } from '../../ui/LocalizedText';
import { useFormat } from '../../ui/format';
import { usePlanTexts } from './texts';
import { TableScroll } from '../../ui/TableScroll';

interface Props {
  items: FollowUpItem[];
  /** The previous round's name, e.g. "2024". */
  roundName: string;
  earlier: Questionnaire;
  later: Questionnaire;
  /** Actions of this round, to tell which earlier ones were carried over already. */
  carried: (item: FollowUpItem) => boolean;
  /** Carries an earlier action into this round's plan; absent when the plan cannot be changed. */
  onCarry?: (item: FollowUpItem) => void;
}

/** The previous round's actions: their status then, and whether this round's answer reached the target. */
export function FollowUp({ items, roundName, earlier, later, carried, onCarry }: Props) {
  const { t } = useTranslation('plan');
  const format = useFormat();
  const before = usePlanTexts(earlier);
  const now = usePlanTexts(later);
  const reached = items.filter((i) => i.outcome === 'reached').length;
  const answerNow = ({ later: result }: FollowUpItem) => {
    if (!result) return '–';
    if (result.state === 'scored') return now.value(result.value);
    if (result.state === 'not-applicable') return now.value(later.scale.notApplicable?.value);
    return now.value(undefined);
  };
  return (
    <>
      <p>{t('followUp.summary', format.count(items.length, { reached: format.number(reached) }))}</p>
      <TableScroll label={t('followUp.caption', { round: roundName })}>
        <table className="follow-up-table">
          <caption>{t('followUp.caption', { round: roundName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('followUp.activity')}</th>
              <th scope="col">{t('followUp.indicator')}</th>
              <th scope="col">{t('followUp.owner')}</th>
              <th scope="col">{t('followUp.status')}</th>
              <th scope="col">{t('followUp.target')}</th>
              <th scope="col">{t('followUp.answer')}</th>
              <th scope="col">{t('followUp.outcome')}</th>
              {onCarry && <th scope="col">{t('followUp.carryOver')}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const found = before.indicator(item.action.indicatorId);
              return (
                <tr key={item.action.id} className={`outcome--${item.outcome}`}>
                  <th scope="row">{item.action.activity}</th>
                  <td>{found ? <Localized text={found.indicator.text} /> : item.action.indicatorId}</td>
                  <td>{item.action.owner || '–'}</td>
                  <td>{t(`status.${item.action.status}`)}</td>
                  <td>{before.value(item.action.target)}</td>
                  <td>{answerNow(item)}</td>
                  <td>
                    {t(`followUp.result.${item.outcome}`, {
                      reason: item.reason ? t(`followUp.reason.${item.reason}`) : '',
                    })}
                  </td>
                  {onCarry && (
                    <td>
                      {item.outcome === 'reached' || !item.laterId ? (
                        '–'
                      ) : carried(item) ? (
                        t('followUp.inPlan')
                      ) : (
                        <button
                          type="button"
                          aria-label={t('followUp.carryOverLabel', { activity: item.action.activity })}
                          onClick={() => onCarry(item)}
                        >
                          {t('followUp.carryOver')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
