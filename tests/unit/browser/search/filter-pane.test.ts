import { describe, expect, it } from 'vitest';
import { filterGroups } from '../../../../src/browser/search/filter-pane.ts';

describe('filterGroups', () => {
  const all = {
    type: { Source: 3, Entry: 10, Actor: 2 },
    year: { Undated: 1, '2011': 4, '1985': 2 },
    actor: { ATF: 5, 'Bureau of Prisons': 1, DEA: 6, 'agent X': 1 },
    kind: { statement: 4, event: 3, count: 3 },
    custom: { b: 1 },
  };

  it('orders the filters as the pane labels them, and each filter’s values naturally', () => {
    const groups = filterGroups(all, undefined, {});
    expect(groups.map((group) => [group.name, group.label])).toEqual([
      ['kind', 'Kind'],
      ['actor', 'Actor'],
      ['year', 'Year'],
      ['type', 'Type of page'],
      ['custom', 'custom'],
    ]);
    const values = Object.fromEntries(groups.map((group) => [group.name, group.values.map((value) => value.value)]));
    expect(values['kind']).toEqual(['event', 'statement', 'count']);
    expect(values['actor']).toEqual(['agent X', 'ATF', 'Bureau of Prisons', 'DEA']);
    expect(values['year']).toEqual(['1985', '2011', 'Undated']);
    expect(values['type']).toEqual(['Entry', 'Actor', 'Source']);
  });

  it('counts within the current results where a search gave counts, and keeps checked values shown', () => {
    const groups = filterGroups(all, { actor: { ATF: 2, DEA: 0 } }, { actor: ['ATF', 'FBI'] });
    const actor = groups.find((group) => group.name === 'actor');
    expect(actor?.values.filter((value) => value.checked).map((value) => value.value)).toEqual(['ATF', 'FBI']);
    expect(Object.fromEntries(actor?.values.map((value) => [value.value, value.count]) ?? [])).toEqual({
      'agent X': 0,
      ATF: 2,
      'Bureau of Prisons': 0,
      DEA: 0,
      FBI: 0,
    });
    expect(groups.find((group) => group.name === 'kind')?.values.map((value) => value.count)).toEqual([3, 4, 3]);
  });
});
