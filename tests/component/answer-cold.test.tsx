import { act, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { routeAt, App } from '../../src/app/App';
import { startLanguage } from '../../src/app/language';
import { hashLocation } from '../../src/app/route-pattern';
import { findRoute } from '../../src/app/routes';
import { newId } from '../../src/domain/id';
import { usePreferences } from '../../src/state/preferences';
import { openRoundDoc } from '../../src/storage/round-doc/load';
import { rate } from '../../src/storage/round-doc/edit';
import { saveToDoc } from '../../src/storage/round-doc/save';
import { ensureBrowserUser, readSetting } from '../../src/storage/settings';
import { aleWithRound } from './round-fixtures';
import * as Y from 'yjs';
import { db, ROUND_DOC_UPDATES } from '../../src/storage/db';
import { docFromUpdates } from '../../src/storage/round-doc/data';

/** Notes whether the main area ever said "Laddar …" while React changed the page. */
function watchLoading() {
  const seen = { loading: false };
  const observer = new MutationObserver(() => {
    if ([...document.querySelectorAll('main [role=status]')].some((p) => p.textContent === 'Laddar …'))
      seen.loading = true;
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  onTestFinished(() => observer.disconnect());
  return seen;
}

/** Opens the app at `route` as main.tsx does on a cold load: the view and its first reads first. */
async function openCold(route: string) {
  window.location.hash = route;
  await usePreferences.persist.rehydrate();
  const location = hashLocation(window.location.hash);
  // Its strings as well: this test file starts the language anew for each test, while the view
  // module, loaded once, remembers that it loaded them for the first.
  const { ready, stop } = startLanguage(findRoute(location).namespaces);
  onTestFinished(stop);
  await Promise.all([ready, routeAt(location).preload()]);
  const seen = watchLoading();
  await act(async () => render(<App />));
  return seen;
}

describe('a part opened by its address', () => {
  it('shows its questions and this browser’s own ratings in its first render, never "Laddar …"', async () => {
    const round = await aleWithRound();
    await ensureBrowserUser(newId);
    const me = (await readSetting('person'))!;
    // An earlier visit rated the first indicator.
    const earlier = await openRoundDoc(round.id);
    await saveToDoc(round.id, earlier.doc, (doc) =>
      rate(
        doc,
        { sectionId: 'barn-elever', indicatorId: 'e-tjanst.forskoleplats', personId: me.personId },
        { value: 'delvis' },
        new Date().toISOString(),
      ),
    );
    earlier.release();

    const seen = await openCold(`/omgangar/${round.id}/barn-elever`);
    const first = screen.getByRole('group', { name: /^1\. / });
    expect(screen.getByRole('heading', { level: 1, name: 'Barn och elever' })).toBeInTheDocument();
    expect(within(first).getByRole('radio', { name: 'Uppfyller delvis' })).toBeChecked();
    expect(seen.loading).toBe(false);
  });

  it('then follows the database: a rating made in another tab shows', async () => {
    const round = await aleWithRound();
    await ensureBrowserUser(newId);
    const me = (await readSetting('person'))!;
    await openCold(`/omgangar/${round.id}/barn-elever`);
    expect(screen.getByRole('heading', { level: 1, name: 'Barn och elever' })).toBeInTheDocument();

    // Another tab writes its change to the round's document as y-dexie does: one update row.
    const stored = await db.table<{ u: Uint8Array }>(ROUND_DOC_UPDATES).where('k').equals(round.id).toArray();
    const other = docFromUpdates(stored.map((row) => row.u));
    const before = Y.encodeStateVector(other);
    const place = { sectionId: 'barn-elever', indicatorId: 'e-tjanst.forskoleplats', personId: me.personId };
    rate(other, place, { value: 'helt' }, new Date().toISOString());
    await db.table(ROUND_DOC_UPDATES).add({ k: round.id, u: Y.encodeStateAsUpdateV2(other, before), f: 1 });
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: /^1\. / })).getByRole('radio', { name: 'Uppfyller helt' }),
      ).toBeChecked(),
    );
  });

  it('says a part of a round that does not exist is not found', async () => {
    await aleWithRound();
    await openCold('/omgangar/00000000-0000-4000-8000-000000000000/barn-elever');
    expect(await screen.findByText('Delen finns inte i den här omgången.')).toBeInTheDocument();
  });
});
