import { useTranslation } from 'react-i18next';
import type { RoundComparison } from '../../domain/compare/changes';
import { byChange, byScore, type Ranked } from '../../domain/compare/ranking';
import { useFormat } from '../../ui/format';
import { Localized } from '../../ui/LocalizedText';
import { useCompareTexts } from './texts';
import { TableScroll } from '../../ui/TableScroll';

/** "Lok och vagnar": the parts ranked by score and by change; the pulling and lagging ones marked. */
export function RankView({ comparison }: { comparison: RoundComparison }) {
  const { t } = useTranslation('compare');
  const texts = useCompareTexts();
  const format = useFormat();
  const names = { earlier: texts.roundName(comparison.earlier), later: texts.roundName(comparison.later) };
  return (
    <>
      <p>{t('rank.lead')}</p>
      <RankTable
        caption={t('rank.byScore', names)}
        ranked={byScore(comparison.parts)}
        value={(r) => (r.value === null ? t('rank.unranked') : texts.score(r.value))}
        basis={({ part: { laterScore: p } }) =>
          t('rank.scoreBasis', {
            scored: format.number(p.scored),
            applicable: format.number(p.total - p.notApplicable),
          })
        }
        comparison={comparison}
      />
      <RankTable
        caption={t('rank.byChange', names)}
        ranked={byChange(comparison.parts)}
        value={(r) => texts.partChange(r.part, comparison.match)}
        basis={(r) => texts.basis(r.part)}
        comparison={comparison}
      />
    </>
  );
}

function RankTable({
  caption,
  ranked,
  value,
  basis,
  comparison,
}: {
  caption: string;
  ranked: Ranked[];
  value: (r: Ranked) => string;
  basis: (r: Ranked) => string;
  comparison: RoundComparison;
}) {
  const { t } = useTranslation('compare');
  const titles = new Map(comparison.later.questionnaire.sections.map((s) => [s.id, s.title]));
  return (
    <TableScroll label={caption}>
      <table className="rank-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('rank.rank')}
            </th>
            <th scope="col">{t('rank.part')}</th>
            <th scope="col">{t('rank.value')}</th>
            <th scope="col">{t('rank.basis')}</th>
            <th scope="col">{t('rank.position')}</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((r) => (
            <tr key={r.part.sectionId} className={r.position ? `rank--${r.position}` : undefined}>
              <td className="num">{r.rank ?? '–'}</td>
              <th scope="row">
                <Localized text={titles.get(r.part.sectionId)!} />
              </th>
              <td>{value(r)}</td>
              <td>{basis(r)}</td>
              <td>{r.position && r.position !== 'middle' ? t(`rank.${r.position}`) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
