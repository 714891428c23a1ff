/**
 * The web editor (/admin/, Decap CMS) on a clone, as an editor without git would use it: in a
 * copy of the project, decap-server serves the working tree, and the editor types a source with
 * a passage and an entry quoting it into the forms, and publishes them. The files written must
 * pass `npm run validate` and be built into the site; a quote that is not in the source must be
 * reported by the validator with file and line. The content is fictional (the fixture set's
 * agency and gazette) and lives only in a temporary folder.
 *
 * Ports: decap-server on 8181 (DECAP_SERVER_PORT), the copy's site on a free port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { listFiles } from '../../scripts/checks/lib/dist.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { freePort } from '../support/free-port.ts';
import { copyProject } from '../support/project-copy.ts';

const root = resolve(import.meta.dirname, '../..');
const DECAP_SERVER_PORT = Number(process.env['DECAP_SERVER_PORT'] ?? 8181);
const SHOTS = process.env['WEB_EDITOR_SHOTS'];
let project: string;
let origin: string;
const servers: ChildProcess[] = [];

const env = () => ({ ...process.env, DECAP_SERVER_PORT: String(DECAP_SERVER_PORT), NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' });

function build(): void {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: project, env: env(), encoding: 'utf8' });
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
}

function validate(): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/validate.ts'], { cwd: project, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Starts a server and waits until `ready` appears in its output. */
function start(args: string[], extraEnv: Record<string, string>, ready: RegExp): Promise<void> {
  const child = spawn(process.execPath, args, { cwd: project, env: { ...env(), ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  servers.push(child);
  return new Promise((resolveStart, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    const listen = (text: Buffer) => {
      output += text.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolveStart();
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

test.describe.configure({ mode: 'serial', timeout: 300_000 });
test.use({ actionTimeout: 20_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // The fixture set: small, complete and fictional, so the copy builds in seconds.
  project = copyProject(root, 'web-editor-', join(root, 'tests/fixtures/valid/content'));
  build();
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  await start(['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {}, /Local\s+http/);
  // File-system mode, as on a clone: what the editor publishes is written into the working tree.
  await start(
    ['node_modules/decap-server/dist/index.js'],
    { PORT: String(DECAP_SERVER_PORT), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: project },
    /listening on/,
  );
});

test.afterAll(() => {
  for (const server of servers) server.kill();
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Problems a page must not have: a request to another machine, a Content Security Policy violation. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (protocol.startsWith('http') && hostname !== '127.0.0.1' && hostname !== 'localhost') problems.push(`request to ${request.url()}`);
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  return problems;
}

/** A field by its label, which Decap writes as "Publisher (optional)" for optional fields. */
const labelled = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}(?: \\(optional\\))?$`));

async function type(page: Page, label: string, text: string, index = 0): Promise<void> {
  const field = labelled(page, label).nth(index);
  // On a busy machine the form can drop a keystroke while it re-renders; a person would see it and retype.
  for (let attempt = 0; attempt < 3; attempt++) {
    await field.click();
    await field.pressSequentially(text);
    if ((await field.inputValue()) === text) return;
    await field.fill('');
  }
  await expect(field).toHaveValue(text);
}

/** A select or relation field: type to search, then choose the option. */
async function choose(page: Page, label: string, search: string, option: string | RegExp = search, index = 0): Promise<void> {
  const field = labelled(page, label).nth(index);
  await field.click();
  await field.pressSequentially(search);
  await page.getByRole('option', { name: option }).first().click();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
  // Once written, the button says so.
  await expect(page.getByRole('button', { name: 'Published', exact: true })).toBeVisible({ timeout: 30_000 });
}

/** The file the editor published, once decap-server has written it. */
async function expectFile(path: string): Promise<string> {
  const file = join(project, path);
  await expect.poll(() => existsSync(file), { message: `${path} (the folder holds ${readdirSync(dirname(file)).join(', ')})`, timeout: 15_000 }).toBe(true);
  return file;
}

async function openEditor(page: Page): Promise<void> {
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByRole('heading', { name: 'Collections' })).toBeVisible({ timeout: 30_000 });
}

async function newSource(page: Page): Promise<void> {
  await page.goto(`${origin}/admin/#/collections/sources/new`);
  await type(page, 'Id', 'fixture-gazette-web-editor-report');
  await choose(page, 'Type', 'article-news', 'article-newspaper');
  await type(page, 'Title', 'Fixture Agency Opens a Second Office');
  await type(page, 'Publisher', 'Fixture Gazette');
  await choose(page, 'Publisher actor', 'fixture-gaz', /fixture-gazette/);
  await type(page, 'Issued', '2011-06');
  await type(page, 'Archived text', 'The Example Agency of Fixtures opened a second field office in Testville on Monday.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Its director said the office would employ 40 fixture agents.');
}

async function newEntry(page: Page, id: string, quote: string): Promise<void> {
  await page.goto(`${origin}/admin/#/collections/entries/new`);
  await type(page, 'Id', id);
  await choose(page, 'Kind', 'statem', 'statement');
  await type(page, 'Title', 'Fixture Gazette: the Example Agency opens a second office');
  await type(page, 'Summary', 'The fictional Fixture Gazette reports that the fictional agency opened a second field office.');
  await type(page, 'Date', '2011-06');
  await choose(page, 'Topics', 'fixture', /fixture-storyline/);
  await choose(page, 'Actor', 'fixture-gaz', /fixture-gazette/);
  await page.getByRole('button', { name: /Add evidence/i }).click();
  await choose(page, 'Source', 'web-editor', /fixture-gazette-web-editor-report/);
  await type(page, 'Quote', quote);
}

test('an editor types a source and an entry quoting it into the web editor; the files pass the validator and are built', async ({ page }) => {
  const problems = watch(page);
  await openEditor(page);
  await newSource(page);
  await publish(page);
  await expectFile('content/sources/fixture-gazette-web-editor-report.md');

  await newEntry(page, 'gazette-reports-second-office', 'opened a second field office in Testville');
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 1366, height: 900 });
    await labelled(page, 'Id').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'web-editor-entry-form.png') });
    await labelled(page, 'Quote').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'web-editor-entry-form-evidence.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SHOTS, 'web-editor-entry-form-390.png') });
    await page.setViewportSize({ width: 1366, height: 900 });
  }
  // The preview lays the entry out as its page does, the quote included.
  const preview = page.frameLocator('iframe').first();
  await expect(preview.getByText('opened a second field office in Testville')).toBeVisible();
  await expect(preview.getByText('From Fixture Agency Opens a Second Office.')).toBeVisible();
  await publish(page);

  const file = await expectFile('content/entries/gazette-reports-second-office.md');
  const written = readFileSync(file, 'utf8');
  expect(written).toContain('quote: opened a second field office in Testville');
  if (SHOTS) writeFileSync(join(SHOTS, 'web-editor-written-entry.md.txt'), written);
  const result = validate();
  // The fixture content and the two files the editor wrote.
  const fixtureFiles = listFiles(join(root, 'tests/fixtures/valid/content')).filter((file) => file.endsWith('.md')).length;
  expect(result.output).toMatch(new RegExp(`^No problems in ${fixtureFiles + 2} files\\.$`, 'm'));
  expect(result.status).toBe(0);

  build();
  const built = readFileSync(join(project, 'dist/entries/gazette-reports-second-office/index.html'), 'utf8');
  expect(built).toContain('opened a second field office in Testville');
  expect(built).toContain('Fixture Agency Opens a Second Office');
  expect(problems).toEqual([]);
});

test('a quote typed into the web editor that is not in the source is reported by the validator, with file and line', async ({ page }) => {
  const problems = watch(page);
  await openEditor(page);
  await newEntry(page, 'gazette-reports-third-office', 'opened a third field office in Testville');
  await publish(page);

  const path = 'content/entries/gazette-reports-third-office.md';
  const text = readFileSync(await expectFile(path), 'utf8');
  const line = text.split('\n').findIndex((row) => row.includes('quote: opened a third field office')) + 1;
  expect(line).toBeGreaterThan(1);
  const result = validate();
  expect(result.status).toBe(1);
  expect(result.output).toContain(
    `${path}:${line}:5  evidence[0].quote  quote not found in the archived text of source \`fixture-gazette-web-editor-report\`  (the text matches up to "…opened a"; there the source has "second field office in Testville…", the quote "third field office in Testville")`,
  );
  expect(problems).toEqual([]);
});
