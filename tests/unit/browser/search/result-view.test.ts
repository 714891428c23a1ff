import { describe, expect, it } from 'vitest';
import { describeResult, excerptParts, summaryText } from '../../../../src/browser/search/result-view.ts';

describe('excerptParts', () => {
  it('turns Pagefind’s marks into marked runs, the punctuation around a word unmarked, escapes into text', () => {
    expect(excerptParts('John <mark>Dodson,</mark> says &lt;b&gt; <mark>(Dodson)</mark>')).toEqual([
      { text: 'John ', marked: false },
      { text: 'Dodson', marked: true },
      { text: ', says <b> (', marked: false },
      { text: 'Dodson', marked: true },
      { text: ')', marked: false },
    ]);
  });

  it('keeps markup other than a mark as text, so a page’s text can never become markup', () => {
    expect(excerptParts('<img src=x onerror=alert(1)> <mark>a</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'a', marked: true },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('describeResult', () => {
  it('says of an entry its kind, its date at its precision and who claims it', () => {
    const entry = describeResult({
      url: '/entries/x/',
      filters: { type: ['Entry'] },
      meta: { title: 'PGR says 500', kind: 'count', date: 'April 2011', datetime: '2011-04', claimant: 'PGR officials', via: 'Borderland Beat' },
    });
    expect(entry).toEqual({
      href: '/entries/x/',
      title: 'PGR says 500',
      kind: 'count',
      date: { text: 'April 2011', datetime: '2011-04' },
      details: ['claimed by PGR officials, via Borderland Beat'],
    });
  });

  it('says of an actor, a source and a topic what they are', () => {
    expect(describeResult({ url: '/actors/a/', filters: { type: ['Actor'] }, meta: { title: 'A', category: 'Person: agent' } })).toMatchObject({
      kind: 'actor',
      details: ['Person: agent'],
    });
    expect(
      describeResult({
        url: '/sources/s/',
        filters: { type: ['Source'] },
        meta: { title: 'S', category: 'Report', date: '2012', publisher: 'DOJ OIG', authors: 'M. Horowitz' },
      }),
    ).toMatchObject({ kind: 'source', date: { text: '2012' }, details: ['Report', 'DOJ OIG', 'M. Horowitz'] });
    expect(describeResult({ url: '/topics/t/', filters: { type: ['Topic'] }, meta: { title: 'T' } })).toEqual({
      href: '/topics/t/',
      title: 'T',
      kind: 'topic',
      details: [],
    });
  });

  it('never takes a class name from metadata it does not know', () => {
    expect(describeResult({ url: '/e/', filters: { type: ['Entry'] }, meta: { kind: 'x" onclick="y' } }).kind).toBe('entry');
    expect(describeResult({ url: '/e/', filters: {}, meta: {} })).toMatchObject({ kind: 'page', title: '/e/' });
  });
});

describe('summaryText', () => {
  it('counts results for the term and the filters', () => {
    expect(summaryText('Dodson', {}, 35)).toBe('35 results for “Dodson”');
    expect(summaryText('Dodson', { actor: ['ATF'] }, 1)).toBe('1 result for “Dodson” with 1 filter');
    expect(summaryText('', { actor: ['ATF', 'DEA'], kind: ['count'] }, 1204)).toBe('1,204 results with 3 filters');
    expect(summaryText('zzz', {}, 0)).toBe('No results for “zzz”');
  });
});
