import './report.css';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { compareRounds, type PartChange } from '../../domain/compare/changes';
import { selectActions } from '../../domain/plan/list';
import { followUp } from '../../domain/plan/target';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { differingByPart, statusFromResponse, type PartStatus } from '../../domain/rating/status';
import { roundProgress } from '../../domain/round/progress';
import { gapOf, highlights } from '../../domain/score/highlights';
import { scoreRound, type PartScore } from '../../domain/score/scoring';
import { allBundled } from '../../exchange/bundled-questionnaires';
import { loadRegister } from '../../exchange/municipalities';
import { usePlanData, type PlanData } from '../../storage/live-plan';
import { useRoundStatus } from '../../storage/live-round-status';
import { FlowerBox } from '../../ui/flowerbox/FlowerBox';
import { Localized, useLocalized } from '../../ui/LocalizedText';
import { HelpLink } from '../../ui/HelpLink';
import { RoundGate } from '../../ui/RoundGate';
import { TableScroll } from '../../ui/TableScroll';
import { UrlText } from '../../ui/UrlText';
import { Page } from '../../ui/Page';
import { formatChange, formatDate, formatDay, formatScore, roundName, useFormat } from '../../ui/format';
import { roundPath } from '../../ui/paths';
import { localeOf } from '../../i18n/languages';
import { ReferencePlace } from './ReferencePlace';

/** The board-ready report of a round, made to be printed on A4 or saved as PDF from the browser. */
export default function ReportPage({ roundId }: { roundId: string }) {
  const { t } = useTranslation(['report', 'questionnaires']);
  const data = usePlanData(roundId);
  const status = useRoundStatus(roundId);
  return (
    <RoundGate data={status === undefined ? undefined : data} notFound={t('notFound')}>
      {(found) => <Report data={found} status={status ?? null} />}
    </RoundGate>
  );
}

/** The indicator texts and answer words of a questionnaire. */
function useWords(questionnaire: Questionnaire) {
  const { t } = useTranslation(['report', 'questionnaires']);
  const localized = useLocalized();
  const { scale } = questionnaire;
  const indicators = new Map(
    questionnaire.sections.flatMap((s) =>
      s.indicators.map((i) => [i.id, { indicator: i, section: s }] as const),
    ),
  );
  const value = (v: string | undefined) => {
    if (v === undefined) return t('answers.unanswered');
    if (scale.notApplicable?.value === v) return localized(scale.notApplicable.label);
    const option = scale.options.find((o) => o.value === v);
    return option ? localized(option.label) : v;
  };
  return { value, indicator: (id: string) => indicators.get(id) };
}

/** "Anna Andersson (Förvaltningschef) och Bo Berg" for every respondent of a part. */
function useRespondentNames() {
  const { t } = useTranslation(['report', 'questionnaires']);
  const format = useFormat();
  return (respondents: PartStatus['respondents']) =>
    format.list(
      respondents.map(({ name, role }) =>
        !name ? t('answers.unnamed') : role ? t('answers.person', { name, role }) : name,
      ),
    );
}

interface ReportProps {
  data: PlanData;
  /** Per part, from the round's document; null when it has none (then from `responses`). */
  status: Record<string, PartStatus> | null;
}

function Report({ data, status }: ReportProps) {
  const { t, i18n } = useTranslation(['report', 'questionnaires']);
  const localized = useLocalized();
  const format = useFormat();
  const register = use(loadRegister());
  const known = [...data.stored, ...use(allBundled())];
  const { current, previous } = data;
  const { round, questionnaire, answers } = current;
  const words = useWords(questionnaire);
  const municipality =
    register.municipalities.find((m) => m.code === round.organisationCode)?.name ?? round.organisationCode;
  const date = (iso: string) => formatDay(iso, i18n.language);
  const score = (value: number) => formatScore(value, i18n.language);
  const parts = scoreRound(questionnaire, answers);
  const progress = roundProgress(questionnaire, answers);
  const comparison = previous
    ? compareRounds(
        { id: previous.round.id, year: previous.round.year, label: previous.round.label, ...previous },
        { id: round.id, year: round.year, label: round.label, ...current },
        known,
      )
    : null;
  const changeOf = new Map<string, PartChange>(comparison?.parts.map((p) => [p.sectionId, p]) ?? []);
  const sectionOf = new Map(questionnaire.sections.map((s) => [s.id, s]));
  const respondentNames = useRespondentNames();
  const statusOf = (sectionId: string) =>
    status?.[sectionId] ?? statusFromResponse(current.responses.find((r) => r.sectionId === sectionId));
  const differing = questionnaire.sections
    .map((section) => ({ section, status: statusOf(section.id) }))
    .filter((part) => part.status.differs > 0);
  const partName = (p: PartScore) => localized(sectionOf.get(p.sectionId)!.title);
  const coverage = (p: PartScore) =>
    t('parts.coverageValue', {
      scored: format.number(p.scored),
      applicable: format.number(p.total - p.notApplicable),
      percent: format.percent(p.coverage),
    });

  // The result view's rule: the same parts are strongest and weakest there and here.
  const { strongest, gaps, none } = highlights(parts);

  const actions = selectActions(current.actions, questionnaire, {}, 'due', localeOf(i18n.language));
  const items =
    previous && previous.actions.length > 0 ? followUp(previous.actions, previous, current, known) : [];
  const before = useWords(previous?.questionnaire ?? questionnaire);

  // The change is `partChange`'s, with its basis, as Förändringar writes it.
  const change = (p: PartChange | undefined) => {
    if (!p || p.delta === null || p.direction === null) return t('parts.notComparable');
    return t('parts.delta', {
      direction: t(`parts.direction.${p.direction}`),
      delta: formatChange(p.delta, i18n.language),
    });
  };
  const basis = (p: PartChange | undefined) =>
    p && p.earlier !== null && p.later !== null
      ? t(
          'parts.basis',
          format.count(p.total, {
            earlier: score(p.earlier),
            later: score(p.later),
            compared: format.number(p.compared),
          }),
        )
      : null;

  const partsCaption = previous
    ? t('parts.caption', { previous: roundName(previous.round) })
    : t('parts.captionFirst');

  return (
    <Page title={t('title', { municipality, year: round.year })} className="report">
      <div className="report__tools">
        <HelpLink section="report" />
        <p>
          <Link href={roundPath(round.id)}>{t('back')}</Link>
        </p>
        <p>
          <button type="button" onClick={() => window.print()}>
            {t('print')}
          </button>
        </p>
        <p className="hint">{t('printHint')}</p>
      </div>

      {/* The cover: in print a page of its own with the box and the key figures. */}
      <section className="report__title-page" aria-label={t('kicker')}>
        <p className="report__kicker">{t('kicker')}</p>
        <dl className="facts report__facts">
          <div>
            <dt>{t('facts.municipality')}</dt>
            <dd>{municipality}</dd>
          </div>
          <div>
            <dt>{t('facts.year')}</dt>
            <dd>{round.year}</dd>
          </div>
          {round.label && (
            <div>
              <dt>{t('facts.label')}</dt>
              <dd>{round.label}</dd>
            </div>
          )}
          <div>
            <dt>{t('facts.questionnaire')}</dt>
            <dd>
              {t('facts.questionnaireValue', {
                title: localized(questionnaire.title),
                version: questionnaire.version,
              })}
            </dd>
          </div>
          <div>
            <dt>{t('facts.status')}</dt>
            <dd>
              {round.status === 'published' && round.publishedAt
                ? t('facts.published', { date: date(round.publishedAt) })
                : t('facts.draft')}
            </dd>
          </div>
          <div>
            <dt>{t('facts.progress')}</dt>
            <dd>
              {t(
                'facts.progressValue',
                format.count(progress.total, { answered: format.number(progress.answered) }),
              )}
            </dd>
          </div>
          <div>
            <dt>{t('facts.date')}</dt>
            <dd>{date(new Date().toISOString())}</dd>
          </div>
        </dl>
        <div className="report__box">
          <h2 id="report-box">{t('box.title')}</h2>
          <FlowerBox
            questionnaire={questionnaire}
            parts={parts}
            roundId={round.id}
            title={t('box.picture', { municipality, year: round.year })}
            interactive={false}
            flowerPx={100}
            differing={differingByPart(status)}
          />
          <p className="report__rule">{t('box.rule')}</p>
        </div>
        <TableScroll label={t('box.keyCaption')}>
          <table className="report__table report__key">
            <caption>{t('box.keyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('parts.part')}</th>
                <th scope="col">{t('parts.score')}</th>
                <th scope="col">{t('parts.coverage')}</th>
              </tr>
            </thead>
            <tbody>
              {parts.map((p) => (
                <tr key={p.sectionId}>
                  <th scope="row">{partName(p)}</th>
                  <td className="report__nowrap">{p.score === null ? t('parts.noScore') : score(p.score)}</td>
                  <td>{coverage(p)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section className="report__section" aria-labelledby="report-parts">
        <h2 id="report-parts">{t('parts.title')}</h2>
        {previous ? <p>{t('parts.changeRule')}</p> : <p>{t('parts.noPrevious')}</p>}
        <TableScroll label={partsCaption}>
          <table className="report__table">
            <caption>{partsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('parts.part')}</th>
                <th scope="col">{t('parts.kind')}</th>
                <th scope="col">{t('parts.score')}</th>
                <th scope="col">{t('parts.coverage')}</th>
                {previous && (
                  <th scope="col">{t('parts.change', { previous: roundName(previous.round) })}</th>
                )}
              </tr>
            </thead>
            <tbody>
              {parts.map((p) => (
                <tr key={p.sectionId}>
                  <th scope="row">{partName(p)}</th>
                  <td>{t(`questionnaires:kind.${p.kind}`)}</td>
                  <td className="report__nowrap">{p.score === null ? t('parts.noScore') : score(p.score)}</td>
                  <td>{coverage(p)}</td>
                  {previous && (
                    <td>
                      <span className="report__nowrap">{change(changeOf.get(p.sectionId))}</span>
                      {basis(changeOf.get(p.sectionId)) && (
                        <>
                          <br />
                          <span className="hint">{basis(changeOf.get(p.sectionId))}</span>
                        </>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>

        <div className="report__keep">
          <h2>{t('highlights.title')}</h2>
          <p>{t('highlights.rule')}</p>
          {none ? (
            <p>{t(`highlights.${none}`)}</p>
          ) : (
            <div className="report__highlights">
              <div>
                <h3>{t('highlights.strongest')}</h3>
                <ul>
                  {strongest.map((p) => (
                    <li key={p.sectionId}>
                      {t('highlights.item', { part: partName(p), score: score(p.score!) })}
                    </li>
                  ))}
                </ul>
              </div>
              <div>
                <h3>{t('highlights.gaps')}</h3>
                <ul>
                  {gaps.map((p) => {
                    const gap = gapOf(p);
                    return (
                      <li key={p.sectionId}>
                        {t(
                          'highlights.gapItem',
                          format.count(gap.scored, {
                            part: partName(p),
                            score: score(p.score!),
                            short: format.number(gap.short),
                          }),
                        )}
                        {gap.notAtAll > 0 && t('highlights.notAtAll', format.count(gap.notAtAll))}
                      </li>
                    );
                  })}
                </ul>
              </div>
            </div>
          )}
        </div>

        <ReferencePlace
          organisationCode={round.organisationCode}
          year={round.year}
          questionnaire={questionnaire}
          answers={answers}
          register={register}
        />
      </section>

      <section className="report__section" aria-labelledby="report-plan">
        <h2 id="report-plan">{t('plan.title')}</h2>
        {actions.length === 0 ? (
          <p>{t('plan.empty')}</p>
        ) : (
          <TableScroll label={t('plan.caption')}>
            <table className="report__table">
              <caption>{t('plan.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.activity')}</th>
                  <th scope="col">{t('plan.indicator')}</th>
                  <th scope="col">{t('plan.target')}</th>
                  <th scope="col">{t('plan.owner')}</th>
                  <th scope="col">{t('plan.due')}</th>
                  <th scope="col">{t('plan.statusPriority')}</th>
                </tr>
              </thead>
              <tbody>
                {actions.map((action) => {
                  const found = words.indicator(action.indicatorId);
                  return (
                    <tr key={action.id}>
                      <th scope="row">{action.activity}</th>
                      <td>
                        {found ? (
                          <>
                            <Localized text={found.section.title} />:{' '}
                            <Localized text={found.indicator.text} />
                          </>
                        ) : (
                          action.indicatorId
                        )}
                      </td>
                      <td className="report__nowrap">{words.value(action.target)}</td>
                      <td>{action.owner || t('plan.none')}</td>
                      <td>{action.due ? formatDate(action.due, i18n.language) : t('plan.none')}</td>
                      <td>
                        {t(`plan.statusValue.${action.status}`)}
                        <br />
                        {t('plan.priorityOf', {
                          priority: t(`plan.priorityValue.${action.priority}`),
                        })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}

        {previous && items.length > 0 && (
          <>
            <h3>{t('followUp.title', { round: roundName(previous.round) })}</h3>
            <p>
              {t(
                'followUp.summary',
                format.count(items.length, {
                  reached: format.number(items.filter((i) => i.outcome === 'reached').length),
                }),
              )}
            </p>
            <TableScroll label={t('followUp.caption', { round: roundName(previous.round) })}>
              <table className="report__table">
                <caption>{t('followUp.caption', { round: roundName(previous.round) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('plan.activity')}</th>
                    <th scope="col">{t('plan.indicator')}</th>
                    <th scope="col">{t('plan.status')}</th>
                    <th scope="col">{t('plan.target')}</th>
                    <th scope="col">{t('followUp.answer')}</th>
                    <th scope="col">{t('followUp.outcome')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => {
                    const found = before.indicator(item.action.indicatorId);
                    const later = item.later;
                    return (
                      <tr key={item.action.id}>
                        <th scope="row">{item.action.activity}</th>
                        <td>{found ? <Localized text={found.indicator.text} /> : item.action.indicatorId}</td>
                        <td className="report__nowrap">{t(`plan.statusValue.${item.action.status}`)}</td>
                        <td className="report__nowrap">{before.value(item.action.target)}</td>
                        <td>
                          {!later
                            ? t('plan.none')
                            : later.state === 'scored'
                              ? words.value(later.value)
                              : later.state === 'not-applicable'
                                ? words.value(questionnaire.scale.notApplicable?.value)
                                : words.value(undefined)}
                        </td>
                        <td className="report__nowrap">{t(`followUp.result.${item.outcome}`)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
      </section>

      {differing.length > 0 && (
        <section className="report__section" aria-labelledby="report-differences">
          <h2 id="report-differences">{t('differences.title')}</h2>
          <p>{t('differences.lead')}</p>
          {differing.map(({ section, status: part }) => {
            const ids = new Set(part.differing ?? []);
            const listed = section.indicators.filter((indicator) => ids.has(indicator.id));
            return (
              <div key={section.id}>
                <h3>
                  <Localized text={section.title} />
                </h3>
                {listed.length > 0 ? (
                  <ul>
                    {listed.map((indicator) => (
                      <li key={indicator.id}>
                        <Localized text={indicator.text} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  // A status stored before it listed the indicators: their number only.
                  <p>{t('differences.count', format.count(part.differs))}</p>
                )}
              </div>
            );
          })}
        </section>
      )}

      <section className="report__section" aria-labelledby="report-answers">
        <h2 id="report-answers">{t('answers.title')}</h2>
        {questionnaire.sections.map((section) => {
          const part = statusOf(section.id);
          const differs = new Set(part.differing ?? []);
          return (
            <div key={section.id} className="report__part">
              <h3>
                <Localized text={section.title} />
              </h3>
              {part.respondents.length > 0 && (
                <p>{t('answers.respondents', { names: respondentNames(part.respondents) })}</p>
              )}
              <TableScroll label={t('answers.caption', { part: localized(section.title) })}>
                <table className="report__table report__answers">
                  <caption>{t('answers.caption', { part: localized(section.title) })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('answers.indicator')}</th>
                      <th scope="col">{t('answers.answer')}</th>
                      <th scope="col">{t('answers.comment')}</th>
                      <th scope="col">{t('answers.evidence')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {section.indicators.map((indicator) => {
                      const answer = answers[section.id]?.[indicator.id];
                      return (
                        <tr key={indicator.id}>
                          <th scope="row">
                            <Localized text={indicator.text} />
                          </th>
                          <td className="report__nowrap">
                            {answer?.value === undefined && differs.has(indicator.id)
                              ? t('answers.differs')
                              : words.value(answer?.value)}
                          </td>
                          <td className="report__comment">{answer?.comment || t('answers.none')}</td>
                          <td className="report__evidence">
                            {answer?.evidence ? (
                              <a href={answer.evidence}>
                                <UrlText url={answer.evidence} />
                              </a>
                            ) : (
                              t('answers.none')
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableScroll>
            </div>
          );
        })}
      </section>
    </Page>
  );
}
