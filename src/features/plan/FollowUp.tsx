import { useTranslation } from 'react-i18next';
import type { FollowUp as FollowUpItem } from '../../domain/plan/target';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { Localized } from '../../ui/LocalizedText';
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
  const { t } = useTranslation();
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
      <p>{t('plan.followUp.summary', { reached, total: items.length })}</p>
      <TableScroll label={t('plan.followUp.caption', { round: roundName })}>
        <table className="follow-up-table">
          <caption>{t('plan.followUp.caption', { round: roundName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.followUp.activity')}</th>
              <th scope="col">{t('plan.followUp.indicator')}</th>
              <th scope="col">{t('plan.followUp.owner')}</th>
              <th scope="col">{t('plan.followUp.status')}</th>
              <th scope="col">{t('plan.followUp.target')}</th>
              <th scope="col">{t('plan.followUp.answer')}</th>
              <th scope="col">{t('plan.followUp.outcome')}</th>
              {onCarry && <th scope="col">{t('plan.followUp.carryOver')}</th>}
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
                  <td>{t(`plan.status.${item.action.status}`)}</td>
                  <td>{before.value(item.action.target)}</td>
                  <td>{answerNow(item)}</td>
                  <td>
                    {t(`plan.followUp.result.${item.outcome}`, {
                      reason: item.reason ? t(`plan.followUp.reason.${item.reason}`) : '',
                    })}
                  </td>
                  {onCarry && (
                    <td>
                      {item.outcome === 'reached' || !item.laterId ? (
                        '–'
                      ) : carried(item) ? (
                        t('plan.followUp.inPlan')
                      ) : (
                        <button
                          type="button"
                          aria-label={t('plan.followUp.carryOverLabel', { activity: item.action.activity })}
                          onClick={() => onCarry(item)}
                        >
                          {t('plan.followUp.carryOver')}
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
