import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../../../src/domain/schema/source.ts';

const minimal = { id: 'fixture-gazette-report', type: 'article-newspaper', title: 'Agency Count Questioned', issued: '2011-04' };
const issues = (value: unknown) => sourceSchema.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.code]) ?? [];

describe('sourceSchema', () => {
  it('accepts a minimal source and fills defaults', () => {
    expect(sourceSchema.parse(minimal)).toEqual({ ...minimal, authors: [], issuedCirca: false, archives: [], copies: [], language: 'en' });
  });

  it('accepts authors in both CSL forms, archives and copies', () => {
    const parsed = sourceSchema.parse({
      ...minimal,
      issued: 2011,
      authors: [{ family: 'Placeholder', given: 'Pat' }, { literal: 'Fixture Gazette Staff' }],
      url: 'https://example.org/gazette/count',
      accessed: '2024-01-15',
      archives: [{ url: 'https://web.archive.org/web/2011/https://example.org/gazette/count', archived: '2011-04-20' }],
      copies: [{ description: 'Reprinted on a fictional blog' }],
    });
    expect(parsed.issued).toBe('2011');
    expect(parsed.copies).toEqual([{ description: 'Reprinted on a fictional blog', fidelity: 'exact' }]);
  });

  it('needs id, type and title; an undated document has no issued date', () => {
    expect(issues({}).map(([path]) => path)).toEqual(['id', 'type', 'title']);
    const { issued: _issued, ...undated } = minimal as Record<string, unknown>;
    expect(issues(undated)).toEqual([]);
  });

  it('refuses non-http addresses wherever an address goes', () => {
    expect(issues({ ...minimal, url: 'ftp://example.com/x' })).toEqual([['url', 'invalid_format']]);
    expect(issues({ ...minimal, archives: [{ url: 'javascript:alert(1)' }] })).toEqual([['archives.0.url', 'invalid_format']]);
    expect(issues({ ...minimal, copies: [{ description: 'x', url: 'data:text/plain,x' }] })).toEqual([['copies.0.url', 'invalid_format']]);
  });

  it('refuses bad types, dates, authors and fidelities', () => {
    expect(issues({ ...minimal, type: 'web-page' })).toEqual([['type', 'invalid_value']]);
    expect(issues({ ...minimal, accessed: '2024-01' })).toEqual([['accessed', 'custom']]);
    expect(issues({ ...minimal, issued: '2011-02-30' })).toEqual([['issued', 'custom']]);
    expect(issues({ ...minimal, authors: [{ given: 'Pat' }] })).toEqual([['authors.0', 'invalid_union']]);
    expect(issues({ ...minimal, authors: [{ family: 'Placeholder', literal: 'Both' }] })).toEqual([['authors.0', 'invalid_union']]);
    expect(issues({ ...minimal, copies: [{ description: 'x', fidelity: 'approximate' }] })).toEqual([['copies.0.fidelity', 'invalid_value']]);
    expect(issues({ ...minimal, body: 'archived text belongs below the frontmatter' })).toEqual([['', 'unrecognized_keys']]);
  });
});
