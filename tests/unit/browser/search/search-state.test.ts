import { describe, expect, it } from 'vitest';
import { hasFilters, readSearchState, toPagefindFilters, writeSearchState } from '../../../../src/browser/search/search-state.ts';

describe('search state in the URL', () => {
  it('reads the query and repeated filters', () => {
    expect(readSearchState('?q=dodson&actor=ATF&actor=DEA&kind=count')).toEqual({ term: 'dodson', filters: { actor: ['ATF', 'DEA'], kind: ['count'] } });
    expect(readSearchState('')).toEqual({ term: '', filters: {} });
  });

  it('writes a stable, shareable query string that reads back the same', () => {
    const written = writeSearchState('Fast and Furious', { topic: ['Operation Fast and Furious'], actor: ['ATF'] });
    expect(written).toBe('?q=Fast+and+Furious&actor=ATF&topic=Operation+Fast+and+Furious');
    expect(readSearchState(written)).toEqual({ term: 'Fast and Furious', filters: { actor: ['ATF'], topic: ['Operation Fast and Furious'] } });
    expect(writeSearchState('', {})).toBe('');
  });
});

describe('filters for Pagefind', () => {
  it('asks for any of a filter’s values, and leaves out filters with none', () => {
    expect(toPagefindFilters({ actor: ['ATF', 'DEA'], kind: [], year: ['2011'] })).toEqual({ actor: { any: ['ATF', 'DEA'] }, year: { any: ['2011'] } });
    expect(hasFilters({ kind: [] })).toBe(false);
    expect(hasFilters({ kind: ['count'] })).toBe(true);
  });
});
