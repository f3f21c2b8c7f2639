/**
 * Who uses this browser (settings `person`): one person id, with the name and role they gave,
 * so they are asked once, not per part or per round. Their ratings in any round carry this id;
 * the name is written into a round's document when they first rate in it.
 */
import { useEffect } from 'react';
import { newId } from '../../domain/id';
import { NAME_MAX } from '../../domain/round/model';
import type { PersonSetting } from '../../storage/db';
import { useKeyedLiveQuery } from '../../storage/live';
import { ensureBrowserUser, nameBrowserUser, readSetting } from '../../storage/settings';

export interface Me {
  personId: string;
  name: string;
  role: string;
}

/**
 * This browser's user; undefined while it is read (or made, the first time). `initial`: as read
 * just before the first render (a cold load), shown until the live read answers.
 */
export function useBrowserUser(initial?: PersonSetting | null): Me | undefined {
  const stored = useKeyedLiveQuery(async () => (await readSetting('person')) ?? null, [], initial);
  useEffect(() => {
    if (stored === null) void ensureBrowserUser(newId);
  }, [stored]);
  return stored ? { personId: stored.personId, name: stored.name, role: stored.role } : undefined;
}

export function saveBrowserUser(me: Me): Promise<void> {
  return nameBrowserUser(me.personId, me.name.trim().slice(0, NAME_MAX), me.role.trim().slice(0, NAME_MAX));
}
