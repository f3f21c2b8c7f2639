import { useTranslation } from 'react-i18next';
import type { Questionnaire, Section, SectionKind } from '../../domain/questionnaire/schema';
import { predecessors } from '../../domain/questionnaire/supersedes';
import { useFormat } from '../../ui/format';
import { Localized } from '../../ui/LocalizedText';

const KINDS: readonly SectionKind[] = ['flower', 'grass', 'soil'];

/** Every part grouped as flowers, grass and soil, each with its indicators behind a disclosure. */
export function PartList({
  questionnaire: q,
  previous,
}: {
  questionnaire: Questionnaire;
  previous?: Questionnaire;
}) {
  const { t } = useTranslation('questionnaires');
  const carriedFrom = predecessors(q);
  return (
    <section aria-labelledby="parts-heading">
      <h2 id="parts-heading">{t('partsTitle')}</h2>
      {KINDS.map((kind) => {
        const sections = q.sections.filter((s) => s.kind === kind);
        if (sections.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className={`part-group part-group--${kind}`}>
            <h3 id={`kind-${kind}`}>{t(`kindPlural.${kind}`)}</h3>
            {sections.map((section) => (
              <Part
                key={section.id}
                section={section}
                carriedFrom={q.supersedes && previous ? carriedFrom : undefined}
                previousVersion={q.supersedes?.version}
              />
            ))}
          </section>
        );
      })}
    </section>
  );
}

interface PartProps {
  section: Section;
  carriedFrom?: Map<string, string>;
  previousVersion?: string;
}

function Part({ section, carriedFrom, previousVersion }: PartProps) {
  const { t } = useTranslation('questionnaires');
  const format = useFormat();
  return (
    <article className="part" aria-labelledby={`part-${section.id}`}>
      <h4 id={`part-${section.id}`}>
        <Localized text={section.title} />
      </h4>
      {section.description && <Localized as="p" text={section.description} />}
      <p>
        <strong>{t('respondent')}:</strong> <Localized text={section.respondent.title} />
      </p>
      <details>
        <summary>{t('indicatorCount', format.count(section.indicators.length))}</summary>
        <ol className="indicator-list">
          {section.indicators.map((indicator) => {
            const from = carriedFrom?.get(indicator.id);
            return (
              <li key={indicator.id} className="indicator">
                <Localized as="p" className="indicator__text" text={indicator.text} />
                {indicator.help && (
                  <p className="indicator__help">
                    <strong>{t('help')}:</strong> <Localized text={indicator.help} />
                  </p>
                )}
                {indicator.suggestions && indicator.suggestions.length > 0 && (
                  <div className="indicator__help">
                    <strong>{t('suggestions')}:</strong>
                    <ul>
                      {indicator.suggestions.map((suggestion, i) => (
                        <Localized key={i} as="li" text={suggestion} />
                      ))}
                    </ul>
                  </div>
                )}
                <p className="indicator__meta">
                  {t('indicatorId')}: <code>{indicator.id}</code>
                  {indicator.tags && indicator.tags.length > 0 && (
                    <>
                      {' · '}
                      {t('tags')}: {indicator.tags.join(', ')}
                    </>
                  )}
                  {carriedFrom && previousVersion && (
                    <>
                      {' · '}
                      {from ? t('comparableWith', { id: from, version: previousVersion }) : t('newInVersion')}
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      </details>
    </article>
  );
}
