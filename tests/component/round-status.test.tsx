import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { version } from '../../package.json';
import type { PartStatus } from '../../src/domain/rating/status';
import { db, ROUND_DOC_UPDATES } from '../../src/storage/db';
import { exportAssignment } from '../../src/storage/exchange';
import { refreshAgreedAnswers } from '../../src/storage/round-doc/agreed';
import { addRespondent, namePerson, rate } from '../../src/storage/round-doc/edit';
import { publishRound } from '../../src/storage/rounds';
import { renderApp } from './render-app';
import { aleWithRound } from './round-fixtures';

const HANDED_OUT = '2026-03-02T09:00:00.000Z';
const RETURNED = '2026-03-05T09:00:00.000Z';

const anna = {
  personId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  name: 'Anna Förskolechef',
  role: 'Förskolechef',
};
const bo = { personId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', name: 'Bo Skolchef', role: 'Skolchef' };

/** What the round's document would leave in its `roundDocs` row: two respondents, a hand-out. */
const barnElever: PartStatus = {
  respondents: [anna, bo, { personId: 'person-unnamed' }],
  handedOut: [{ personId: bo.personId, name: bo.name, at: HANDED_OUT }],
  returned: [{ personId: bo.personId, name: bo.name, at: RETURNED }],
  agreed: 5,
  differs: 2,
  differing: ['e-tjanst.forskoleplats', 'skola.skolval'],
};
const technical: PartStatus = {
  respondents: [{ personId: 'person-it', name: 'Cecilia IT', role: 'IT-strateg' }],
  handedOut: [{ personId: 'person-it', name: 'Cecilia IT', at: HANDED_OUT }],
  returned: [],
  agreed: 0,
  differs: 0,
  differing: [],
};

/** axe-core on the page as jsdom renders it (contrast needs a real browser: tests/e2e). */
async function expectNoAxeViolations() {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
}

/**
 * Anna and Bo rate Barn och elever through the round's document, as the answer page and merged
 * files do: they agree on one indicator and differ on two; the status is worked out as stored.
 */
async function rateTogether(roundId: string) {
  const doc = new Y.Doc();
  const at = '2026-03-03T10:00:00.000Z';
  for (const person of [anna, bo]) {
    namePerson(doc, person.personId, person);
    addRespondent(doc, 'barn-elever', person.personId, at);
  }
  const place = (indicatorId: string, personId: string) => ({
    sectionId: 'barn-elever',
    indicatorId,
    personId,
  });
  rate(doc, place('e-tjanst.forskoleplats', anna.personId), { value: 'helt' }, at);
  rate(doc, place('e-tjanst.forskoleplats', bo.personId), { value: 'inte-alls' }, at);
  rate(doc, place('skola.skolval', anna.personId), { value: 'delvis' }, at);
  rate(doc, place('skola.skolval', bo.personId), { value: 'helt' }, at);
  rate(doc, place('skola.franvaro-anmalan', anna.personId), { value: 'helt', comment: 'Överens' }, at);
  rate(doc, place('skola.franvaro-anmalan', bo.personId), { value: 'helt' }, at);
  await db.roundDocs.put({ roundId });
  await db.table(ROUND_DOC_UPDATES).add({ k: roundId, u: Y.encodeStateAsUpdateV2(doc), f: 1 });
  doc.destroy();
  await refreshAgreedAnswers(roundId);
}

describe('the state of every part', () => {
  it('shows every respondent, the hand-out and what is left to settle on the round overview, live', async () => {
    const round = await aleWithRound(2026);
    await db.roundDocs.put({
      roundId: round.id,
      parts: { 'barn-elever': barnElever, 'tekniska-forutsattningar': technical },
    });
    await renderApp(`/omgangar/${round.id}`);

    const table = await screen.findByRole('table', { name: /Omgångens delar/ }, { timeout: 5000 });
    const row = within(table).getByRole('row', { name: /Svara på Barn och elever/ });
    const people = within(row).getByRole('list');
    expect(
      within(people)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Anna Förskolechef (Förskolechef)', 'Bo Skolchef (Skolchef)', 'Okänd svarande']);
    expect(row).toHaveTextContent('Utdelad till Bo Skolchef 2 mars 2026, svar tillbaka 5 mars 2026');
    expect(row).toHaveTextContent('2 indikatorer där bedömningarna skiljer sig');

    const it = within(table).getByRole('row', { name: /Svara på Tekniska förutsättningar/ });
    expect(it).toHaveTextContent('Cecilia IT (IT-strateg)');
    expect(it).toHaveTextContent('Utdelad till Cecilia IT 2 mars 2026, inga svar tillbaka ännu');
    expect(it).toHaveTextContent('Inget bedömt ännu');

    // A part the status does not cover reads as before: nobody, not handed out.
    const other = within(table).getByRole('row', { name: /Svara på Företagare/ });
    expect(other).toHaveTextContent('Ingen ännu');
    expect(other).toHaveTextContent('Inte utdelad');
    await expectNoAxeViolations();

    // Settled in another tab: the overview follows.
    await db.roundDocs.update(round.id, {
      parts: { 'barn-elever': { ...barnElever, differs: 0, differing: [], agreed: 7 } },
    });
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /Svara på Barn och elever/ })).not.toHaveTextContent(
        'skiljer sig',
      ),
    );
  });

  it('works out which indicators differ from the ratings themselves', async () => {
    const round = await aleWithRound(2026);
    await rateTogether(round.id);
    const status = (await db.roundDocs.get(round.id))?.parts?.['barn-elever'];
    expect(status).toMatchObject({
      respondents: [{ name: 'Anna Förskolechef' }, { name: 'Bo Skolchef' }],
      agreed: 1,
      differs: 2,
      differing: ['e-tjanst.forskoleplats', 'skola.skolval'],
    });
    await renderApp(`/omgangar/${round.id}`);
    const row = await screen.findByRole('row', { name: /Svara på Barn och elever/ }, { timeout: 5000 });
    expect(row).toHaveTextContent('Anna Förskolechef (Förskolechef)');
    expect(row).toHaveTextContent('Bo Skolchef (Skolchef)');
    expect(row).toHaveTextContent('2 indikatorer där bedömningarna skiljer sig');
    expect(row).toHaveTextContent('1 av 8');

    // The picture marks exactly those two petals, quietly, and says so to a screen reader.
    const flower = document.querySelector('.flowerbox__picture [data-part="barn-elever"]')!;
    expect(
      [...flower.querySelectorAll('[data-sign="differs"]')].map((sign) =>
        sign.closest('[data-indicator]')!.getAttribute('data-indicator'),
      ),
    ).toEqual(['e-tjanst.forskoleplats', 'skola.skolval']);
    expect(document.querySelectorAll('.flowerbox__picture [data-sign="differs"]')).toHaveLength(2);
    expect(
      screen.getByRole('link', { name: /^Barn och elever, indikator 1 av 8:/ }).getAttribute('aria-label'),
    ).toMatch(/Bedömarna är inte eniga\.$/);
  });
});

describe('the report', () => {
  it('names every respondent of a part and lists where the ratings differ', async () => {
    const round = await aleWithRound(2026);
    await rateTogether(round.id);
    await publishRound(round.id);
    await renderApp(`/omgangar/${round.id}/rapport`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rapport: Ale 2026' }, { timeout: 5000 }),
    ).toBeInTheDocument();

    expect(
      screen.getByText('Besvarad av Anna Förskolechef (Förskolechef) och Bo Skolchef (Skolchef)'),
    ).toBeInTheDocument();

    const differences = screen.getByRole('region', { name: 'Här skiljer sig bedömningarna' });
    expect(
      within(differences).getByRole('heading', { level: 3, name: 'Barn och elever' }),
    ).toBeInTheDocument();
    expect(
      within(differences)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Vårdnadshavare kan ansöka om, ändra och säga upp plats i förskola och fritidshem via en e-tjänst.',
      'Vårdnadshavare kan göra skolval till förskoleklass och grundskola via en e-tjänst.',
    ]);

    const answers = screen.getByRole('table', { name: 'Barn och elever: svar, kommentarer och underlag' });
    expect(within(answers).getByRole('row', { name: /plats i förskola och fritidshem/ })).toHaveTextContent(
      'Bedömningarna skiljer sig',
    );
    expect(within(answers).getByRole('row', { name: /frånvaro/ })).toHaveTextContent('Uppfyller helt');
    expect(within(answers).getByRole('row', { name: /gymnasieskolan/ })).toHaveTextContent('Obesvarad');
    await expectNoAxeViolations();
  });

  it('says how many differ where the stored status does not list them, and has no such list when none differ', async () => {
    const round = await aleWithRound(2026);
    const { differing: _, ...older } = barnElever;
    await db.roundDocs.put({ roundId: round.id, parts: { 'barn-elever': older } });
    await renderApp(`/omgangar/${round.id}/rapport`);
    const differences = await screen.findByRole(
      'region',
      { name: 'Här skiljer sig bedömningarna' },
      { timeout: 5000 },
    );
    expect(differences).toHaveTextContent('2 indikatorer där bedömningarna skiljer sig.');
    expect(
      screen.getByText(
        'Besvarad av Anna Förskolechef (Förskolechef), Bo Skolchef (Skolchef) och Okänd svarande',
      ),
    ).toBeInTheDocument();

    await db.roundDocs.update(round.id, { parts: { 'barn-elever': technical } });
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Här skiljer sig bedömningarna' })).toBeNull(),
    );
  });
});

describe('a respondent’s copy', () => {
  it('opens on their part, says whose round it is and offers only their part, with no publishing', async () => {
    const user = userEvent.setup();
    const round = await aleWithRound(2026);
    const file = await exportAssignment(round.id, ['barn-elever'], { name: bo.name, role: bo.role }, version);
    // Bo's own browser: nothing of the coordinator's.
    await db.delete();
    await db.open();

    await renderApp('/oppna');
    const input = await screen.findByLabelText<HTMLInputElement>('Välj filer', {}, { timeout: 5000 });
    await user.upload(
      input,
      new File([JSON.stringify(file)], 'tilldelning.json', { type: 'application/json' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Läs in' }));
    expect(await screen.findByText('Klart. Allt är inläst.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Till omgången 2026' }));
    const part = await screen.findByRole('heading', { level: 1, name: 'Barn och elever' }, { timeout: 5000 });
    await waitFor(() => expect(part).toHaveFocus());

    await user.click(screen.getAllByRole('link', { name: 'Till omgångens översikt' })[0]!);
    const intro = await screen.findByRole('region', { name: 'Din kopia av omgången' }, { timeout: 5000 });
    expect(intro).toHaveTextContent(
      /^Din kopia av omgångenTilldelad kopia: omgång 2026 för Ale, delad ut av samordnaren till Bo Skolchef \d+ \w+ \d{4}\./,
    );
    expect(intro).toHaveTextContent('Du svarar på den här delen:');
    expect(within(intro).getByRole('link', { name: 'Svara på Barn och elever' })).toHaveAttribute(
      'href',
      `#/omgangar/${round.id}/barn-elever`,
    );
    expect(within(intro).getByRole('link', { name: 'Skicka tillbaka svaren' })).toHaveAttribute(
      'href',
      `#/dela/${round.id}`,
    );
    // It comes first, before anything else on the page.
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling).toBe(intro);

    // Only their part is answerable; none of the coordinator's actions.
    const table = screen.getByRole('table', { name: /Omgångens delar/ });
    expect(
      within(table)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Svara på Barn och elever']);
    expect(
      within(table).getByRole('rowheader', { name: 'Tekniska förutsättningar (inte utdelad till dig)' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publicera omgången' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Publicera' })).toBeNull();
    for (const name of [
      'Dela ut delar, lägg in svar och exportera',
      'Handlingsplan',
      'Rapport för utskrift',
      'Jämför med tidigare omgångar',
    ])
      expect(screen.queryByRole('link', { name })).toBeNull();
    await expectNoAxeViolations();

    // Nor can the copy be published some other way.
    await expect(publishRound(round.id)).rejects.toThrow(/assigned copy/);
    expect((await db.rounds.get(round.id))?.status).toBe('draft');
  });

  it('lands on the overview when the hand-out holds several parts', async () => {
    const user = userEvent.setup();
    const round = await aleWithRound(2026);
    const file = await exportAssignment(
      round.id,
      ['barn-elever', 'foretagare'],
      { name: bo.name, role: bo.role },
      version,
    );
    await db.delete();
    await db.open();
    await renderApp('/oppna');
    const input = await screen.findByLabelText<HTMLInputElement>('Välj filer', {}, { timeout: 5000 });
    await user.upload(
      input,
      new File([JSON.stringify(file)], 'tilldelning.json', { type: 'application/json' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Läs in' }));
    await user.click(await screen.findByRole('link', { name: 'Till omgången 2026' }));
    const intro = await screen.findByRole('region', { name: 'Din kopia av omgången' }, { timeout: 5000 });
    expect(intro).toHaveTextContent('Du svarar på de här delarna:');
    expect(
      within(intro)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Svara på Barn och elever', 'Svara på Företagare', 'Skicka tillbaka svaren']);
  });
});
