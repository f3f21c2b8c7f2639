import { Suspense, use, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { comparePeersOf, peerYears } from '../../domain/peers/distribution';
import { defaultPeerYear } from '../../domain/peers/place';
import { loadRegister } from '../../exchange/municipalities';
import { useOrganisationCode } from '../../storage/live';
import { useRoundsWithAnswers, type RoundWithAnswers } from '../../storage/live-rounds';
import { useReferenceCount, useVersionReferences } from '../../storage/reference-rounds';
import { useFormat } from '../../ui/format';
import { useLocalized } from '../../ui/LocalizedText';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { paths, peersPath } from '../../ui/paths';
import { useFocusAfter } from '../../ui/useFocusAfter';
import { BasisList } from './BasisList';
import { ExportDataset } from './ExportDataset';
import { IndicatorTables } from './IndicatorTables';
import { PartSpread } from './PartSpread';
import { PeersCsv } from './PeersCsv';
import { distinct, registerEntries } from './register';
import { RemoveReferences } from './RemoveReferences';
import './peers.css';

/** "Jämför med andra": one of the municipality's rounds among other municipalities' rounds. */
export default function PeersPage({ roundId }: { roundId?: string }) {
  const { t } = useTranslation(['peers', 'rounds']);
  const code = useOrganisationCode();
  const own = useRoundsWithAnswers(code);
  // How many are held, not the rounds: the comparison reads only the year it shows.
  const held = useReferenceCount();
  // Removing the reference rounds removes the button pressed: focus goes to what the page says
  // instead of the comparison (one of the three paragraphs below, whichever is shown).
  const [instead, focusInstead] = useFocusAfter<HTMLParagraphElement>(held === 0);
  const loading = <p role="status">{t('app.loading')}</p>;
  if (code === undefined || own === undefined || held === undefined) return loading;
  return (
    <Page title={t('title')}>
      <HelpLink section="peers" />
      <p>{t('lead')}</p>
      <aside className="caveat" aria-labelledby="peers-caveat">
        <h2 id="peers-caveat">{t('caveatTitle')}</h2>
        <p>{t('caveat')}</p>
      </aside>
      {code === null ? (
        <p ref={instead} tabIndex={-1}>
          <Link href={paths.chooseOrganisation}>{t('chooseMunicipality')}</Link>
        </p>
      ) : own.rounds.length === 0 ? (
        <p ref={instead} tabIndex={-1}>
          {t('noRounds')} <Link href={paths.rounds}>{t('toRounds')}</Link>
        </p>
      ) : held === 0 ? (
        <p ref={instead} tabIndex={-1}>
          {t('noReferences')} <Link href={paths.openFile}>{t('toOpenFile')}</Link>
        </p>
      ) : (
        <Suspense fallback={loading}>
          <Comparison code={code} rounds={own.rounds} roundId={roundId} />
        </Suspense>
      )}
      {/* The data held: written out as one file, or removed. */}
      <Suspense fallback={loading}>
        <ExportDataset code={code} />
      </Suspense>
      {held > 0 && <RemoveReferences count={held} onRemoved={focusInstead} />}
    </Page>
  );
}

interface ComparisonProps {
  code: string;
  rounds: RoundWithAnswers[];
  roundId?: string;
}

function Comparison({ code, rounds, roundId }: ComparisonProps) {
  const register = use(loadRegister());
  const { t } = useTranslation(['peers', 'rounds']);
  const localized = useLocalized();
  const format = useFormat();
  const [, navigate] = useLocation();
  // Rounds come oldest first: the latest is the default.
  const chosen = rounds.find((r) => r.round.id === roundId) ?? rounds[rounds.length - 1]!;
  const { questionnaire } = chosen;
  // The rounds of this questionnaire version, every year; the filters below work in memory.
  const held = useVersionReferences(questionnaire);
  const years = useMemo(() => held && peerYears(held.rounds, questionnaire), [held, questionnaire]);
  const [year, setYear] = useState<number>();
  const [county, setCounty] = useState('');
  const [group, setGroup] = useState('');
  const byCode = useMemo(() => registerEntries(register), [register]);
  // The report's "Jämfört med andra kommuner" shows the same year's group (domain/peers/place).
  const shownYear =
    years === undefined
      ? undefined
      : year !== undefined && years.includes(year)
        ? year
        : defaultPeerYear(years, chosen.round.year);
  // undefined while loading; null when no round is on this version.
  const comparison = useMemo(
    () =>
      held === undefined
        ? undefined
        : shownYear === undefined
          ? null
          : comparePeersOf(
              { organisationCode: code, questionnaire, answers: chosen.answers },
              held,
              { year: shownYear, county: county || undefined, group: group || undefined },
              byCode,
            ),
    [code, questionnaire, chosen.answers, held, shownYear, county, group, byCode],
  );
  const names = { questionnaire: localized(questionnaire.title), version: questionnaire.version };

  return (
    <>
      <section aria-labelledby="peers-filters" className="peers-filters">
        <h2 id="peers-filters">{t('filters')}</h2>
        <p>
          <label htmlFor="peers-round">{t('round')}</label>
          <select
            id="peers-round"
            value={chosen.round.id}
            onChange={(e) => navigate(peersPath(e.target.value))}
          >
            {[...rounds].reverse().map(({ round, questionnaire: q }) => (
              <option key={round.id} value={round.id}>
                {t('roundOption', {
                  year: round.year,
                  label: round.label ? ` (${round.label})` : '',
                  questionnaire: localized(q.title),
                  status: t(`rounds:statusValue.${round.status}`),
                })}
              </option>
            ))}
          </select>
        </p>
        {years !== undefined && years.length > 0 && (
          <>
            <p>
              <label htmlFor="peers-year">{t('year')}</label>
              <select id="peers-year" value={shownYear} onChange={(e) => setYear(Number(e.target.value))}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </p>
            <p>
              <label htmlFor="peers-county">{t('county')}</label>
              <select id="peers-county" value={county} onChange={(e) => setCounty(e.target.value)}>
                <option value="">{t('allCounties')}</option>
                {distinct(register, 'county').map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </p>
            <p>
              <label htmlFor="peers-group">{t('group')}</label>
              <select id="peers-group" value={group} onChange={(e) => setGroup(e.target.value)}>
                <option value="">{t('allGroups')}</option>
                {distinct(register, 'group').map((g) => (
                  <option key={g.code} value={g.code}>
                    {g.code} {g.name}
                  </option>
                ))}
              </select>
            </p>
          </>
        )}
      </section>
      {/* One status region throughout, so a screen reader hears each new basis after a change. */}
      <div role="status">
        {comparison === undefined ? (
          <p>{t('app.loading')}</p>
        ) : comparison === null ? (
          <p>{t('noVersion', names)}</p>
        ) : (
          <>
            <p>
              {comparison.basis.length === 0
                ? t('noPeersYet', { year: shownYear, ...names })
                : t('basis', format.count(comparison.basis.length, { year: shownYear, ...names }))}
            </p>
            {comparison.synthetic > 0 && (
              <p className="notice">
                <strong>
                  {comparison.synthetic === comparison.basis.length
                    ? t('synthetic.all')
                    : t(
                        'synthetic.some',
                        format.count(comparison.synthetic, {
                          total: format.number(comparison.basis.length),
                        }),
                      )}
                </strong>
              </p>
            )}
          </>
        )}
      </div>
      {comparison && (
        <>
          {(['otherVersion', 'ownMunicipality', 'superseded'] as const).map((why) =>
            comparison[why] > 0 ? (
              <p key={why}>{t(`leftOut.${why}`, format.count(comparison[why]))}</p>
            ) : null,
          )}
          {comparison.basis.length > 0 && (
            <>
              {comparison.basis.length < 5 && (
                <p>
                  <strong>{t('smallBasis')}</strong>
                </p>
              )}
              <PartSpread comparison={comparison} />
              <IndicatorTables comparison={comparison} questionnaire={questionnaire} />
              <BasisList basis={comparison.basis} register={register} />
              <PeersCsv
                comparison={comparison}
                questionnaire={questionnaire}
                fileParts={[chosen.round.year, shownYear!, county, group]}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
