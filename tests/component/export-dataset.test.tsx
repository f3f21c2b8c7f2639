/**
 * "Exportera jämförelseunderlag" on "Jämför med andra": the municipality's published rounds and
 * the reference rounds held, filtered by year, county, SKR group and questionnaire version, as
 * one eblomladan.dataset/1 file with values only.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../../src/domain/exchange/dataset';
import { readDataset } from '../../src/domain/exchange/dataset-read';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import type { ReferenceRound } from '../../src/domain/round/model';
import { db } from '../../src/storage/db';
import { saveAnswer, saveRespondent } from '../../src/storage/responses';
import { publishRound } from '../../src/storage/rounds';
import { captureDownloads, type Download } from './downloads';
import { renderApp } from './render-app';
import { aleWithRound, bundled } from './round-fixtures';

const Q2016 = bundled('2016');
const Q2014 = bundled('2014');
const KEY_2016 = questionnaireKey(Q2016);
const KEY_2014 = questionnaireKey(Q2014);

// What Ale's coordinator wrote beside the answers: none of it may leave in the file.
const PERSONAL = [
  'Sara Skolchef',
  'Rektor på Alafors skola',
  'Frånvaron anmäls i appen',
  'https://ale.se/plan.pdf',
];

let n = 0;
function reference(code: string, year: number, extra: Partial<ReferenceRound> = {}) {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    organisationCode: code,
    year,
    label: '',
    publishedAt: `${year}-11-01T12:00:00.000Z`,
    questionnaireKey: KEY_2016,
    answers: { 'barn-elever': { 'e-tjanst.forskoleplats': 'helt' } },
    importedAt: '2026-01-01T00:00:00.000Z',
    fileName: `${code}-${year}.json`,
    ...extra,
  } satisfies ReferenceRound;
}

/**
 * Ale's published 2025 round (with a respondent, a comment and an evidence link) and a draft
 * 2026 round; other municipalities' rounds from 2024 and 2025: Härryda and Partille (Västra
 * Götaland, A2), Upplands Väsby (Stockholm, A2), and Göteborg's 2025 round on eBlomlådan 2014.
 */
async function aleWithOthers() {
  const round = await aleWithRound(2025);
  await saveRespondent(round.id, 'barn-elever', { name: PERSONAL[0]!, role: PERSONAL[1]! });
  await saveAnswer(round.id, 'barn-elever', 'e-tjanst.forskoleplats', {
    value: 'delvis',
    comment: PERSONAL[2]!,
    evidence: PERSONAL[3]!,
  });
  await publishRound(round.id);
  await aleWithRound(2026);
  await db.questionnaires.put({
    key: KEY_2014,
    id: Q2014.id,
    version: Q2014.version,
    source: 'received',
    storedAt: '2026-01-01T00:00:00.000Z',
    questionnaire: Q2014,
  });
  const others = {
    harryda2024: reference('1401', 2024),
    harryda2025: reference('1401', 2025),
    partille2025: reference('1402', 2025),
    vasby2025: reference('0114', 2025),
    goteborg2025: reference('1480', 2025, {
      questionnaireKey: KEY_2014,
      answers: { 'barn-elever': {} },
    }),
  };
  await db.referenceRounds.bulkAdd(Object.values(others));
  return { own: round, others };
}

async function exportSection() {
  await renderApp('/jamfor-med-andra');
  return screen.findByRole('region', { name: 'Exportera jämförelseunderlag' });
}

/** The last file written, read back as the app reads a dataset. */
async function lastFile(files: Download[]) {
  const text = await files.at(-1)!.blob.text();
  const read = readDataset(text);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return { text, file: JSON.parse(text) as DatasetFile };
}

describe('exporting a comparison dataset', () => {
  it('writes every published round held as one compact dataset file, values only', async () => {
    const files = captureDownloads();
    const { own, others } = await aleWithOthers();
    const section = await exportSection();
    // The years, counties, groups and versions held, nothing else.
    const years = within(section).getByRole('group', { name: 'År' });
    expect(
      within(years)
        .getAllByRole('checkbox')
        .map((box) => box.closest('div')!.textContent),
    ).toEqual(['2025', '2024']);
    const options = (name: string) =>
      [...within(section).getByLabelText(name).querySelectorAll('option')].map((o) => o.textContent);
    expect(options('Län')).toEqual(['Alla län', 'Stockholms län', 'Västra Götalands län']);
    expect(options('Kommungrupp (SKR)')).toEqual([
      'Alla kommungrupper',
      'A1 Storstäder',
      'A2 Pendlingskommun nära storstad',
    ]);
    expect(options('Frågeformulär')).toEqual([
      'Alla frågeformulär och versioner',
      'eBlomlådan 2014 version 2014',
      'eBlomlådan 2016 version 2016',
    ]);

    await userEvent.click(within(section).getByRole('button', { name: 'Exportera jämförelseunderlag' }));
    const status = await within(section).findByText(/^Filen .* är sparad bland dina hämtade filer\.$/);
    expect(status).toHaveAttribute('role', 'status');
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/^eblomladan-jamforelseunderlag-\d{4}-\d{2}-\d{2}\.json$/);
    expect(status).toHaveTextContent(`Filen ${files[0]!.name} med 6 omgångar`);
    const { text, file } = await lastFile(files);
    expect(file.format).toBe('eblomladan.dataset/1');
    expect(file.synthetic).toBe(false);
    // Own published round and every reference round; the draft stays home.
    expect(file.rounds.map((r) => r.id).sort()).toEqual(
      [own.id, ...Object.values(others).map((r) => r.id)].sort(),
    );
    expect(file.questionnaires.map((q) => q.key)).toEqual([KEY_2014, KEY_2016].sort());
    expect(file.rounds.find((r) => r.id === own.id)!.answers).toEqual({
      'barn-elever': { 'e-tjanst.forskoleplats': 'delvis' },
    });
    // Compact JSON, and nothing personal in it.
    expect(text).toBe(JSON.stringify(file));
    for (const words of PERSONAL) expect(text).not.toContain(words);
    // A round is its values and nothing else (the snapshots are the questionnaires as published).
    for (const round of file.rounds) {
      expect(Object.keys(round)).toEqual([
        'id',
        'organisationCode',
        'year',
        'label',
        'questionnaireKey',
        'publishedAt',
        'answers',
      ]);
    }
  });

  it('writes only what the filter chooses: years, county, SKR group, questionnaire version', async () => {
    const files = captureDownloads();
    const { own, others } = await aleWithOthers();
    const section = await exportSection();
    const save = () =>
      userEvent.click(within(section).getByRole('button', { name: 'Exportera jämförelseunderlag' }));
    const written = async (count: number) => {
      await within(section).findByText(new RegExp(`med ${count} omgång(ar)? är sparad`));
      return (await lastFile(files)).file.rounds.map((r) => r.id).sort();
    };

    // 2025 in Västra Götaland: Ale, Härryda, Partille and Göteborg.
    await userEvent.click(within(section).getByRole('checkbox', { name: '2024' }));
    await userEvent.selectOptions(within(section).getByLabelText('Län'), 'Västra Götalands län');
    await save();
    expect(await written(4)).toEqual(
      [own.id, others.harryda2025.id, others.partille2025.id, others.goteborg2025.id].sort(),
    );
    expect(files.at(-1)!.name).toMatch(/^eblomladan-jamforelseunderlag-14-\d{4}-\d{2}-\d{2}\.json$/);

    // …on eBlomlådan 2016 only: Göteborg's 2014 round goes, and its snapshot with it.
    await userEvent.selectOptions(
      within(section).getByLabelText('Frågeformulär'),
      'eBlomlådan 2016 version 2016',
    );
    await save();
    expect(await written(3)).toEqual([own.id, others.harryda2025.id, others.partille2025.id].sort());
    expect((await lastFile(files)).file.questionnaires.map((q) => q.key)).toEqual([KEY_2016]);

    // …in SKR group A2 from every county, both years: Göteborg (A1) goes, Upplands Väsby comes.
    await userEvent.selectOptions(within(section).getByLabelText('Län'), 'Alla län');
    await userEvent.selectOptions(
      within(section).getByLabelText('Kommungrupp (SKR)'),
      'A2 Pendlingskommun nära storstad',
    );
    await userEvent.click(within(section).getByRole('checkbox', { name: '2024' }));
    await save();
    expect(await written(5)).toEqual(
      [
        own.id,
        others.harryda2024.id,
        others.harryda2025.id,
        others.partille2025.id,
        others.vasby2025.id,
      ].sort(),
    );
    expect(files).toHaveLength(3);
  });

  it('asks for a year, and writes nothing when no round matches', async () => {
    const files = captureDownloads();
    await aleWithOthers();
    const section = await exportSection();
    const save = () =>
      userEvent.click(within(section).getByRole('button', { name: 'Exportera jämförelseunderlag' }));
    await userEvent.click(within(section).getByRole('checkbox', { name: '2025' }));
    await userEvent.click(within(section).getByRole('checkbox', { name: '2024' }));
    await save();
    expect(await within(section).findByRole('alert')).toHaveTextContent('Välj minst ett år.');
    expect(files).toHaveLength(0);

    // 2024 on eBlomlådan 2014: nothing.
    await userEvent.click(within(section).getByRole('checkbox', { name: '2024' }));
    expect(within(section).queryByRole('alert')).toBeInTheDocument();
    await userEvent.selectOptions(
      within(section).getByLabelText('Frågeformulär'),
      'eBlomlådan 2014 version 2014',
    );
    await save();
    expect(
      await within(section).findByText(/^Inga omgångar passar urvalet, så ingen fil sparades\./),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
    expect(files).toHaveLength(0);
  });

  it('marks the file synthetic when it carries a round from an invented dataset, and says so', async () => {
    const files = captureDownloads();
    const { others } = await aleWithOthers();
    await db.referenceRounds.put({ ...others.vasby2025, synthetic: true });
    const section = await exportSection();
    const save = () =>
      userEvent.click(within(section).getByRole('button', { name: 'Exportera jämförelseunderlag' }));
    await save();
    expect(
      await within(section).findByText(
        /med 6 omgångar är sparad bland dina hämtade filer\. Den är märkt som påhittad \(syntetisk\)/,
      ),
    ).toBeInTheDocument();
    expect((await lastFile(files)).file.synthetic).toBe(true);

    // Without Stockholm's county, no invented round is written, and the file is not marked.
    await userEvent.selectOptions(within(section).getByLabelText('Län'), 'Västra Götalands län');
    await save();
    await within(section).findByText(/med 5 omgångar är sparad bland dina hämtade filer\.$/);
    expect((await lastFile(files)).file.synthetic).toBe(false);
  });
});
