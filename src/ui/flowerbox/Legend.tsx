import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { SWATCH, useLegendItems } from './signs';

/** What the marks mean: area and colour per level, and the signs that have no area. */
export function Legend({ questionnaire, previous }: { questionnaire: Questionnaire; previous?: boolean }) {
  const { t } = useTranslation('flowerbox');
  const items = useLegendItems(questionnaire, { previous: !!previous });
  return (
    <div className="legend">
      <p>{t('legend.area')}</p>
      <p>{t('legend.rings')}</p>
      <p>{t('legend.tags')}</p>
      <ul className="legend__items" aria-label={t('legend.levels')}>
        {items.map((item) => (
          <li key={item.key}>
            <svg
              width={SWATCH.width}
              height={SWATCH.height}
              viewBox={`0 0 ${SWATCH.width} ${SWATCH.height}`}
              aria-hidden="true"
              focusable="false"
            >
              {item.swatch}
            </svg>
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
