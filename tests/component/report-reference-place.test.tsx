/**
 * The report's "Jämfört med andra kommuner": each part's place among other municipalities'
 * rounds, with the figures "Jämför med andra" computes (comparePeers) for the group it opens with,
 * and one line instead when there is nothing to compare with.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { comparePeers } from '../../src/domain/peers/distribution';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import type { ReferenceRound } from '../../src/domain/round/model';
import { db } from '../../src/storage/db';
import { saveAnswer } from '../../src/storage/responses';
import { formatScore } from '../../src/ui/format';
import { renderApp } from './render-app';
import { aleWithRound, bundled } from './round-fixtures';

const KEY = questionnaireKey(bundled('2016'));
const CAPTION = 'Er kommuns plats bland de andra kommunerna, del för del (poäng 0–1)';
let n = 0;
function reference(code: string, school: Record<string, string>, extra: Partial<ReferenceRound> = {}) {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    organisationCode: code,
    year: 2025,
    label: 'Syntetiska data – inte kommunens svar',
    publishedAt: '2025-11-01T12:00:00.000Z',
    questionnaireKey: KEY,
    answers: { 'barn-elever': school },
    importedAt: '2026-01-01T00:00:00.000Z',
    fileName: `syntetisk-${code}-2025.json`,
    ...extra,
  } satisfies ReferenceRound;
}

const OWN = { 'e-tjanst.forskoleplats': 'delvis', 'skola.franvaro-anmalan': 'helt' };
const REFERENCES = [
  reference('1401', { 'e-tjanst.forskoleplats': 'helt', 'skola.franvaro-anmalan': 'helt' }),
  reference('1402', { 'e-tjanst.forskoleplats': 'inte-alls', 'skola.franvaro-anmalan': 'delvis' }),
  reference('0114', { 'e-tjanst.forskoleplats': 'helt', 'skola.franvaro-anmalan': 'ej-aktuellt' }),
  // On the older questionnaire: left out, and said so.
  reference(
    '1480',
    { 'e-tjanst.forskoleplats': 'helt' },
    { questionnaireKey: 'eblomladan@2014#0000000000000000' },
  ),
];

/** Ale's 2025 round with two answers in the school part, and its report opened. */
async function reportOfAle(references: ReferenceRound[]) {
  const round = await aleWithRound(2025);
  for (const [indicator, value] of Object.entries(OWN)) {
    await saveAnswer(round.id, 'barn-elever', indicator, { value });
  }
  await db.referenceRounds.bulkAdd(references);
  await renderApp(`/omgangar/${round.id}/rapport`);
  // The municipality register is a chunk of its own, slow to load the first time.
  await screen.findByRole('heading', { level: 1, name: 'Rapport: Ale 2025' }, { timeout: 5000 });
  return screen.getByRole('region', { name: 'Jämfört med andra kommuner' });
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe("the report's place among other municipalities", () => {
  it('shows the group and, per part, the median and quartiles as Jämför med andra computes them', async () => {
    const section = await reportOfAle(REFERENCES);
    expect(
      await within(section).findByText(
        'Jämförelsegruppen är 3 andra kommuners publicerade omgångar från 2025 på eBlomlådan 2016 version 2016, från alla län och kommungrupper: samma urval som Jämför med andra kommuner visar först.',
      ),
    ).toBeInTheDocument();
    expect(within(section).getByText(/^1 omgång från 2025 räknas inte med/)).toBeInTheDocument();
    expect(within(section).getByText(/Gruppen är liten/)).toBeInTheDocument();
    expect(within(section).getByText(/inte detsamma som god eller dålig kvalitet/)).toBeInTheDocument();

    const table = within(section).getByRole('table', { name: CAPTION });
    const school = within(table).getByRole('row', { name: /^Barn och elever/ });
    // By hand: the others score 1, 0.25 and 1; Ale (0.5 + 1) / 2 = 0.75, between the lower
    // quartile (0.625) and the median (1), with two of them higher and one lower.
    expect(cellsOf(school)).toEqual([
      '0,75',
      '3',
      '0,63',
      '1',
      '1',
      'Mellan nedre kvartilen och medianen2 högre, 0 lika, 1 lägre',
    ]);

    // And the same figures as the peers domain function gives for the group.
    const questionnaire = bundled('2016');
    const answers = {
      'barn-elever': Object.fromEntries(
        Object.entries(OWN).map(([id, value]) => [id, { value, updatedAt: '' }]),
      ),
    };
    const expected = comparePeers(
      { organisationCode: '1440', questionnaire, answers },
      REFERENCES,
      { year: 2025 },
      new Map(),
    );
    expect(within(table).getAllByRole('row')).toHaveLength(questionnaire.sections.length + 1);
    for (const part of expected.parts) {
      const title = part.section.title.sv.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const row = within(table).getByRole('row', { name: new RegExp(`^${title}`) });
      const score = (v: number | null | undefined) =>
        v === null || v === undefined ? '–' : formatScore(v, 'sv');
      expect(cellsOf(row).slice(0, 5), part.section.title.sv).toEqual([
        score(part.own.score),
        String(part.spread?.n ?? 0),
        score(part.spread?.q1),
        score(part.spread?.median),
        score(part.spread?.q3),
      ]);
    }

    // No other municipality answered the grass: no figures, and the row says why.
    const grass = within(table).getByRole('row', { name: /^Ledning, arbetssätt/ });
    expect(cellsOf(grass)).toEqual(['–', '0', '–', '–', '–', '–']);
    expect(grass).toHaveTextContent('3 kommuner har inget poängsatt svar i delen.');
  });

  it('says plainly when the comparison group is invented (synthetic), and only then', async () => {
    const section = await reportOfAle(REFERENCES.map((r) => ({ ...r, synthetic: true as const })));
    expect(
      await within(section).findByText(
        'Jämförelsen bygger på påhittade (syntetiska) uppgifter, inte på kommunernas egna svar.',
      ),
    ).toBeInTheDocument();
    // One of the group real again: the words say how many are invented.
    await db.referenceRounds.put(REFERENCES[0]!);
    expect(
      await within(section).findByText(
        '2 av de 3 omgångarna i jämförelsegruppen är påhittade (syntetiska) uppgifter, inte kommunernas egna svar.',
      ),
    ).toBeInTheDocument();
    // The round on another version is synthetic but not in the group: not counted.
    await db.referenceRounds.bulkPut(REFERENCES.slice(0, 3));
    await within(section).findByRole('table', { name: CAPTION });
    await waitFor(() => expect(within(section).queryByText(/påhittade/)).not.toBeInTheDocument());
  });

  it('says in one line that it does not compare when no other municipality’s round is held', async () => {
    const section = await reportOfAle([]);
    expect(
      await within(section).findByText(
        'Det finns inga andra kommuners omgångar i den här webbläsaren, så rapporten jämför inte med andra kommuner.',
      ),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
    expect(within(section).getAllByRole('paragraph')).toHaveLength(1);
  });

  it('says so when the rounds held are on another version of the questionnaire', async () => {
    const section = await reportOfAle(REFERENCES.slice(3));
    expect(
      await within(section).findByText(
        'Den andra kommunens omgång som finns här är besvarad på en annan version av frågeformuläret än eBlomlådan 2016 version 2016, så rapporten jämför inte med den.',
      ),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
  });
});
