import './strings';
import { useTranslation } from 'react-i18next';
import { MUTED, OUTLINE, scoreColour } from '../../domain/flowerbox/palette';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { Localized } from '../LocalizedText';
import { formatScore } from '../format';

const Swatch = ({ children }: { children: React.ReactNode }) => (
  <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
    {children}
  </svg>
);

/** What the marks mean: length and colour per level, and the three marks without a score. */
export function Legend({ questionnaire }: { questionnaire: Questionnaire }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="legend">
      <p>{t('flowerbox.legend.length')}</p>
      <p>{t('flowerbox.legend.rings')}</p>
      <ul className="legend__items" aria-label={t('flowerbox.legend.levels')}>
        {questionnaire.scale.options.map((option) => (
          <li key={option.value}>
            <Swatch>
              {option.score === 0 ? (
                <circle cx="6" cy="8" r="4" fill={scoreColour(0)} stroke={OUTLINE} />
              ) : (
                <rect
                  x="1"
                  y="3"
                  width={Math.max(2, 26 * option.score)}
                  height="10"
                  rx="3"
                  fill={scoreColour(option.score)}
                  stroke={OUTLINE}
                />
              )}
            </Swatch>
            <Localized text={option.label} /> ({formatScore(option.score, i18n.language)})
          </li>
        ))}
        <li>
          <Swatch>
            <rect
              x="1"
              y="3"
              width="26"
              height="10"
              rx="3"
              fill="none"
              stroke={MUTED}
              strokeDasharray="4 3"
            />
          </Swatch>
          {t('flowerbox.legend.unanswered')}
        </li>
        {questionnaire.scale.notApplicable && (
          <li>
            <Swatch>
              <line
                x1="2"
                y1="8"
                x2="26"
                y2="8"
                stroke={MUTED}
                strokeWidth="2"
                strokeDasharray="1 4"
                strokeLinecap="round"
              />
            </Swatch>
            <Localized text={questionnaire.scale.notApplicable.label} />
          </li>
        )}
      </ul>
    </div>
  );
}
