import { describe, expect, it } from 'vitest';
import { dayDateSchema, httpUrlSchema, ID_PATTERN, idSchema, languageSchema, partialDateSchema, textSchema } from '../../../../src/domain/schema/common.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe('idSchema', () => {
  it.each(['atf', 'atf-phoenix-office', 'gao-09-709', '2011'])('accepts %j', (id) => {
    expect(idSchema.safeParse(id).success).toBe(true);
    expect(ID_PATTERN.test(id)).toBe(true);
  });

  it.each(['ATF', 'atf phoenix', 'atf_phoenix', '-atf', 'atf-', 'atf--phoenix', 'atf.md', 'café', 'atf\n'])('refuses %j', (id) => {
    expect(messages(idSchema.safeParse(id))).toEqual(['must be lower-case words joined by hyphens, e.g. `atf-phoenix-office`']);
    expect(ID_PATTERN.test(id)).toBe(false);
  });

  it('refuses an empty id once, as empty', () => {
    expect(messages(idSchema.safeParse(''))).toEqual(['must not be empty']);
  });
});

describe('textSchema', () => {
  it('accepts text and refuses empty or padded text', () => {
    expect(textSchema.safeParse('Fixture Gazette').success).toBe(true);
    expect(messages(textSchema.safeParse(''))).toContain('must not be empty');
    expect(messages(textSchema.safeParse(' Fixture'))).toEqual(['must not start or end with spaces']);
    expect(messages(textSchema.safeParse('Fixture\n'))).toEqual(['must not start or end with spaces']);
    expect(textSchema.safeParse(42).success).toBe(false);
  });
});

describe('partialDateSchema', () => {
  it('accepts the three precisions and keeps a bare YAML year as text', () => {
    expect(partialDateSchema.parse('2011-03-20')).toBe('2011-03-20');
    expect(partialDateSchema.parse('2011-03')).toBe('2011-03');
    expect(partialDateSchema.parse(2011)).toBe('2011');
  });

  it('refuses impossible, malformed, non-integer and future dates with their own messages', () => {
    expect(messages(partialDateSchema.safeParse('2011-02-30'))).toEqual(['2011-02-30 does not exist (February 2011 has 28 days)']);
    expect(messages(partialDateSchema.safeParse('20 March 2011'))).toEqual(['"20 March 2011" is not a date']);
    expect(messages(partialDateSchema.safeParse('2999-01'))).toEqual(['2999-01 is in the future']);
    expect(partialDateSchema.safeParse(2011.5).success).toBe(false);
    expect(partialDateSchema.safeParse(new Date('2011-03-20')).success).toBe(false);
  });

  it('carries a hint for the validator', () => {
    const issue = partialDateSchema.safeParse('2011-13').error?.issues[0] as { params?: { hint?: string } } | undefined;
    expect(issue?.params?.hint).toBe('months run from 01 to 12');
  });
});

describe('dayDateSchema', () => {
  it('needs a full day', () => {
    expect(dayDateSchema.safeParse('2024-01-15').success).toBe(true);
    expect(messages(dayDateSchema.safeParse('2024-01'))).toEqual(['must be a full date, YYYY-MM-DD']);
    expect(messages(dayDateSchema.safeParse(2024))).toEqual(['must be a full date, YYYY-MM-DD']);
  });
});

describe('httpUrlSchema', () => {
  it.each(['https://example.com/fixtures/release', 'http://example.org', 'https://web.archive.org/web/2011/https://example.org/x'])('accepts %j', (url) => {
    expect(httpUrlSchema.safeParse(url).success).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<b>x</b>',
    'ftp://example.com/x',
    'mailto:desk@example.com',
    '//example.com/x',
    '/relative/path',
    'example.com',
    'https://',
    'https://localhost/x',
  ])('refuses %j', (url) => {
    expect(messages(httpUrlSchema.safeParse(url))).toEqual(['must be an absolute http(s) address, e.g. `https://www.gao.gov/products/gao-09-709`']);
  });
});

describe('httpUrlSchema and textSchema refuse what only an attack would contain', () => {
  it('refuses quotes, angle brackets and spaces in an address', () => {
    for (const url of ['https://example.com/"onmouseover="x', 'https://example.com/<script>', 'https://example.com/a b']) {
      expect(messages(httpUrlSchema.safeParse(url))).toEqual(['contains a space, quote or angle bracket']);
    }
  });

  it('refuses control characters in text, but keeps tabs and line breaks', () => {
    expect(messages(textSchema.safeParse('Fixture\u001b[31m'))).toEqual(['contains a control character']);
    expect(messages(textSchema.safeParse('Fix\u0000ture'))).toEqual(['contains a control character']);
    expect(textSchema.safeParse('Line one\nline two').success).toBe(true);
  });
});

describe('languageSchema', () => {
  it('accepts BCP 47 tags and refuses names', () => {
    for (const tag of ['en', 'es', 'es-MX', 'nah']) expect(languageSchema.safeParse(tag).success).toBe(true);
    for (const tag of ['English', 'EN', 'e', 'es_MX']) expect(languageSchema.safeParse(tag).success).toBe(false);
  });
});
