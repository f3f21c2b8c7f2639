import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { PartScore } from '../../domain/score/scoring';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { useScoreTexts } from '../../ui/flowerbox/texts';
import { TableScroll } from '../../ui/TableScroll';

interface Props {
  questionnaire: Questionnaire;
  parts: PartScore[];
}

/** The same numbers as the picture: each part's score and basis, then each indicator's answer. */
export function ScoreTables({ questionnaire, parts }: Props) {
  const { t } = useTranslation(['flowerbox', 'questionnaires']);
  const localized = useLocalized();
  const texts = useScoreTexts(questionnaire);
  const sections = new Map(questionnaire.sections.map((s) => [s.id, s]));
  return (
    <>
      <TableScroll label={t('table.partsCaption')}>
        <table>
          <caption>{t('table.partsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.part')}</th>
              <th scope="col">{t('table.kind')}</th>
              <th scope="col" className="num">
                {t('table.score')}
              </th>
              <th scope="col">{t('table.coverage')}</th>
            </tr>
          </thead>
          <tbody>
            {parts.map((part) => (
              <tr key={part.sectionId}>
                <th scope="row">
                  <Localized text={sections.get(part.sectionId)!.title} />
                </th>
                <td>{t(`questionnaires:kind.${part.kind}`)}</td>
                <td className="num">{part.score === null ? t('table.none') : texts.score(part.score)}</td>
                <td>{texts.coverage(part)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {parts.map((part) => {
        const section = sections.get(part.sectionId)!;
        const name = localized(section.title);
        return (
          <details key={part.sectionId} className="indicator-table">
            <summary>{t('table.indicatorsCaption', { part: name })}</summary>
            <TableScroll label={t('table.indicatorsCaption', { part: name })}>
              <table>
                <caption className="visually-hidden">{t('table.indicatorsCaption', { part: name })}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('table.number')}
                    </th>
                    <th scope="col">{t('table.indicator')}</th>
                    <th scope="col">{t('table.answer')}</th>
                  </tr>
                </thead>
                <tbody>
                  {section.indicators.map((indicator, i) => (
                    <tr key={indicator.id}>
                      <td className="num">{i + 1}</td>
                      <th scope="row">
                        <Localized text={indicator.text} />
                      </th>
                      <td>{texts.answer(part.indicators[i]!)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
        );
      })}
    </>
  );
}
