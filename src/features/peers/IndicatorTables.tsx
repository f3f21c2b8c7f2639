import { useTranslation } from 'react-i18next';
import type { IndicatorDistribution, PeerComparison } from '../../domain/peers/distribution';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { useFormat } from '../../ui/format';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { TableScroll } from '../../ui/TableScroll';

/** Per part, a table of each indicator's answers among the others and the municipality's own. */
export function IndicatorTables({
  comparison,
  questionnaire,
}: {
  comparison: PeerComparison;
  questionnaire: Questionnaire;
}) {
  const { t } = useTranslation('peers');
  const localized = useLocalized();
  return (
    <section aria-labelledby="peers-indicators">
      <h2 id="peers-indicators">{t('indicators.title')}</h2>
      <p>{t('indicators.lead')}</p>
      {comparison.parts.map((part) => {
        const name = localized(part.section.title);
        return (
          <details key={part.section.id}>
            <summary>{t('indicators.show', { part: name })}</summary>
            <TableScroll label={t('indicators.caption', { part: name })}>
              <table>
                <caption>{t('indicators.caption', { part: name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('indicators.indicator')}</th>
                    <th scope="col">{t('indicators.distribution')}</th>
                    <th scope="col">{t('indicators.median')}</th>
                    <th scope="col">{t('indicators.own')}</th>
                  </tr>
                </thead>
                <tbody>
                  {part.indicators.map((indicator, index) => (
                    <IndicatorRow
                      key={indicator.indicatorId}
                      indicator={indicator}
                      text={part.section.indicators[index]!.text}
                      questionnaire={questionnaire}
                    />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
        );
      })}
    </section>
  );
}

function IndicatorRow({
  indicator,
  text,
  questionnaire,
}: {
  indicator: IndicatorDistribution;
  text: Questionnaire['sections'][number]['indicators'][number]['text'];
  questionnaire: Questionnaire;
}) {
  const { t } = useTranslation('peers');
  const localized = useLocalized();
  const format = useFormat();
  const options = questionnaire.scale.options;
  const label = (value: string) => localized(options.find((o) => o.value === value)!.label);
  const median = indicator.spread?.median;
  // A median that falls on an option is said in words; between two options, as a score.
  const onOption = options.find((o) => o.score === median);
  const own = indicator.own;
  return (
    <tr>
      <th scope="row">
        <Localized text={text} />
      </th>
      <td>
        <ul className="counts">
          {indicator.counts.map((c) => (
            <li key={c.value}>{t('indicators.count', format.count(c.count, { label: label(c.value) }))}</li>
          ))}
          <li>{t('indicators.notApplicable', format.count(indicator.notApplicable))}</li>
          <li>{t('indicators.unanswered', format.count(indicator.unanswered))}</li>
        </ul>
      </td>
      <td>
        {median === undefined ? t('parts.none') : onOption ? localized(onOption.label) : format.score(median)}
      </td>
      <td>
        <strong>
          {own.state === 'scored'
            ? label(own.value)
            : own.state === 'not-applicable'
              ? t('indicators.ownNotApplicable')
              : t('indicators.ownUnanswered')}
        </strong>
      </td>
    </tr>
  );
}
