import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import register from '../../src/data/kommuner.json';
import { usePreferences } from '../../src/state/preferences';
import { db } from '../../src/storage/db';
import { renderApp } from './render-app';

const text = (path: string) => readFileSync(join(import.meta.dirname, '../fixtures/formats', path), 'utf8');
const file = (name: string, content: string) => new File([content], name, { type: 'application/json' });
const dataset = () => file('underlag.json', text('dataset-1/dataset-1.json'));

async function openFileView() {
  const user = userEvent.setup();
  await renderApp('/oppna');
  await screen.findByRole('heading', { level: 1, name: 'Öppna fil' }, { timeout: 5000 });
  return { user, input: screen.getByLabelText<HTMLInputElement>('Välj filer') };
}

describe('Öppna fil with a comparison dataset', () => {
  it('summarises the rounds per year, version and county, then writes them all at once', async () => {
    const { user, input } = await openFileView();
    await user.upload(input, dataset());
    expect(
      await screen.findByText(
        '3 omgångar från andra kommuner i 1 fil: 3 nya, 0 likadana som redan finns här, 0 ersätter en äldre version, 0 läses inte in.',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    const years = screen.getByRole('table', { name: 'Per år' });
    expect(within(years).getByRole('row', { name: /^2024/ })).toHaveTextContent('2024200');
    expect(screen.getByRole('table', { name: 'Per län' })).toHaveTextContent('Västra Götalands län');
    expect(await db.referenceRounds.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Läs in' }));
    await screen.findByText(/^Klart\. Allt är inläst\./);
    // Focus goes to the outcome, which says how many rounds came in.
    await waitFor(() =>
      expect(document.activeElement).toHaveTextContent(
        'Klart. Allt är inläst. 3 omgångar från andra kommuner är inlästa.',
      ),
    );
    expect(await db.referenceRounds.count()).toBe(3);
    expect(screen.getByRole('link', { name: 'Jämför med andra' })).toBeInTheDocument();

    // The same file again: everything is already here, nothing to write.
    await user.click(screen.getByRole('button', { name: 'Öppna fler filer' }));
    await user.upload(screen.getByLabelText<HTMLInputElement>('Välj filer'), dataset());
    expect(
      await screen.findByText(
        /^3 omgångar från andra kommuner i 1 fil: 0 nya, 3 likadana/,
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Filerna innehåller inget som inte redan finns här. Ingenting ändras.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Läs in' })).toBeNull();
  });

  it('says the dataset is invented when it is marked synthetic, and marks what it writes', async () => {
    const { user, input } = await openFileView();
    await user.upload(
      input,
      file(
        'syntetisk.json',
        text('dataset-1/dataset-1.json').replace('"synthetic": false', '"synthetic": true'),
      ),
    );
    expect(
      await screen.findByText(/^Obs! Underlaget är märkt som påhittat/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Läs in' }));
    await screen.findByText(/^Klart\. Allt är inläst\./);
    expect((await db.referenceRounds.toArray()).every((round) => round.synthetic === true)).toBe(true);
  });

  it('counts the whole country in the language’s own way: "2 900 omgångar", and "1 ny" for one', async () => {
    const { user, input } = await openFileView();
    await user.upload(input, file('landet.json', country()));
    expect(
      await screen.findByText(
        '2 900 omgångar från andra kommuner i 1 fil: 2 900 nya, 0 likadana som redan finns här, 0 ersätter en äldre version, 0 läses inte in.',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    // Counts are grouped by thousands; a year never is.
    const versions = screen.getByRole('table', { name: 'Per frågeformulär och version' });
    expect(within(versions).getAllByRole('row')[1]).toHaveTextContent(/2 900000$/);
    const years = screen.getByRole('table', { name: 'Per år' });
    expect(within(years).getByRole('row', { name: /^2016/ })).toHaveTextContent('2016290000');

    // One round: the singular, not "1 nya".
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    const one = JSON.parse(text('dataset-1/dataset-1.json')) as { rounds: unknown[] };
    one.rounds = one.rounds.slice(0, 1);
    await user.upload(
      screen.getByLabelText<HTMLInputElement>('Välj filer'),
      file('en.json', JSON.stringify(one)),
    );
    expect(
      await screen.findByText(
        '1 omgång från andra kommuner i 1 fil: 1 ny, 0 likadana som redan finns här, 0 ersätter en äldre version, 0 läses inte in.',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
  });

  it('counts the whole country with English grouping: "2,900 rounds"', async () => {
    usePreferences.setState({ language: 'en' });
    const user = userEvent.setup();
    await renderApp('/oppna');
    await screen.findByRole('heading', { level: 1, name: 'Open file' }, { timeout: 5000 });
    await user.upload(
      screen.getByLabelText<HTMLInputElement>('Choose files'),
      file('country.json', country()),
    );
    expect(
      await screen.findByText(
        '2,900 rounds from other municipalities in 1 file: 2,900 new, 0 the same as held here, 0 replacing an older version, 0 not read in.',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
  });

  it('refuses a broken dataset with what is wrong and where, and writes nothing', async () => {
    const { user, input } = await openFileView();
    const parsed = JSON.parse(text('dataset-1/dataset-1.json')) as { rounds: { year: number }[] };
    parsed.rounds.push({ ...parsed.rounds[0]!, year: parsed.rounds[0]!.year });
    await user.upload(input, file('dubbel.json', JSON.stringify(parsed)));
    const alert = await screen.findByRole(
      'alert',
      { name: 'dubbel.json kan inte läsas in' },
      { timeout: 5000 },
    );
    expect(alert).toHaveTextContent('rounds[3]');
    expect(screen.queryByRole('button', { name: 'Läs in' })).toBeNull();
    expect(await db.referenceRounds.count()).toBe(0);
  });

  it('asks for a dataset to be opened apart from assignments, responses and backups', async () => {
    const { user, input } = await openFileView();
    await user.upload(input, [dataset(), file('svar.json', text('v2/response-2.json'))]);
    const alert = await screen.findByRole(
      'alert',
      { name: 'underlag.json kan inte läsas in' },
      { timeout: 5000 },
    );
    expect(alert).toHaveTextContent('Det här är ett jämförelseunderlag. Öppna det för sig');
    await waitFor(async () => expect(await db.referenceRounds.count()).toBe(0));
  });
});

/** Every municipality over ten years (2016–2025): 2,900 rounds on one questionnaire, few answers each. */
function country(): string {
  const parsed = JSON.parse(text('dataset-1/dataset-1.json')) as {
    questionnaires: { key: string }[];
    rounds: Record<string, unknown>[];
  };
  const template = parsed.rounds[2]!;
  let n = 0;
  parsed.rounds = register.municipalities.flatMap((m) =>
    Array.from({ length: 10 }, (_, i) => ({
      ...template,
      id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
      organisationCode: m.code,
      year: 2016 + i,
      publishedAt: `${2016 + i}-11-01T12:00:00.000Z`,
    })),
  );
  parsed.questionnaires = parsed.questionnaires.filter((q) => q.key === template.questionnaireKey);
  return JSON.stringify(parsed);
}

describe('reading a large selection', () => {
  it('can be cancelled while the files are read, saving nothing and offering the picker again', async () => {
    const { user, input } = await openFileView();
    // A file whose reading never ends by itself: Avbryt must not wait for it.
    class Endless extends File {
      override text() {
        return new Promise<string>(() => undefined);
      }
    }
    await user.upload(input, [dataset(), new Endless(['{}'], 'stor.json', { type: 'application/json' })]);
    await user.click(await screen.findByRole('button', { name: 'Avbryt läsningen' }, { timeout: 5000 }));
    await waitFor(() =>
      expect(document.activeElement).toHaveTextContent('Läsningen avbröts. Ingenting sparades.'),
    );
    expect(screen.queryByRole('button', { name: 'Läs in' })).toBeNull();
    expect(screen.getByLabelText('Välj filer')).toBeInTheDocument();
    expect(await db.referenceRounds.count()).toBe(0);
  });
});
