import { Suspense, use, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { compareRounds, type RoundData } from '../../domain/compare/changes';
import { partTrends } from '../../domain/compare/trend';
import { allBundled } from '../../exchange/bundled-questionnaires';
import { useOrganisationCode } from '../../storage/live';
import { useRoundsWithAnswers, type RoundWithAnswers } from '../../storage/live-rounds';
import { useFormat } from '../../ui/format';
import { useLocalized } from '../../ui/LocalizedText';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { COMPARE_VIEWS, comparePath, paths, type CompareView } from '../../ui/paths';
import { Overlay, SideBySide } from './BoxViews';
import { ChangesView } from './ChangesView';
import { CompareCsv } from './CompareCsv';
import { RankView } from './RankView';
import { RoundChooser } from './RoundChooser';
import { TrendView } from './TrendView';
import { useCompareTexts } from './texts';

interface Props {
  view?: string;
  /** Comma-separated round ids from the address. */
  ids?: string;
}

/** Compare two or more of the municipality's rounds; the chosen rounds and view live in the URL. */
export default function ComparePage({ view, ids }: Props) {
  const { t } = useTranslation(['compare', 'rounds', 'start']);
  const code = useOrganisationCode();
  const data = useRoundsWithAnswers(code);
  if (code === undefined || data === undefined) return <p role="status">{t('choose.loading')}</p>;
  if (code === null) {
    return (
      <Page title={t('title')}>
        <p>{t('rounds:chooseFirst')}</p>
        <p>
          <Link href={paths.chooseOrganisation}>{t('start:chooseMunicipality')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Suspense fallback={<p role="status">{t('choose.loading')}</p>}>
      <Comparison rounds={data.rounds} stored={data.stored} view={view} ids={ids} />
    </Suspense>
  );
}

const toData = ({ round, questionnaire, answers }: RoundWithAnswers): RoundData => ({
  id: round.id,
  year: round.year,
  label: round.label,
  questionnaire,
  answers,
});

function Comparison({
  rounds,
  stored,
  view,
  ids,
}: Props & { rounds: RoundWithAnswers[]; stored: RoundWithAnswers['questionnaire'][] }) {
  const { t } = useTranslation(['compare', 'rounds', 'start']);
  const localized = useLocalized();
  const texts = useCompareTexts();
  const [, navigate] = useLocation();
  const known = [...stored, ...use(allBundled())];
  const current: CompareView = COMPARE_VIEWS.find((v) => v === view) ?? 'andringar';
  const defaults = rounds.slice(-2).map((r) => r.round.id);
  // Without rounds in the address the two latest are shown from the first paint (the address
  // follows below), so a checkbox is never seen, or clicked, unchecked for a moment.
  const requested = ids
    ? ids.split(',').map((id) => decodeURIComponent(id))
    : defaults.length === 2
      ? defaults
      : [];
  const byId = new Map(rounds.map((r) => [r.round.id, r]));
  const unknown = requested.some((id) => !byId.has(id));
  // Rounds stay in time order whatever order the address lists them in.
  const selected = rounds.filter((r) => requested.includes(r.round.id));

  useEffect(() => {
    if (!ids && defaults.length === 2) navigate(comparePath('andringar', defaults), { replace: true });
  }, [ids, defaults.join(','), navigate]); // eslint-disable-line react-hooks/exhaustive-deps

  const choose = (next: string[]) => navigate(comparePath(current, next));
  const chosen = selected.map(toData);
  const [earlier, later] = chosen.slice(-2);
  const comparison = earlier && later ? compareRounds(earlier, later, known) : null;

  return (
    <Page title={t('title')} className="compare-page">
      <HelpLink section="compare" />
      <p>{t('lead')}</p>
      {rounds.length < 2 ? (
        <>
          <p className="notice">
            {t('choose.none')} <Link href={paths.newRound}>{t('rounds:start')}</Link>
          </p>
          <p>
            {t('choose.example')} <Link href={paths.example}>{t('start:example')}</Link>
          </p>
        </>
      ) : (
        <RoundChooser rounds={rounds} selected={selected.map((r) => r.round.id)} onChange={choose} />
      )}
      {unknown && <p className="notice">{t('choose.unknown')}</p>}
      {rounds.length >= 2 && chosen.length < 2 && <p className="notice">{t('choose.tooFew')}</p>}
      {comparison && (
        <>
          <nav aria-label={t('views.label')} className="view-tabs">
            <ul>
              {COMPARE_VIEWS.map((v) => (
                <li key={v}>
                  <Link
                    href={comparePath(
                      v,
                      chosen.map((r) => r.id),
                    )}
                    aria-current={v === current ? 'page' : undefined}
                  >
                    {t(`views.${v}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <h2>{t(`views.${current}`)}</h2>
          <p>
            {t('pair', {
              earlier: texts.roundName(comparison.earlier),
              later: texts.roundName(comparison.later),
            })}
          </p>
          <VersionNote comparison={comparison} localizedTitle={localized} />
          {current === 'andringar' && <ChangesView comparison={comparison} />}
          {current === 'sida-vid-sida' && <SideBySide rounds={chosen} />}
          {current === 'overlagg' && <Overlay comparison={comparison} />}
          {current === 'lok-och-vagnar' && <RankView comparison={comparison} />}
          {current === 'trend' && (
            <TrendView trends={partTrends(chosen, known)} questionnaire={chosen.at(-1)!.questionnaire} />
          )}
          <CompareCsv comparison={comparison} />
        </>
      )}
    </Page>
  );
}

function VersionNote({
  comparison,
  localizedTitle,
}: {
  comparison: ReturnType<typeof compareRounds>;
  localizedTitle: ReturnType<typeof useLocalized>;
}) {
  const { t } = useTranslation(['compare', 'rounds', 'start']);
  const texts = useCompareTexts();
  const format = useFormat();
  const { earlier, later, match } = comparison;
  if (match.failure)
    return (
      <p className="notice">{t('versions.failed', { reason: texts.reason(match.failure.reason, match) })}</p>
    );
  if (earlier.questionnaire.version === later.questionnaire.version)
    return <p>{t('versions.same', { questionnaire: localizedTitle(later.questionnaire.title) })}</p>;
  const total = later.questionnaire.sections.reduce((n, s) => n + s.indicators.length, 0);
  return (
    <p className="notice">
      {t(
        'versions.different',
        format.count(total, {
          earlier: localizedTitle(earlier.questionnaire.title),
          later: localizedTitle(later.questionnaire.title),
          matched: format.number(match.earlierOf.size),
        }),
      )}
    </p>
  );
}
