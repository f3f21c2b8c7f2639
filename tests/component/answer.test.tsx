import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readSetting } from '../../src/storage/settings';
import { db, ROUND_DOC_UPDATES } from '../../src/storage/db';
import { docFromUpdates } from '../../src/storage/round-doc/data';
import { rate } from '../../src/storage/round-doc/edit';
import { publishRound } from '../../src/storage/rounds';
import { renderApp } from './render-app';
import { aleWithRound } from './round-fixtures';

const answers = async (roundId: string) => (await db.responses.get([roundId, 'barn-elever']))?.answers ?? {};
const firstIndicator = () =>
  screen.getByRole('group', { name: /1\. Vårdnadshavare kan ansöka om, ändra och säga upp plats/ });

describe('answering a part', () => {
  it('answers with the keyboard alone and says it is saved', async () => {
    const user = userEvent.setup();
    const round = await aleWithRound();
    await renderApp(`/omgangar/${round.id}/barn-elever`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Barn och elever' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Allt du fyller i sparas direkt');

    // Tab from the part's role field, past "add a respondent", into the first indicator's
    // options, and choose with Space.
    screen.getByLabelText('Roll').focus();
    await user.tab();
    expect(screen.getByText('Lägg till en svarande')).toHaveFocus();
    await user.tab();
    expect(within(firstIndicator()).getByRole('radio', { name: 'Uppfyller helt' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const partly = within(firstIndicator()).getByRole('radio', { name: 'Uppfyller delvis' });
    await user.keyboard(' ');
    await waitFor(async () =>
      expect((await answers(round.id))['e-tjanst.forskoleplats']?.value).toBe('delvis'),
    );
    await waitFor(() => expect(partly).toBeChecked());
    expect(await screen.findByText(/^Sparat .*Allt du fyller i sparas direkt/)).toBeInTheDocument();
    expect(await screen.findByText('1 av 8 indikatorer besvarade')).toBeInTheDocument();
  });

  it('records "ej aktuellt" and can take an answer back', async () => {
    const user = userEvent.setup();
    const round = await aleWithRound();
    await renderApp(`/omgangar/${round.id}/barn-elever`);
    await user.click(
      within(await screen.findByRole('group', { name: /^1\./ })).getByRole('radio', { name: 'Ej aktuellt' }),
    );
    await waitFor(async () =>
      expect((await answers(round.id))['e-tjanst.forskoleplats']?.value).toBe('ej-aktuellt'),
    );
    await user.click(await screen.findByRole('button', { name: 'Ta bort svaret på indikator 1' }));
    await waitFor(async () =>
      expect((await answers(round.id))['e-tjanst.forskoleplats']?.value).toBeUndefined(),
    );
    await waitFor(() =>
      expect(within(firstIndicator()).getByRole('radio', { name: 'Ej aktuellt' })).not.toBeChecked(),
    );
  });

  it('saves a comment while typing, and the respondent once for the part', async () => {
    const user = userEvent.setup();
    const round = await aleWithRound();
    await renderApp(`/omgangar/${round.id}/barn-elever`);
    await user.type(await screen.findByLabelText('Namn'), 'Anna Andersson');
    await user.type(within(firstIndicator()).getByLabelText('Kommentar'), 'Gäller alla förskolor');
    await waitFor(async () =>
      expect((await answers(round.id))['e-tjanst.forskoleplats']?.comment).toBe('Gäller alla förskolor'),
    );
    await waitFor(async () =>
      expect((await db.responses.get([round.id, 'barn-elever']))?.respondent?.name).toBe('Anna Andersson'),
    );
    expect(screen.getByLabelText('Roll')).toHaveValue(
      'Förvaltningschef för barn- och utbildningsförvaltningen',
    );
  });

  it('refuses an evidence link that is not a web address, and saves a valid one', async () => {
    const user = userEvent.setup();
    const round = await aleWithRound();
    await renderApp(`/omgangar/${round.id}/barn-elever`);
    const link = within(await screen.findByRole('group', { name: /^1\./ })).getByLabelText('Underlag (länk)');
    await user.type(link, 'javascript:alert(1)');
    await user.tab();
    expect(link).toHaveAttribute('aria-invalid', 'true');
    expect(link).toHaveAccessibleDescription(/Ange en fullständig webbadress som börjar med https:\/\//);
    expect((await answers(round.id))['e-tjanst.forskoleplats']?.evidence).toBeUndefined();

    await user.clear(link);
    await user.type(link, 'https://ale.se/forskola');
    await user.tab();
    await waitFor(async () =>
      expect((await answers(round.id))['e-tjanst.forskoleplats']?.evidence).toBe('https://ale.se/forskola'),
    );
    expect(link).not.toHaveAttribute('aria-invalid');
    expect(await screen.findByRole('link', { name: /Öppna underlaget/ })).toHaveAttribute(
      'href',
      'https://ale.se/forskola',
    );
  });

  it('is read-only when the round is published', async () => {
    const round = await aleWithRound();
    await publishRound(round.id);
    await renderApp(`/omgangar/${round.id}/barn-elever`);
    expect(await screen.findByText(/Omgången är publicerad och kan inte ändras/)).toBeInTheDocument();
    for (const radio of within(firstIndicator()).getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(within(firstIndicator()).getByLabelText('Kommentar')).toBeDisabled();
    expect(screen.getByLabelText('Namn')).toBeDisabled();
  });

  it('shows a change made elsewhere (another tab) without a reload', async () => {
    const round = await aleWithRound();
    await renderApp(`/omgangar/${round.id}/barn-elever`);
    await screen.findByRole('heading', { level: 1, name: 'Barn och elever' });
    // Another tab writes its change to the round's document as y-dexie does: one update row.
    const place = {
      sectionId: 'barn-elever',
      indicatorId: 'e-tjanst.forskoleplats',
      personId: (await readSetting('person'))!.personId,
    };
    const stored = await db.table<{ u: Uint8Array }>(ROUND_DOC_UPDATES).where('k').equals(round.id).toArray();
    const other = docFromUpdates(stored.map((row) => row.u));
    const before = Y.encodeStateVector(other);
    rate(other, place, { value: 'helt', comment: 'Från en annan flik' }, new Date().toISOString());
    await db.table(ROUND_DOC_UPDATES).add({ k: round.id, u: Y.encodeStateAsUpdateV2(other, before), f: 1 });
    await waitFor(() =>
      expect(within(firstIndicator()).getByRole('radio', { name: 'Uppfyller helt' })).toBeChecked(),
    );
    expect(within(firstIndicator()).getByLabelText('Kommentar')).toHaveValue('Från en annan flik');
  });

  it('keeps a comment typed right after choosing an answer, every time', async () => {
    const user = userEvent.setup();
    const round = await aleWithRound();
    await renderApp(`/omgangar/${round.id}/barn-elever`);
    const groups = await screen.findAllByRole('group', { name: /^\d+\./ });
    for (const [i, group] of groups.entries()) {
      await user.click(within(group).getByRole('radio', { name: 'Uppfyller delvis' }));
      await user.type(within(group).getByLabelText('Kommentar'), `Kommentar ${i + 1}`);
    }
    await waitFor(async () => {
      const stored = Object.values(await answers(round.id));
      expect(stored.map((answer) => answer.comment).sort()).toEqual(
        groups.map((_, i) => `Kommentar ${i + 1}`).sort(),
      );
      expect(stored.every((answer) => answer.value === 'delvis')).toBe(true);
    });
  });

  it('lets several people rate a part, shows their ratings side by side and the agreed answer', async () => {
    const user = userEvent.setup();
    const round = await aleWithRound();
    await renderApp(`/omgangar/${round.id}/barn-elever`);
    await user.type(await screen.findByLabelText('Namn'), 'Anna Förskolechef');
    await user.click(within(firstIndicator()).getByRole('radio', { name: 'Uppfyller helt' }));

    await user.click(screen.getByText('Lägg till en svarande'));
    await user.type(screen.getByLabelText('Den svarandes namn'), 'Bo Skolchef');
    await user.type(screen.getByLabelText('Den svarandes roll'), 'Skolchef');
    await user.click(screen.getByRole('button', { name: 'Lägg till' }));
    expect(
      await screen.findByText('Bo Skolchef har lagts till. Bedömningarna görs nu av Bo Skolchef.'),
    ).toHaveFocus();
    expect(screen.getByRole('radio', { name: /Bo Skolchef/ })).toBeChecked();
    expect(screen.getByLabelText('Namn')).toHaveValue('Bo Skolchef');

    await user.click(within(firstIndicator()).getByRole('radio', { name: 'Uppfyller inte alls' }));
    const table = await screen.findByRole('table', { name: /Alla bedömningar \(2\)/ });
    expect(within(table).getByRole('rowheader', { name: /Anna Förskolechef/ })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: /Bo Skolchef/ })).toBeInTheDocument();
    expect(table).toHaveTextContent('Bedömningarna ligger mer än en nivå isär.');
    expect(
      screen.getByText('Bedömningarna skiljer sig och ingen gemensam bedömning är vald.'),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await answers(round.id))['e-tjanst.forskoleplats']?.value).toBeUndefined(),
    );

    await user.selectOptions(
      screen.getByLabelText('Välj gemensam bedömning för indikator 1'),
      'Uppfyller delvis',
    );
    await user.type(screen.getByLabelText('Anteckning om valet (valfri)'), 'Enades på ledningsmötet');
    await user.click(screen.getByRole('button', { name: 'Spara gemensam bedömning' }));
    // Focus lands on the result once it is saved (and every view has it).
    const chosen = await screen.findByText(/Gemensam bedömning: Uppfyller delvis, vald av Bo Skolchef/);
    await waitFor(() => expect(chosen).toHaveFocus());
    await waitFor(async () =>
      expect((await answers(round.id))['e-tjanst.forskoleplats']?.value).toBe('delvis'),
    );
    await waitFor(async () =>
      expect(
        (await db.roundDocs.get(round.id))?.parts?.['barn-elever']?.respondents.map((r) => r.name),
      ).toEqual(['Anna Förskolechef', 'Bo Skolchef']),
    );
  });
});
