import { describe, expect, it } from 'vitest';
import { sourceTitle } from '../../../src/site/source-title.ts';

describe('sourceTitle', () => {
  it('tells a supplied title in brackets from a title of the document’s own', () => {
    expect(sourceTitle('[AFP report on U.S. plans to boost agents in Mexico]')).toEqual({
      text: 'AFP report on U.S. plans to boost agents in Mexico',
      supplied: true,
    });
    expect(sourceTitle('A Review of ATF’s Operation Fast and Furious')).toEqual({ text: 'A Review of ATF’s Operation Fast and Furious', supplied: false });
  });

  it('keeps brackets that do not wrap the whole title', () => {
    expect(sourceTitle('Report [draft] of 2011').supplied).toBe(false);
    expect(sourceTitle('[Part one] and [part two]').supplied).toBe(false);
  });
});
