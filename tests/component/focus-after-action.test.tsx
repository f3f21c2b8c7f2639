import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { questionnaireKey } from '../../src/domain/questionnaire/fingerprint';
import { addAction } from '../../src/storage/actions';
import { db } from '../../src/storage/db';
import { saveAnswer } from '../../src/storage/responses';
import { saveOrganisation } from '../../src/storage/settings';
import { renderApp } from './render-app';
import { aleWithRound, bundled } from './round-fixtures';
import { fileOverrides } from './setup';

/**
 * A button that goes away when pressed must leave focus on what replaced it (its message, or the
 * heading or control that appeared), never on the page body: keyboard and screen-reader users
 * would otherwise start again from the top of the page (issue 16, "Focus").
 */
const focused = () => document.activeElement;

describe('focus after publishing and reopening a round', () => {
  it('goes to the question, back to the button on Avbryt, to the notice once published, and to the message once reopened', async () => {
    const user = userEvent.setup();
    const round = await aleWithRound(2025);
    await renderApp(`/omgangar/${round.id}`);

    await user.click(await screen.findByRole('button', { name: 'Publicera omgången' }));
    const question = screen.getByText('Vill du publicera omgång 2025? Den blir skrivskyddad.');
    expect(focused()).toBe(question);

    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(focused()).toBe(screen.getByRole('button', { name: 'Publicera omgången' }));

    await user.click(screen.getByRole('button', { name: 'Publicera omgången' }));
    await user.click(screen.getByRole('button', { name: 'Ja, publicera' }));
    // Publishing first loads the round-document code (Yjs, y-dexie) on demand; a test worker
    // transforms it cold, 1–3 s alone on a loaded two-core machine and over 5 s with the suite.
    const notice = await screen.findByText(/^Omgången publicerades .* och är skrivskyddad\.$/, undefined, {
      timeout: 20_000,
    });
    await waitFor(() => expect(focused()).toBe(notice));

    await user.type(
      screen.getByRole('textbox', { name: 'Varför öppnas omgången igen?' }),
      'Rättar svaret om e-arkiv',
    );
    await user.click(screen.getByRole('button', { name: 'Öppna igen' }));
    await waitFor(() => expect(focused()).toBe(screen.getByText('Omgången är öppnad igen och kan ändras.')));
    expect(focused()).toHaveAttribute('role', 'status');
    expect((await db.rounds.get(round.id))?.status).toBe('draft');

    // Publishing again asks again (the confirmation does not linger from the last time).
    expect(screen.getByRole('button', { name: 'Publicera omgången' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ja, publicera' })).toBeNull();
  });
});

/** A 2026 round of Ale with one school indicator met partly and one action on it. */
async function roundWithAction() {
  const round = await aleWithRound(2026);
  await saveAnswer(round.id, 'barn-elever', 'e-tjanst.forskoleplats', { value: 'delvis' });
  await saveAnswer(round.id, 'barn-elever', 'skola.franvaro-anmalan', { value: 'inte-alls' });
  await addAction(round.id, {
    sectionId: 'barn-elever',
    indicatorId: 'e-tjanst.forskoleplats',
    target: 'helt',
    activity: 'Inför e-tjänst för förskoleplats',
    owner: '',
    due: '',
    priority: 'high',
    status: 'planned',
  });
  return round;
}

/** The plan's message line: the one status that says what the last action did. */
const planStatus = (text: string | RegExp) =>
  screen
    .getAllByRole('status')
    .find((element) => element.classList.contains('plan-status') && matches(element, text));
const matches = (element: Element, text: string | RegExp) =>
  typeof text === 'string' ? element.textContent?.startsWith(text) : text.test(element.textContent ?? '');

describe('focus in the action plan', () => {
  it('goes to the message after Lägg till åtgärd, both from the form and from an indicator to act on', async () => {
    const user = userEvent.setup();
    const round = await roundWithAction();
    await renderApp(`/omgangar/${round.id}/handlingsplan`);

    // From the form as it is.
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Indikator' }),
      'barn-elever/skola.franvaro-anmalan',
    );
    await user.type(screen.getByRole('textbox', { name: 'Aktivitet' }), 'Frånvaro i appen');
    await user.click(screen.getByRole('button', { name: 'Lägg till åtgärd' }));
    await waitFor(() => expect(focused()).toBe(planStatus('Åtgärden är tillagd i handlingsplanen.')));
    expect(await db.actions.count()).toBe(2);

    // From "Planera åtgärd": the form is replaced by a fresh one when the action is added.
    await db.actions.clear();
    await user.click(
      await screen.findByRole('button', { name: /^Planera åtgärd för Vårdnadshavare kan anmäla/ }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Aktivitet' }), 'Frånvaro i appen');
    await user.click(screen.getByRole('button', { name: 'Lägg till åtgärd' }));
    await waitFor(() => expect(db.actions.count()).resolves.toBe(1));
    await waitFor(() => expect(focused()).toBe(planStatus('Åtgärden är tillagd i handlingsplanen.')));
  });

  it('goes to the refusal when the browser will not store the action', async () => {
    const user = userEvent.setup();
    const round = await roundWithAction();
    await renderApp(`/omgangar/${round.id}/handlingsplan`);
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Indikator' }),
      'barn-elever/skola.franvaro-anmalan',
    );
    await user.type(screen.getByRole('textbox', { name: 'Aktivitet' }), 'Frånvaro i appen');
    vi.spyOn(db.actions, 'add').mockRejectedValueOnce(
      Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
    );
    await user.click(screen.getByRole('button', { name: 'Lägg till åtgärd' }));
    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent(/^Webbläsarens lagringsutrymme är fullt, så ändringen sparades inte\./);
    expect(focused()).toBe(refusal);
    expect(await db.actions.count()).toBe(1);
  });

  it('goes to the message after saving a change, and to the form heading after Avbryt ändringen', async () => {
    const user = userEvent.setup();
    const round = await roundWithAction();
    await renderApp(`/omgangar/${round.id}/handlingsplan`);
    const edit = await screen.findByRole('button', {
      name: 'Ändra åtgärden ”Inför e-tjänst för förskoleplats”',
    });

    await user.click(edit);
    await user.click(screen.getByRole('button', { name: 'Avbryt ändringen' }));
    expect(focused()).toBe(screen.getByRole('heading', { level: 2, name: 'Lägg till åtgärd' }));

    await user.click(edit);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Pågår');
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    await waitFor(() => expect(focused()).toBe(planStatus('Ändringarna är sparade.')));
  });

  it('goes to the message, with its Ångra, after deleting an action, and to the message after Ångra', async () => {
    const user = userEvent.setup();
    const round = await roundWithAction();
    await renderApp(`/omgangar/${round.id}/handlingsplan`);
    await user.click(
      await screen.findByRole('button', { name: 'Ta bort åtgärden ”Inför e-tjänst för förskoleplats”' }),
    );
    await waitFor(() =>
      expect(focused()).toBe(planStatus('Åtgärden ”Inför e-tjänst för förskoleplats” är borttagen.')),
    );
    // The next Tab reaches Ångra.
    await user.tab();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Ångra' }));

    await user.click(screen.getByRole('button', { name: 'Ångra' }));
    await waitFor(() => expect(focused()).toBe(planStatus('Åtgärden är återställd.')));
    expect(screen.queryByRole('button', { name: 'Ångra' })).toBeNull();
    expect(await db.actions.count()).toBe(1);
  });

  it("goes to the message after carrying an earlier round's action over", async () => {
    const user = userEvent.setup();
    const earlier = await aleWithRound(2025);
    await saveAnswer(earlier.id, 'barn-elever', 'skola.franvaro-anmalan', { value: 'inte-alls' });
    await addAction(earlier.id, {
      sectionId: 'barn-elever',
      indicatorId: 'skola.franvaro-anmalan',
      target: 'helt',
      activity: 'Frånvaro i appen',
      owner: 'Anna',
      due: '',
      priority: 'medium',
      status: 'in-progress',
    });
    const later = await aleWithRound(2026);
    await saveAnswer(later.id, 'barn-elever', 'skola.franvaro-anmalan', { value: 'delvis' });
    await renderApp(`/omgangar/${later.id}/handlingsplan`);
    await user.click(
      await screen.findByRole('button', {
        name: 'För över åtgärden ”Frånvaro i appen” till den här omgångens handlingsplan',
      }),
    );
    await waitFor(() =>
      expect(focused()).toBe(planStatus('Åtgärden är överförd till den här omgångens handlingsplan.')),
    );
    // The button has given way to "Finns i planen"; focus stayed on the message.
    await screen.findByText('Finns i planen');
    expect(focused()).toBe(planStatus('Åtgärden är överförd till den här omgångens handlingsplan.'));
  });
});

const exchangeFile = (name: string) =>
  new File([readFileSync(join(import.meta.dirname, '../fixtures/exchange', name))], name, {
    type: 'application/json',
  });

describe('focus in Öppna fil', () => {
  it('returns to choosing files after Avbryt and after Öppna fler filer, and goes to the outcome after Läs in', async () => {
    const user = userEvent.setup();
    await renderApp('/oppna');
    const picker = await screen.findByLabelText<HTMLInputElement>('Välj filer', {}, { timeout: 5000 });

    await user.upload(picker, exchangeFile('markup-everywhere.json'));
    await screen.findByRole('heading', { level: 2, name: 'Det här kommer att hända' }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('button', { name: 'Läs in' })).toBeNull();
    expect(focused()).toBe(screen.getByLabelText('Välj filer'));

    await user.upload(screen.getByLabelText('Välj filer'), exchangeFile('markup-everywhere.json'));
    await user.click(await screen.findByRole('button', { name: 'Läs in' }, { timeout: 5000 }));
    const outcome = await screen.findByText('Klart. Allt är inläst.');
    await waitFor(() => expect(focused()).toBe(outcome));
    expect(outcome).toHaveAttribute('role', 'status');

    await user.click(screen.getByRole('button', { name: 'Öppna fler filer' }));
    expect(focused()).toBe(screen.getByLabelText('Välj filer'));
  });
});

describe('focus when removing the reference rounds', () => {
  it('goes to the question, back to the button on Avbryt, and to what the page says once they are gone', async () => {
    const user = userEvent.setup();
    const round = await aleWithRound(2025);
    await saveAnswer(round.id, 'barn-elever', 'e-tjanst.forskoleplats', { value: 'delvis' });
    await db.referenceRounds.add({
      id: '00000000-0000-4000-8000-000000000001',
      organisationCode: '1401',
      year: 2025,
      label: 'Syntetiska data – inte kommunens svar',
      publishedAt: '2025-11-01T12:00:00.000Z',
      questionnaireKey: questionnaireKey(bundled('2016')),
      answers: { 'barn-elever': { 'e-tjanst.forskoleplats': 'helt' } },
      importedAt: '2026-01-01T00:00:00.000Z',
      fileName: 'syntetisk-1401-2025.json',
    });
    await renderApp('/jamfor-med-andra');
    const remove = () => screen.getByRole('button', { name: 'Ta bort alla andra kommuners omgångar' });

    await user.click(await screen.findByRole('button', { name: 'Ta bort alla andra kommuners omgångar' }));
    expect(focused()).toBe(screen.getByText(/^Vill du ta bort 1 omgång från en annan kommun\?/).closest('p'));
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(focused()).toBe(remove());

    await user.click(remove());
    await user.click(screen.getByRole('button', { name: 'Ja, ta bort dem' }));
    const said = await screen.findByText(/^Det finns inga andra kommuners omgångar/);
    await waitFor(() => expect(focused()).toBe(said));
    expect(within(said).getByRole('link', { name: 'Öppna fil' })).toBeInTheDocument();
    expect(await db.referenceRounds.count()).toBe(0);
  });
});

describe('focus when clearing an answer', () => {
  it('goes to the line that says the indicator is unanswered', async () => {
    const user = userEvent.setup();
    const round = await aleWithRound();
    await renderApp(`/omgangar/${round.id}/barn-elever`);
    const first = await screen.findByRole('group', { name: /^1\. Vårdnadshavare kan ansöka om/ });
    await user.click(within(first).getByRole('radio', { name: 'Uppfyller delvis' }));
    await user.click(await screen.findByRole('button', { name: 'Ta bort svaret på indikator 1' }));
    await waitFor(() => expect(focused()).toHaveTextContent(/^Obesvarad$/));
    expect(focused()).toHaveClass('indicator__meta');
    expect(within(first).getByRole('radio', { name: 'Uppfyller delvis' })).not.toBeChecked();
    expect(screen.queryByRole('button', { name: 'Ta bort svaret på indikator 1' })).toBeNull();
  });
});

describe('focus when a round cannot be started', () => {
  it('goes to the alert, since the disabled Starta omgången button drops focus', async () => {
    const user = userEvent.setup();
    await saveOrganisation('1440');
    fileOverrides.set('eblomladan-2016.json', '{ not a questionnaire');
    await renderApp('/omgangar/ny');
    await user.click(await screen.findByRole('button', { name: 'Starta omgången' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Frågeformuläret kunde inte läsas, så omgången startades inte.');
    expect(focused()).toBe(alert);
    expect(await db.rounds.count()).toBe(0);
  });
});
