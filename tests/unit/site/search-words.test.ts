import { describe, expect, it } from 'vitest';
import { buildWordList, foldWord, wordsOf } from '../../../src/site/search-words.ts';

describe('words', () => {
  it('folds case and diacritics', () => {
    expect(foldWord('Peña')).toBe('pena');
    expect(foldWord('ÉLITE')).toBe('elite');
  });

  it('splits text into runs of letters, keeping inner apostrophes and dropping a possessive', () => {
    expect(wordsOf('Dodson’s “ATF” agents, O’Brien and 500 co-workers (1985)')).toEqual(['Dodson', 'ATF', 'agents', 'O’Brien', 'and', 'co', 'workers']);
  });
});

describe('buildWordList', () => {
  it('counts the pages holding each word, in text or searched metadata, most pages first', () => {
    const list = buildWordList([
      { url: '/a/', content: 'Agent Dodson says. The agent, Dodson.', meta: { title: 'Dodson', datetime: '2011-03-03' } },
      { url: '/b/', content: 'An agent in Mexico.', meta: { claimant: 'Peña' } },
      { url: '/c/', content: 'Mexico agent' },
    ]);
    expect(list.words).toEqual([
      ['agent', 3],
      ['Mexico', 2],
      ['Dodson', 1],
      ['Peña', 1],
      ['says', 1],
      ['The', 1],
    ]);
  });

  it('spells a word as the pages usually do: lower case where it is common, capitals for a name or an acronym', () => {
    const list = buildWordList([
      { url: '/a/', content: 'Agent. Agent. agent. DEA DEA Dea' },
      { url: '/b/', content: 'Agent agent. Dodson Dodson Dodson Dodson (source cbs-dodson-segment)' },
    ]);
    expect(Object.fromEntries(list.words.map(([word, pages]) => [word, pages]))).toEqual({ agent: 2, DEA: 1, Dodson: 1, source: 1, cbs: 1, segment: 1 });
  });
});
