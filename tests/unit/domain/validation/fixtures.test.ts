/**
 * The fixture suite: every invalid case, placed next to the valid content set, must produce
 * exactly the lines of its `.expected` file. See tests/fixtures/README.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findConflicts } from '../../../../src/domain/conflicts.ts';
import { formatProblem } from '../../../../src/domain/validation/format.ts';
import { validateContentDir } from '../../../../src/domain/validation/index.ts';
import { validateFiles } from '../../../../src/domain/validation/validate.ts';
import { BINARY_CASES } from '../../../fixtures/write-binary-cases.ts';
import { FIXTURES_DIR, INVALID_DIR, VALID_CONTENT_DIR, filesForCase, listCases, readExpected, validFiles, type FixtureCase } from '../../../fixtures/cases.ts';

const PROJECT_ROOT = join(FIXTURES_DIR, '..', '..');
const CLI = join(PROJECT_ROOT, 'scripts', 'validate.ts');
const EVALUATED = '__FIXTURE_FRONTMATTER_EVALUATED';

const valid = validFiles();
const cases = listCases();

/** The case's problems as printed lines; throws if the validator throws. */
function run(fixtureCase: FixtureCase): string[] {
  return validateFiles(filesForCase(fixtureCase, valid)).problems.map(formatProblem);
}

describe('the valid fixture set', () => {
  it('holds every collection and the variety the cases rely on', () => {
    const result = validateFiles(valid);
    expect(result.content.actors.length).toBeGreaterThanOrEqual(2);
    expect(result.content.topics.length).toBeGreaterThanOrEqual(1);
    expect(result.content.sources.length).toBe(2);
    expect(new Set(result.content.entries.map((entry) => entry.data.kind))).toEqual(new Set(['event', 'statement', 'count']));
    expect(result.content.entries.some((entry) => entry.data.related.some((link) => link.relation === 'contradicts'))).toBe(true);
    expect(result.content.entries.some((entry) => entry.body.includes('](entry:'))).toBe(true);
    for (const source of result.content.sources) expect(source.body.trim()).not.toBe('');
  });

  it('yields zero problems on its own', () => {
    const result = validateFiles(valid);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.filesChecked).toBe(valid.length);
    expect(result.filesChecked).toBeGreaterThanOrEqual(10);
  });

  it('yields zero problems when read from disk', () => {
    expect(validateContentDir(VALID_CONTENT_DIR).problems).toEqual([]);
  });

  it('has two count claims that conflict and a declared contradiction', () => {
    const { entries } = validateFiles(valid).content;
    const conflicts = findConflicts(entries.map((entry) => ({ ...entry.data, quantity: entry.data.kind === 'count' ? entry.data.quantity : undefined })));
    expect(conflicts.map((conflict) => [conflict.id, conflict.severity])).toEqual([
      ['example-agency-says-500-agents--gazette-disputes-director', 'declared'],
      ['example-agency-says-500-agents--gazette-reports-several-hundred-agents', 'divergent'],
    ]);
  });
});

describe('the invalid fixture cases', () => {
  it('are numerous and each has an .expected file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
    const missing = cases.filter((fixtureCase) => !existsSync(fixtureCase.expectedPath)).map((fixtureCase) => fixtureCase.name);
    expect(missing).toEqual([]);
  });

  it('have no .expected file without a case', () => {
    const names = new Set(cases.map((fixtureCase) => fixtureCase.name));
    const orphans: string[] = [];
    for (const collection of readdirSync(INVALID_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      for (const name of readdirSync(join(INVALID_DIR, collection.name))) {
        if (name.endsWith('.expected') && !names.has(`${collection.name}/${name.slice(0, -'.expected'.length)}`)) orphans.push(`${collection.name}/${name}`);
      }
    }
    expect(orphans).toEqual([]);
  });

  it('keep the exact bytes written by write-binary-cases.ts (git must not normalise them)', () => {
    for (const [path, bytes] of Object.entries(BINARY_CASES)) {
      expect(Buffer.compare(readFileSync(join(INVALID_DIR, path)), bytes), path).toBe(0);
    }
    const gitattributes = readFileSync(join(FIXTURES_DIR, '.gitattributes'), 'utf8');
    expect(gitattributes).toMatch(/^invalid\/\*\* -text$/m);
  });

  describe.each(cases.map((fixtureCase) => [fixtureCase.name, fixtureCase] as const))('%s', (_name, fixtureCase) => {
    it('prints exactly the expected lines', () => {
      expect(run(fixtureCase)).toEqual(readExpected(fixtureCase));
    });

    it('reports problems only in its own files, and at least one', () => {
      const own = new Set(fixtureCase.files.map((file) => file.file));
      const problems = validateFiles(filesForCase(fixtureCase, valid)).problems;
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.filter((problem) => !own.has(problem.file))).toEqual([]);
      for (const problem of problems) {
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.column).toBeGreaterThanOrEqual(1);
      }
    });
  });

  it('never throw, even with all cases at once', () => {
    const everything = [...valid, ...cases.flatMap((fixtureCase) => fixtureCase.files)];
    expect(() => validateFiles(everything)).not.toThrow();
    expect(validateFiles(everything).problems.length).toBeGreaterThanOrEqual(cases.length);
  });
});

describe('refused front-matter languages', () => {
  const languageCases = ['frontmatter-js.md', 'frontmatter-javascript.md', 'frontmatter-coffee.md'].map((name) => {
    const fixtureCase = cases.find((candidate) => candidate.name === `entries/${name}`);
    if (!fixtureCase) throw new Error(`missing fixture entries/${name}`);
    return fixtureCase;
  });

  beforeAll(() => {
    delete (globalThis as Record<string, unknown>)[EVALUATED];
  });
  afterAll(() => {
    delete (globalThis as Record<string, unknown>)[EVALUATED];
  });

  it('are never evaluated', () => {
    for (const fixtureCase of languageCases) {
      const lines = run(fixtureCase);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('is refused');
    }
    expect((globalThis as Record<string, unknown>)[EVALUATED]).toBeUndefined();
  });

  it('hold payloads that stock gray-matter would run (so the test above can fail)', () => {
    const probe = '__FIXTURE_LIVENESS_PROBE';
    for (const name of ['frontmatter-js.md', 'frontmatter-javascript.md']) {
      const text = readFileSync(join(INVALID_DIR, 'entries', name), 'utf8').replaceAll(EVALUATED, probe);
      delete (globalThis as Record<string, unknown>)[probe];
      matter(text);
      expect((globalThis as Record<string, unknown>)[probe], name).toBeDefined();
      delete (globalThis as Record<string, unknown>)[probe];
    }
  });
});

describe('the validate CLI', () => {
  let workDir: string;
  const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: workDir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const noStackTrace = (result: { stdout: string; stderr: string }) => {
    expect(result.stdout).not.toMatch(/^ {4}at /m);
    expect(result.stderr).not.toMatch(/^ {4}at /m);
  };

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'validate-cli-'));
    cpSync(VALID_CONTENT_DIR, join(workDir, 'valid', 'content'), { recursive: true });
    cpSync(VALID_CONTENT_DIR, join(workDir, 'invalid', 'content'), { recursive: true });
    for (const name of ['missing-title.md', 'unknown-references.md', 'raw-html.md']) {
      cpSync(join(INVALID_DIR, 'entries', name), join(workDir, 'invalid', 'content', 'entries', name));
    }
    cpSync(join(INVALID_DIR, 'sources', 'non-http-url.md'), join(workDir, 'invalid', 'content', 'sources', 'non-http,url%1.md'));
  });
  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it('exits 0 on the valid set and says so', () => {
    const result = cli('--content', join(workDir, 'valid', 'content'));
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(`No problems in ${valid.length} files.`);
    expect(result.stderr).toBe('');
    noStackTrace(result);
  });

  it('exits 1 on an invalid set and prints each problem, then a summary', () => {
    const result = cli('--content', join(workDir, 'invalid', 'content'));
    expect(result.status).toBe(1);
    noStackTrace(result);
    const lines = result.stdout.trimEnd().split('\n');
    const expected = ['missing-title.md', 'unknown-references.md', 'raw-html.md'].flatMap((name) =>
      readFileSync(join(INVALID_DIR, 'entries', `${name}.expected`), 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => `invalid/${line}`),
    );
    for (const line of expected) expect(lines).toContain(line);
    expect(lines.at(-1)).toMatch(/^\d+ problems in 4 files \(of \d+ checked\)\.$/);
  });

  it('prints GitHub annotations with --format github', () => {
    const result = cli('--format', 'github', '--content', join(workDir, 'invalid', 'content'));
    expect(result.status).toBe(1);
    noStackTrace(result);
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(annotations.length).toBeGreaterThanOrEqual(9);
    for (const line of annotations) expect(line).toMatch(/^::error file=[^,:]+,line=\d+,col=\d+,title=[^,:]*::.+$/);
    expect(annotations).toContain(
      '::error file=invalid/content/entries/missing-title.md,line=2,col=1,title=title::title  is required (add `title:` to the frontmatter)',
    );
    // A file name with `,` and `%` is escaped, not split into properties.
    expect(annotations).toContain(
      '::error file=invalid/content/sources/non-http%2Curl%251.md,line=1,col=1,title=(file)::(file)  file name "non-http,url%251.md" is not a valid id (rename it to lower-case words joined by hyphens, e.g. `non-http-url-1.md`)',
    );
  });

  it('prints parsable JSON with --format json', () => {
    const result = cli('--format', 'json', '--content', join(workDir, 'invalid', 'content'));
    expect(result.status).toBe(1);
    noStackTrace(result);
    const data = JSON.parse(result.stdout) as { problems: { file: string; line: number; field: string }[]; count: number };
    expect(data.count).toBe(data.problems.length);
    expect(data.problems).toContainEqual(expect.objectContaining({ file: 'invalid/content/entries/missing-title.md', line: 2, field: 'title' }));

    const clean = JSON.parse(cli('--format', 'json', '--content', join(workDir, 'valid', 'content')).stdout) as { count: number };
    expect(clean.count).toBe(0);
  });

  it('refuses an unknown format with exit 2 and no stack trace', () => {
    const result = cli('--format', 'xml', '--content', join(workDir, 'valid', 'content'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--format must be one of text, github, json');
    noStackTrace(result);
  });

  it('runs from the project root with the default content folder', () => {
    // `node scripts/validate.ts` without arguments reads ./content; run against a copy of the valid set.
    const output = execFileSync(process.execPath, [CLI], { cwd: join(workDir, 'valid'), encoding: 'utf8' });
    expect(output.trim()).toBe(`No problems in ${valid.length} files.`);
  });
});
