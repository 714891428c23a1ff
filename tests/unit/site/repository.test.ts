import { describe, expect, it } from 'vitest';
import { correctionIssueUrl, fileEditUrl, repositoryFrom } from '../../../src/site/repository.ts';

describe('repositoryFrom', () => {
  it('is absent when nothing names a repository', () => {
    expect(repositoryFrom({}, undefined)).toBeUndefined();
    expect(repositoryFrom({ REPOSITORY_URL: '  ' }, undefined)).toBeUndefined();
  });

  it('reads REPOSITORY_URL first, then package.json in its npm forms', () => {
    expect(repositoryFrom({ REPOSITORY_URL: 'https://github.com/owner/name' }, 'github:other/repo')).toEqual({
      url: 'https://github.com/owner/name',
      host: 'github',
      path: 'owner/name',
      branch: 'main',
    });
    expect(repositoryFrom({}, 'owner/name')?.url).toBe('https://github.com/owner/name');
    expect(repositoryFrom({}, 'gitlab:group/name')).toMatchObject({ url: 'https://gitlab.com/group/name', host: 'gitlab' });
    expect(repositoryFrom({}, { url: 'git+https://github.com/owner/name.git' })).toMatchObject({ url: 'https://github.com/owner/name', path: 'owner/name' });
    expect(repositoryFrom({ REPOSITORY_BRANCH: 'content' }, 'owner/name')?.branch).toBe('content');
    expect(repositoryFrom({}, 'https://git.example.org/team/site/')).toEqual({ url: 'https://git.example.org/team/site', host: 'other', branch: 'main' });
  });

  it('links to nothing a browser cannot open', () => {
    expect(repositoryFrom({ REPOSITORY_URL: 'javascript:alert(1)' }, undefined)).toBeUndefined();
    expect(repositoryFrom({ REPOSITORY_URL: 'git@github.com:owner/name.git' }, undefined)).toBeUndefined();
    expect(repositoryFrom({}, { url: 'ssh://git@github.com/owner/name.git' })).toBeUndefined();
  });
});

describe('the links', () => {
  const github = repositoryFrom({}, 'owner/name')!;

  it('edit the file on its branch', () => {
    expect(fileEditUrl(github, 'content/entries/some-id.md')).toBe('https://github.com/owner/name/edit/main/content/entries/some-id.md');
    expect(fileEditUrl(repositoryFrom({}, 'gitlab:group/name')!, 'content/entries/a.md')).toBe(
      'https://gitlab.com/group/name/-/edit/main/content/entries/a.md',
    );
  });

  it('open the error-report form with the entry filled in', () => {
    const url = new URL(correctionIssueUrl(github, { title: 'PGR says 500 agents', address: 'https://example.org/entries/a/' }));
    expect(url.pathname).toBe('/owner/name/issues/new');
    expect(url.searchParams.get('template')).toBe('report-an-error.yml');
    expect(url.searchParams.get('title')).toBe('Error: PGR says 500 agents');
    expect(url.searchParams.get('entry')).toBe('https://example.org/entries/a/');
  });
});

describe('the error-report form the link opens', () => {
  it('exists, and has the field the link fills in', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const form = parse(readFileSync(new URL('../../../.github/ISSUE_TEMPLATE/report-an-error.yml', import.meta.url), 'utf8')) as { body: { id?: string }[] };
    expect(form.body.map((field) => field.id)).toContain('entry');
  });
});
