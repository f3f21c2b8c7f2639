import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addAction } from '../../src/storage/actions';
import { db } from '../../src/storage/db';
import { saveAnswer } from '../../src/storage/responses';
import { publishRound, startRound } from '../../src/storage/rounds';
import { saveOrganisation } from '../../src/storage/settings';
import { renderApp } from './render-app';
import { aleWithRound, bundled } from './round-fixtures';

const FORSKOLEPLATS =
  'Vårdnadshavare kan ansöka om, ändra och säga upp plats i förskola och fritidshem via en e-tjänst.';

/** A 2026 round of Ale with the first three school indicators answered: partly, not at all, fully. */
async function answered() {
  const round = await aleWithRound(2026);
  await saveAnswer(round.id, 'barn-elever', 'e-tjanst.forskoleplats', { value: 'delvis' });
  await saveAnswer(round.id, 'barn-elever', 'skola.franvaro-anmalan', { value: 'inte-alls' });
  await saveAnswer(round.id, 'barn-elever', 'skola.skolval', { value: 'helt' });
  return round;
}

const action = (roundId: string, extra: Partial<Parameters<typeof addAction>[1]> = {}) =>
  addAction(roundId, {
    sectionId: 'barn-elever',
    indicatorId: 'e-tjanst.forskoleplats',
    target: 'helt',
    activity: 'Inför e-tjänst för förskoleplats',
    owner: 'Barn- och utbildningsförvaltningen',
    due: '2026-12-31',
    priority: 'high',
    status: 'planned',
    ...extra,
  });

describe('action plan', () => {
  it('offers the partly and not met indicators first, presets the target one step up, and adds an action from a suggestion', async () => {
    const user = userEvent.setup();
    const round = await answered();
    await renderApp(`/omgangar/${round.id}/handlingsplan`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Handlingsplan 2026' })).toBeInTheDocument();
    expect(
      screen.getByText('2 indikatorer uppfyller delvis eller inte alls och har ingen åtgärd ännu.'),
    ).toBeInTheDocument();

    // The indicator list puts the partly / not met ones in the first group.
    const indicator = screen.getByRole('combobox', { name: 'Indikator' });
    const groups = within(indicator).getAllByRole('group');
    expect(groups[0]).toHaveAttribute('label', 'Uppfyller delvis eller inte alls');
    expect(within(groups[0]!).getAllByRole('option')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: `Planera åtgärd för ${FORSKOLEPLATS}` }));
    expect(screen.getByRole('combobox', { name: 'Indikator' })).toHaveValue(
      'barn-elever/e-tjanst.forskoleplats',
    );
    expect(screen.getByRole('combobox', { name: 'Målnivå' })).toHaveDisplayValue('Uppfyller helt');
    expect(screen.getByText('Nuvarande svar: Uppfyller delvis')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Aktivitet' })).toHaveFocus();

    const suggestions = screen.getByRole('group', { name: 'Förslag på aktiviteter' });
    await user.click(within(suggestions).getAllByRole('button')[0]!);
    expect(screen.getByRole('textbox', { name: 'Aktivitet' })).toHaveValue(
      'Inför en e-tjänst med e-legitimation för att söka, ändra och säga upp plats i förskola och fritidshem',
    );
    await user.type(screen.getByRole('textbox', { name: 'Aktivitet' }), ', först i tätorten');
    await user.type(
      screen.getByRole('textbox', { name: 'Ansvarig' }),
      'Förvaltningschef barn och utbildning',
    );
    fireEvent.change(screen.getByLabelText('Klart senast'), { target: { value: '2026-11-30' } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Prioritet' }), 'Hög');
    await user.click(screen.getByRole('button', { name: 'Lägg till åtgärd' }));

    expect(await screen.findByText('Åtgärden är tillagd i handlingsplanen.')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Handlingsplanens åtgärder' });
    const row = within(table).getByRole('row', { name: /först i tätorten/ });
    expect(row).toHaveTextContent('Förvaltningschef barn och utbildning');
    expect(row).toHaveTextContent('30 november 2026');
    expect(row).toHaveTextContent('Hög');
    expect(row).toHaveTextContent('Planerad');
    const [stored] = await db.actions.toArray();
    expect(stored).toMatchObject({
      roundId: round.id,
      indicatorId: 'e-tjanst.forskoleplats',
      target: 'helt',
      due: '2026-11-30',
      priority: 'high',
    });
    // The indicator now has an action, so one is left to act on.
    expect(
      screen.getByText('1 indikator uppfyller delvis eller inte alls och har ingen åtgärd ännu.'),
    ).toBeInTheDocument();
  });

  it('says in Swedish what is missing and saves nothing', async () => {
    const user = userEvent.setup();
    const round = await answered();
    await renderApp(`/omgangar/${round.id}/handlingsplan`);
    await user.click(await screen.findByRole('button', { name: 'Lägg till åtgärd' }));
    expect(await screen.findByText('Välj vilken indikator åtgärden gäller.')).toBeInTheDocument();
    expect(screen.getByText('Skriv vad som ska göras.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Aktivitet' })).toHaveAttribute('aria-invalid', 'true');
    expect(await db.actions.count()).toBe(0);
  });

  it('changes an action, deletes it and undoes the deletion', async () => {
    const user = userEvent.setup();
    const round = await answered();
    await action(round.id);
    await renderApp(`/omgangar/${round.id}/handlingsplan`);
    await user.click(
      await screen.findByRole('button', { name: 'Ändra åtgärden ”Inför e-tjänst för förskoleplats”' }),
    );
    expect(screen.getByRole('heading', { name: 'Ändra åtgärd' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Pågår');
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument();
    expect((await db.actions.toArray())[0]!.status).toBe('in-progress');

    await user.click(
      screen.getByRole('button', { name: 'Ta bort åtgärden ”Inför e-tjänst för förskoleplats”' }),
    );
    expect(
      await screen.findByText('Åtgärden ”Inför e-tjänst för förskoleplats” är borttagen.'),
    ).toBeInTheDocument();
    expect(await db.actions.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Ångra' }));
    expect(await screen.findByText('Åtgärden är återställd.')).toBeInTheDocument();
    expect(await db.actions.count()).toBe(1);
  });

  it('filters by part, owner and status and sorts by due date or priority', async () => {
    const user = userEvent.setup();
    const round = await answered();
    await action(round.id, { activity: 'A sist', due: '2027-06-01', priority: 'low', owner: 'Anna' });
    await action(round.id, {
      activity: 'B först',
      due: '2026-03-01',
      priority: 'medium',
      owner: 'Bo',
      status: 'done',
    });
    await action(round.id, {
      sectionId: 'ledning-arbetssatt',
      indicatorId: 'styrning.strategi',
      activity: 'C utan datum',
      due: '',
      priority: 'high',
      owner: '',
    });
    await renderApp(`/omgangar/${round.id}/handlingsplan`);
    const table = await screen.findByRole('table', { name: 'Handlingsplanens åtgärder' });
    const activities = () =>
      within(screen.getByRole('table', { name: 'Handlingsplanens åtgärder' }))
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(table).toBeInTheDocument();
    expect(activities()).toEqual(['B först', 'A sist', 'C utan datum']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sortera efter' }), 'Prioritet');
    expect(activities()).toEqual(['C utan datum', 'B först', 'A sist']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Visa status' }), 'Klar');
    expect(activities()).toEqual(['B först']);
    expect(screen.getByText('Visar 1 av 3 åtgärder.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Visa status' }), 'Alla');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Visa del' }), 'Barn och elever');
    expect(activities()).toEqual(['B först', 'A sist']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Visa del' }), 'Alla');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Visa ansvarig' }),
      'Ingen ansvarig angiven',
    );
    expect(activities()).toEqual(['C utan datum']);
  });

  it('stays editable after the round is published, and says why', async () => {
    const user = userEvent.setup();
    const round = await answered();
    await action(round.id);
    await publishRound(round.id);
    await renderApp(`/omgangar/${round.id}/handlingsplan`);
    expect(
      await screen.findByText(
        /Omgången är publicerad: svaren är låsta, men handlingsplanen kan fortfarande ändras/,
      ),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Ändra åtgärden ”Inför e-tjänst för förskoleplats”' }),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Klar');
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    await waitFor(async () => expect((await db.actions.toArray())[0]!.status).toBe('done'));
  });

  it('is reached from the round overview', async () => {
    const user = userEvent.setup();
    const round = await answered();
    await renderApp(`/omgangar/${round.id}`);
    await user.click(await screen.findByRole('link', { name: 'Handlingsplan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Handlingsplan 2026' })).toBeInTheDocument();
  });
});

describe('follow-up in the next round', () => {
  it("shows the previous round's actions, their status and whether each target was reached, across versions", async () => {
    const user = userEvent.setup();
    await saveOrganisation('1440');
    const start = (year: number, version: '2014' | '2016') =>
      startRound({
        organisationCode: '1440',
        year,
        label: '',
        questionnaire: bundled(version),
        source: 'bundled',
      });
    const r2025 = await start(2025, '2014');
    await saveAnswer(r2025.id, 'forskola-skola', 'e-tjanst.forskoleplats', { value: 'inte-alls' });
    await saveAnswer(r2025.id, 'forskola-skola', 'skola.franvaro-anmalan', { value: 'inte-alls' });
    const base = { owner: 'Anna', priority: 'medium' as const, due: '', sectionId: 'forskola-skola' };
    await addAction(r2025.id, {
      ...base,
      indicatorId: 'e-tjanst.forskoleplats',
      target: 'delvis',
      activity: 'Platsansökan på webben',
      status: 'done',
    });
    await addAction(r2025.id, {
      ...base,
      indicatorId: 'skola.franvaro-anmalan',
      target: 'helt',
      activity: 'Frånvaro i appen',
      status: 'in-progress',
    });
    await addAction(r2025.id, {
      ...base,
      indicatorId: 'skola.webbplats',
      target: 'helt',
      activity: 'Skolornas sidor',
      status: 'planned',
    });
    const r2026 = await start(2026, '2016');
    await saveAnswer(r2026.id, 'barn-elever', 'e-tjanst.forskoleplats', { value: 'helt' });
    await saveAnswer(r2026.id, 'barn-elever', 'skola.franvaro-anmalan', { value: 'delvis' });

    await renderApp(`/omgangar/${r2026.id}/handlingsplan`);
    expect(
      await screen.findByRole('heading', { name: 'Uppföljning av handlingsplanen 2025' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Åtgärder från 2025 och om målen nåddes' });
    expect(within(table).getByRole('row', { name: /Platsansökan på webben/ })).toHaveTextContent(
      /Klar.*Uppfyller delvis.*Uppfyller helt.*✔ Nått/,
    );
    expect(within(table).getByRole('row', { name: /Frånvaro i appen/ })).toHaveTextContent(
      /Pågår.*Uppfyller helt.*Uppfyller delvis.*✘ Inte nått/,
    );
    expect(within(table).getByRole('row', { name: /Skolornas sidor/ })).toHaveTextContent(
      'Kan inte jämföras: indikatorn finns inte i det nya formuläret',
    );
    expect(screen.getByText('1 av 3 mål nådda.')).toBeInTheDocument();

    // An unreached action can be carried into this year's plan, once.
    await user.click(
      within(table).getByRole('button', {
        name: 'För över åtgärden ”Frånvaro i appen” till den här omgångens handlingsplan',
      }),
    );
    expect(
      await screen.findByText('Åtgärden är överförd till den här omgångens handlingsplan.'),
    ).toBeInTheDocument();
    const carried = (await db.actions.where({ roundId: r2026.id }).toArray())[0];
    expect(carried).toMatchObject({
      indicatorId: 'skola.franvaro-anmalan',
      target: 'helt',
      status: 'in-progress',
    });
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /Frånvaro i appen/ })).toHaveTextContent(
        'Finns i planen',
      ),
    );
  });

  it('says when the previous round had no plan', async () => {
    await saveOrganisation('1440');
    await startRound({
      organisationCode: '1440',
      year: 2025,
      label: '',
      questionnaire: bundled('2016'),
      source: 'bundled',
    });
    const later = await startRound({
      organisationCode: '1440',
      year: 2026,
      label: '',
      questionnaire: bundled('2016'),
      source: 'bundled',
    });
    await renderApp(`/omgangar/${later.id}/handlingsplan`);
    expect(await screen.findByText('Förra omgången (2025) hade ingen handlingsplan.')).toBeInTheDocument();
  });
});
