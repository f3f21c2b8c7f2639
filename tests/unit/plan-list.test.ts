import { describe, expect, it } from 'vitest';
import { owners, questionnaireTags, selectActions } from '../../src/domain/plan/list';
import type { Action } from '../../src/domain/plan/model';
import { testQuestionnaire } from './exchange-helpers';

const q = testQuestionnaire();
const action = (id: string, extra: Partial<Action>): Action => ({
  id,
  roundId: 'r',
  sectionId: 'skola',
  indicatorId: 'skola.franvaro',
  target: 'helt',
  activity: id,
  owner: '',
  priority: 'medium',
  status: 'planned',
  createdAt: `2025-01-0${id.length}T00:00:00.000Z`,
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...extra,
});
const actions = [
  action('a', {
    sectionId: 'teknik',
    indicatorId: 'teknik.eid',
    due: '2025-09-01',
    priority: 'low',
    owner: 'Örjan',
  }),
  action('bb', { indicatorId: 'skola.antagning', due: '2025-03-01', status: 'done', owner: 'Anna' }),
  action('ccc', { sectionId: 'ledning', indicatorId: 'ledning.strategi', priority: 'high' }),
];
const ids = (list: Action[]) => list.map((a) => a.id);

describe('filtering and sorting the plan', () => {
  it('sorts by due date (undated last), priority, part order, status and owner (unowned last)', () => {
    expect(ids(selectActions(actions, q, {}, 'due'))).toEqual(['bb', 'a', 'ccc']);
    expect(ids(selectActions(actions, q, {}, 'priority'))).toEqual(['ccc', 'bb', 'a']);
    expect(ids(selectActions(actions, q, {}, 'part'))).toEqual(['bb', 'ccc', 'a']);
    expect(ids(selectActions(actions, q, {}, 'status'))).toEqual(['ccc', 'a', 'bb']);
    expect(ids(selectActions(actions, q, {}, 'owner'))).toEqual(['bb', 'a', 'ccc']);
  });

  it('filters by part, tag, owner (also no owner) and status', () => {
    expect(ids(selectActions(actions, q, { sectionId: 'skola' }, 'due'))).toEqual(['bb']);
    expect(ids(selectActions(actions, q, { tag: 'e-tjanst' }, 'due'))).toEqual(['bb']);
    expect(ids(selectActions(actions, q, { owner: '' }, 'due'))).toEqual(['ccc']);
    expect(ids(selectActions(actions, q, { owner: 'Örjan' }, 'due'))).toEqual(['a']);
    expect(ids(selectActions(actions, q, { status: 'planned' }, 'due'))).toEqual(['a', 'ccc']);
  });

  it('lists the tags and the owners to filter by', () => {
    expect(questionnaireTags(q)).toEqual(['e-tjanst']);
    expect(owners(actions)).toEqual(['Anna', 'Örjan']);
  });
});
