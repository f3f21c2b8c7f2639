import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageRefusal } from '../../src/storage/errors';
import { track, useSaveStatus } from '../../src/features/answer/save-status';
import { useDocText } from '../../src/features/answer/useDocText';

/** A save whose outcome the test decides, and when. */
function pendingSave() {
  let settle!: (outcome: 'saved' | 'locked') => void;
  const done = new Promise<'saved' | 'locked'>((resolve) => (settle = resolve));
  const saved = track(async () => {
    if ((await done) === 'locked') throw new StorageRefusal('locked', 'round is published');
  });
  return { settle, saved };
}

afterEach(() => useSaveStatus.getState().reset());

// Saves finish out of order: one that was stored waits for the agreed answers to be refreshed,
// one the published round refused does not. The earlier keystroke's late success must not hide
// that the last words were not saved.
describe('a save that finishes after a later one was refused', () => {
  it('leaves the line saying that the change was not saved', async () => {
    const first = pendingSave();
    const second = pendingSave();
    second.settle('locked');
    expect(await second.saved).toBe(false);
    expect(useSaveStatus.getState().failure).toBe('locked');

    first.settle('saved');
    expect(await first.saved).toBe(true);
    expect(useSaveStatus.getState()).toMatchObject({ failure: 'locked', inFlight: 0 });

    // A change made after the refusal that is saved clears it.
    const third = pendingSave();
    third.settle('saved');
    expect(await third.saved).toBe(true);
    expect(useSaveStatus.getState().failure).toBeUndefined();
  });

  it('keeps the text field\u2019s "Inte sparad" and its words', async () => {
    const saves: ReturnType<typeof pendingSave>[] = [];
    const { result } = renderHook(() =>
      useDocText('', () => {
        const save = pendingSave();
        saves.push(save);
        return save.saved;
      }),
    );
    act(() => result.current.change('Gäller alla'));
    act(() => result.current.change('Gäller alla förskolor'));
    await act(async () => {
      saves[1]!.settle('locked');
      await saves[1]!.saved;
    });
    expect(result.current).toMatchObject({ text: 'Gäller alla förskolor', unsaved: 'locked' });

    await act(async () => {
      saves[0]!.settle('saved');
      await saves[0]!.saved;
    });
    expect(result.current).toMatchObject({ text: 'Gäller alla förskolor', unsaved: 'locked' });
  });
});
