/**
 * The editors' walkthrough from CONTRIBUTING.md, automated: in a copy of the project, add a
 * source with its excerpt and two entries citing it, make the usual mistakes and read the
 * validator's exact messages, fix them, build, and find the entries on the timeline, in the
 * search and in the data. The content is fictional and lives only in a temporary folder.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { copyProject } from '../support/project-copy.ts';

const root = resolve(import.meta.dirname, '../..');
const PORT = 4391;
let project: string;
let server: ChildProcess | undefined;

function run(script: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: project, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function edit(file: string, replacements: [string | RegExp, string][]): void {
  let text = readFileSync(join(project, file), 'utf8');
  for (const [from, to] of replacements) text = text.replace(from, to);
  writeFileSync(join(project, file), text);
}

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(() => {
  project = copyProject(root, 'editor-walkthrough-', join(root, 'content'));
});

test.afterAll(() => {
  server?.kill();
  if (project) rmSync(project, { recursive: true, force: true });
});

test('an editor adds a source and two entries, is told what is wrong, and sees them published', async ({ page }) => {
  // 1. The source, from the template, with its excerpt pasted below the frontmatter.
  const source = run('scripts/new.ts', ['source', 'Fixture Gazette walkthrough report']);
  expect(source.status).toBe(0);
  expect(source.output).toContain('Created content/sources/fixture-gazette-walkthrough-report.md');
  edit('content/sources/fixture-gazette-walkthrough-report.md', [
    ['publisher: ""', 'publisher: Fixture Gazette'],
    ['issued: ""', 'issued: 2011-05-02'],
  ]);
  appendFileSync(
    join(project, 'content/sources/fixture-gazette-walkthrough-report.md'),
    'The Walkthrough Agency said it had posted “exactly 12” inspectors to Testville in April 2011.\n\nA spokesman later said the inspectors would stay until June.\n',
  );

  // 2. Two entries, one of them a count, each with a typical mistake.
  expect(run('scripts/new.ts', ['entry', 'Walkthrough Agency posts inspectors to Testville', '--kind', 'count']).status).toBe(0);
  expect(run('scripts/new.ts', ['entry', 'Walkthrough spokesman says inspectors stay until June', '--kind', 'statement']).status).toBe(0);
  const count = 'content/entries/walkthrough-agency-posts-inspectors-to-testville.md';
  const statement = 'content/entries/walkthrough-spokesman-says-inspectors-stay-until-june.md';
  edit(count, [
    ['summary: ""', 'summary: The fictional Walkthrough Agency says it posted exactly 12 inspectors to Testville.'],
    ['date: ""', 'date: 2011-04'],
    ['topics: []', 'topics: [us-agents-in-mexico]'],
    ['actor: ""             # id from content/actors/, or use description: "..." instead', 'description: The Walkthrough Agency (fictional)'],
    ['source: ""', 'source: fixture-gazette-walkthrough-report'],
    // Mistake: the quote is retyped, not copied ("13" for "12").
    ['quote: ""', "quote: 'posted “exactly 13” inspectors to Testville'"],
    ['subject: ""', 'subject: us-federal-government'],
    ['value: 0', 'value: 12'],
    ['unit: agents', 'unit: inspectors'],
    ['asOf: ""', 'asOf: 2011-04'],
    ['stated: ""', 'stated: exactly 12'],
  ]);
  edit(statement, [
    ['summary: ""', 'summary: A fictional spokesman says the inspectors will stay until June.'],
    // Mistake: a day the source does not give, and one that does not exist.
    ['date: ""', 'date: 2011-04-31'],
    // Mistake: a mistyped topic id.
    ['topics: []', 'topics: [us-agent-in-mexico]'],
    ['actor: ""             # id from content/actors/, or use description: "..." instead', 'description: A spokesman of the Walkthrough Agency (fictional)'],
    ['source: ""', 'source: fixture-gazette-walkthrough-report'],
    ['quote: ""', 'quote: A spokesman later said the inspectors would stay until June.'],
  ]);

  const failing = run('scripts/validate.ts', []);
  expect(failing.status).toBe(1);
  const lines = failing.output.split('\n').filter((line) => line.startsWith('content/'));
  expect(lines).toEqual([
    `${count}:15:5  evidence[0].quote  quote not found in the archived text of source \`fixture-gazette-walkthrough-report\`  (the text matches up to "…posted "exactly"; there the source has "12" inspectors to Testville in…", the quote "13" inspectors to Testville")`,
    `${count}:23:3  quantity.stated  "exactly 12" does not occur in any quote of this entry  (copy the words for the number exactly as the quote gives them)`,
    `${statement}:7:1  date  2011-04-31 does not exist (April 2011 has 30 days)  (check the day against the source)`,
  ]);
  expect(failing.output).not.toMatch(/^\s+at /m);

  // Fixing the date reveals the reference check on that file, with a suggestion.
  edit(statement, [['date: 2011-04-31', 'date: 2011-05-02']]);
  const second = run('scripts/validate.ts', []);
  expect(second.output).toContain(`${statement}:8:10  topics[0]  unknown topic \`us-agent-in-mexico\`  (did you mean \`us-agents-in-mexico\`?)`);

  edit(count, [["quote: 'posted “exactly 13” inspectors to Testville'", "quote: 'posted “exactly 12” inspectors to Testville'"]]);
  edit(statement, [['topics: [us-agent-in-mexico]', 'topics: [us-agents-in-mexico]']]);
  const passing = run('scripts/validate.ts', []);
  expect(passing.output).toMatch(/No problems in \d+ files\./);
  expect(passing.status).toBe(0);

  // 3. Build and serve, as `npm start` does.
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: project, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: project,
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${PORT}`;
  await expect(async () => expect((await fetch(`${origin}/`)).ok).toBe(true)).toPass({ timeout: 30_000 });

  // On the timeline: in its data and in the no-JS list.
  const ids = ['walkthrough-agency-posts-inspectors-to-testville', 'walkthrough-spokesman-says-inspectors-stay-until-june'];
  const timeline = (await (await fetch(`${origin}/timeline.json`)).json()) as { entries: { id: string }[] };
  for (const id of ids) expect(timeline.entries.map((entry) => entry.id)).toContain(id);
  const timelineHtml = await (await fetch(`${origin}/timeline/`)).text();
  for (const id of ids) expect(timelineHtml).toContain(`/entries/${id}/`);

  // In the data.
  const data = (await (await fetch(`${origin}/data/entries.json`)).json()) as { entries: { id: string; quantity: { value: number } | null }[] };
  expect(data.entries.find((entry) => entry.id === ids[0])?.quantity?.value).toBe(12);
  expect(await (await fetch(`${origin}/data/entries.csv`)).text()).toContain(ids[1]);

  // In the search.
  await page.goto(`${origin}/search/?q=Testville`);
  await expect(page.locator(`[data-search-results] a[href="/entries/${ids[0]}/"]`)).toHaveCount(1, { timeout: 15_000 });

  // And on its own page, with its source.
  await page.goto(`${origin}/entries/${ids[0]}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Walkthrough Agency posts inspectors to Testville');
  await expect(page.locator('blockquote.quote')).toContainText('posted “exactly 12” inspectors to Testville');
});
