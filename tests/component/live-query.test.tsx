import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/storage/db';
import { useKeyedLiveQuery } from '../../src/storage/live';

describe('useKeyedLiveQuery', () => {
  it("reports loading, not the previous part's data, right after the part changes", async () => {
    // Two rows of any table will do; the settings table is the simplest.
    await db.settings.bulkPut([
      { key: 'a', code: 'first' },
      { key: 'b', code: 'second' },
    ] as never);
    const { result, rerender } = renderHook(
      ({ key }) =>
        useKeyedLiveQuery(async () => ((await db.settings.get(key)) as { code?: string })?.code, [key]),
      { initialProps: { key: 'a' } },
    );
    await waitFor(() => expect(result.current).toBe('first'));
    rerender({ key: 'b' });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBe('second'));
  });
});
