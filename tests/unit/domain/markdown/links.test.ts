import { describe, expect, it } from 'vitest';
import { classifyLink, CROSS_LINK_COLLECTIONS, crossLinkPath } from '../../../../src/domain/markdown/links.ts';

describe('classifyLink', () => {
  it.each(['https://example.com/fixtures', 'http://example.com', 'HTTPS://EXAMPLE.COM/', 'mailto:desk@example.com', 'MailTo:desk@example.com'])(
    'treats %j as external',
    (url) => {
      expect(classifyLink(url)).toEqual({ kind: 'external' });
    },
  );

  it.each(['page', './page', '../entries/x/', '/about/', '#section', '?q=1', '', 'entries/x:y', '__proto__:x', '1http:x'])('treats %j as relative', (url) => {
    expect(classifyLink(url)).toEqual({ kind: 'relative' });
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['JaVa\tScRiPt:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['\u0000javascript:alert(1)', 'javascript'],
    [' \u0001java\u007Fscript:alert(1)', 'javascript'],
    ['data:image/png;base64,iVBORw0KGgo=', 'data'],
    ['DATA:text/html,<script>', 'data'],
    ['vbscript:msgbox', 'vbscript'],
    ['file:///etc/passwd', 'file'],
    ['ftp://example.com/x', 'ftp'],
    ['constructor:x', 'constructor'],
    ['tostring:x', 'tostring'],
  ])('refuses %j as a `%s:` address', (url, scheme) => {
    expect(classifyLink(url)).toEqual({ kind: 'unsafe', reason: `\`${scheme}:\` address` });
  });

  it.each(['//evil.example.net/x', '\\\\evil.example.net', '/\\evil.example.net', '\\/evil.example.net', ' //evil.example.net', '/\t/evil.example.net'])(
    'refuses %j as protocol-relative',
    (url) => {
      expect(classifyLink(url)).toEqual({ kind: 'unsafe', reason: 'protocol-relative address' });
    },
  );

  it('reads cross-links with their collection, id and fragment', () => {
    expect(classifyLink('entry:example-agency-opens-field-office')).toEqual({
      kind: 'cross',
      collection: 'entries',
      id: 'example-agency-opens-field-office',
      fragment: '',
    });
    expect(classifyLink('actor:example-agency')).toMatchObject({ kind: 'cross', collection: 'actors', id: 'example-agency' });
    expect(classifyLink('topic:fixture-storyline')).toMatchObject({ kind: 'cross', collection: 'topics', id: 'fixture-storyline' });
    expect(classifyLink('source:fixture-gazette-report#p2')).toEqual({ kind: 'cross', collection: 'sources', id: 'fixture-gazette-report', fragment: '#p2' });
  });

  it('reads mixed-case and padded cross-link schemes, keeping the id as written', () => {
    expect(classifyLink('Entry:Some-Id')).toMatchObject({ kind: 'cross', collection: 'entries', id: 'Some-Id' });
    expect(classifyLink(' entry:x ')).toMatchObject({ kind: 'cross', collection: 'entries', id: 'x' });
    expect(classifyLink('en\ttry:example-id')).toMatchObject({ kind: 'cross', collection: 'entries', id: 'example-id' });
    expect(classifyLink('\u0001entry:example-id#f')).toEqual({ kind: 'cross', collection: 'entries', id: 'example-id', fragment: '#f' });
  });

  it('knows exactly four cross-link schemes', () => {
    expect(CROSS_LINK_COLLECTIONS).toEqual({ entry: 'entries', actor: 'actors', source: 'sources', topic: 'topics' });
  });
});

describe('crossLinkPath', () => {
  it('builds a path under the base, with or without a trailing slash', () => {
    expect(crossLinkPath('/', 'entries', 'x')).toBe('/entries/x/');
    expect(crossLinkPath('/timeline', 'actors', 'atf')).toBe('/timeline/actors/atf/');
    expect(crossLinkPath('/timeline/', 'sources', 's', '#p2')).toBe('/timeline/sources/s/#p2');
  });
});
