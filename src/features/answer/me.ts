/**
 * Who uses this browser: one person id, with the name and role they gave, kept in
 * localStorage so they are asked once, not per part or per round. Their ratings in any round
 * carry this id; the name is written into a round's document when they first rate in it.
 */
import { newId } from '../../domain/id';
import { isPersonId } from '../../domain/rating/keys';
import { NAME_MAX } from '../../domain/round/model';

export const ME_KEY = 'eblomladan.me';

export interface Me {
  personId: string;
  name: string;
  role: string;
}

// Only while localStorage is blocked: this page then keeps one id for as long as it is open.
let fallback: Me | undefined;

const text = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, NAME_MAX) : '');

export function readMe(): Me {
  let stored: string | null;
  try {
    stored = localStorage.getItem(ME_KEY);
  } catch {
    fallback ??= { personId: newId(), name: '', role: '' };
    return fallback;
  }
  try {
    const parsed = JSON.parse(stored ?? 'null') as Partial<Me> | null;
    if (parsed && typeof parsed.personId === 'string' && isPersonId(parsed.personId))
      return { personId: parsed.personId, name: text(parsed.name), role: text(parsed.role) };
  } catch {
    // Unreadable: start again below.
  }
  return writeMe({ personId: newId(), name: '', role: '' });
}

export function writeMe(me: Me): Me {
  try {
    localStorage.setItem(ME_KEY, JSON.stringify(me));
  } catch {
    fallback = me;
  }
  return me;
}
