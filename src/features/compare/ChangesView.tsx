import { useTranslation } from 'react-i18next';
import type { RoundComparison } from '../../domain/compare/changes';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { useScoreTexts } from '../../ui/flowerbox/texts';
import { useCompareTexts } from './texts';
import { TableScroll } from '../../ui/TableScroll';

/** Earlier → later, per part and per indicator, with up / down / unchanged in words and symbols. */
export function ChangesView({ comparison }: { comparison: RoundComparison }) {
  const { t } = useTranslation('compare');
  const localized = useLocalized();
  const { earlier, later, parts, removed, match } = comparison;
  const texts = useCompareTexts();
  const laterAnswers = useScoreTexts(later.questionnaire);
  const earlierAnswers = useScoreTexts(earlier.questionnaire);
  const names = { earlier: texts.roundName(earlier), later: texts.roundName(later) };
  const laterSections = new Map(later.questionnaire.sections.map((s) => [s.id, s]));
  const earlierSections = new Map(earlier.questionnaire.sections.map((s) => [s.id, s]));
  const earlierIndicators = new Map(
    earlier.questionnaire.sections.flatMap((s) => s.indicators.map((i) => [i.id, i] as const)),
  );
  return (
    <>
      <p>{t('change.note')}</p>
      <TableScroll label={t('change.caption', names)}>
        <table>
          <caption>{t('change.caption', names)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('change.part')}</th>
              <th scope="col" className="num">
                {t('change.earlier')} ({names.earlier})
              </th>
              <th scope="col" className="num">
                {t('change.later')} ({names.later})
              </th>
              <th scope="col">{t('change.change')}</th>
              <th scope="col">{t('change.basis')}</th>
            </tr>
          </thead>
          <tbody>
            {parts.map((part) => (
              <tr key={part.sectionId} data-direction={part.direction ?? 'none'}>
                <th scope="row">
                  <Localized text={laterSections.get(part.sectionId)!.title} />
                </th>
                <td className="num">{texts.score(part.earlier)}</td>
                <td className="num">{texts.score(part.later)}</td>
                <td>{texts.partChange(part, match)}</td>
                <td>{texts.basisCount(part.compared, part.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {parts.map((part) => {
        const section = laterSections.get(part.sectionId)!;
        const caption = t('change.indicatorsCaption', { part: localized(section.title) });
        return (
          <details key={part.sectionId} className="indicator-table">
            <summary>{caption}</summary>
            <TableScroll label={caption}>
              <table>
                <caption className="visually-hidden">{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('change.indicator')}</th>
                    <th scope="col">
                      {t('change.earlierAnswer')} ({names.earlier})
                    </th>
                    <th scope="col">
                      {t('change.laterAnswer')} ({names.later})
                    </th>
                    <th scope="col">{t('change.change')}</th>
                  </tr>
                </thead>
                <tbody>
                  {part.indicators.map((change, i) => (
                    <tr key={change.laterId}>
                      <th scope="row">
                        <Localized text={section.indicators[i]!.text} />
                        {change.earlierId && change.earlierId !== change.laterId && (
                          <span className="hint">
                            {' '}
                            (<Localized text={earlierIndicators.get(change.earlierId)!.text} />)
                          </span>
                        )}
                      </th>
                      <td>{change.earlier ? earlierAnswers.answer(change.earlier) : t('change.none')}</td>
                      <td>{change.later ? laterAnswers.answer(change.later) : t('change.none')}</td>
                      <td>
                        {change.notComparable
                          ? t('notComparable', { reason: texts.reason(change.notComparable, match) })
                          : texts.change(change.direction, change.delta)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
        );
      })}
      {removed.length > 0 && (
        <>
          <h3>{t('change.removedTitle')}</h3>
          <TableScroll label={t('change.removedCaption', names)}>
            <table>
              <caption>{t('change.removedCaption', names)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('change.indicator')}</th>
                  <th scope="col">{t('change.removedPart')}</th>
                  <th scope="col">
                    {t('change.earlierAnswer')} ({names.earlier})
                  </th>
                  <th scope="col">{t('change.change')}</th>
                </tr>
              </thead>
              <tbody>
                {removed.map((r) => (
                  <tr key={r.earlierId}>
                    <th scope="row">
                      <Localized text={earlierIndicators.get(r.earlierId!)!.text} />
                    </th>
                    <td>
                      <Localized text={earlierSections.get(r.earlierSectionId)!.title} />
                    </td>
                    <td>{r.earlier ? earlierAnswers.answer(r.earlier) : t('change.none')}</td>
                    <td>{t('notComparable', { reason: texts.reason(r.notComparable!, match) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </>
  );
}
