/**
 * Hostile content, end to end. The payloads are in `tests/fixtures/hostile/` (see its README):
 * each, if it ever ran, would call `__xss('<payload id>')` (or `alert`), which every test here
 * watches.
 *
 * 1. The validator refuses every `rejected` payload with its field and message, evaluates none
 *    of them, and accepts every `inert` one; the CLI and the build refuse the rejected ones too.
 * 2. The renderer's second wall: every Markdown body payload, rendered with the site's remark
 *    plugins, holds nothing that can run script, and runs nothing in Chromium, with the site's
 *    CSP and without it.
 * 3. A site built in a temporary folder from the valid fixtures and the inert payloads: every
 *    page, the timeline (items selected, rows grouped), the search (results and filters) load in
 *    Chromium with zero script executions, zero dialogs and no script-capable markup from
 *    content, with the CSP and with the CSP bypassed; and every payload is shown as text.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import matter from 'gray-matter';
import remarkSafeLinks from '../../src/domain/markdown/remark-safe-links.ts';
import remarkStripHtml from '../../src/domain/markdown/remark-strip-html.ts';
import { readContentFiles, type ContentFile } from '../../src/domain/validation/content-files.ts';
import { formatProblem } from '../../src/domain/validation/format.ts';
import { parseContentFile } from '../../src/domain/validation/parse-file.ts';
import { valueAt } from '../../src/domain/validation/schema-problems.ts';
import { validateFiles } from '../../src/domain/validation/validate.ts';
import { VALID_CONTENT_DIR, validFiles } from '../fixtures/cases.ts';
import { normalise, scriptCapable, textAndAttributes } from '../fixtures/hostile/html-scan.ts';
import { FAMILIES, INERT, PAYLOADS, REJECTED, type InertPayload, type RejectedPayload } from '../fixtures/hostile/payloads.ts';

const root = resolve(import.meta.dirname, '../..');
const HOSTILE_DIR = join(root, 'tests/fixtures/hostile');
const REJECTED_DIR = join(HOSTILE_DIR, 'rejected');
const INERT_ROOT = join(HOSTILE_DIR, 'inert');
const INERT_CONTENT_DIR = join(INERT_ROOT, 'content');
const ASTRO = join(root, 'node_modules/astro/bin/astro.mjs');
const PORT = 4393;
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** A made-up origin for rendered bodies, served by `page.route`, so `'self'` and relative `src=x` mean something. */
const BODY_ORIGIN = 'http://hostile.test';

test.describe.configure({ timeout: 300_000 });

// ---- Fixture files ------------------------------------------------------------------------------

const valid = validFiles();

function rejectedFile(payload: RejectedPayload): ContentFile {
  return {
    collection: payload.collection,
    file: `content/${payload.collection}/${payload.id}.md`,
    bytes: readFileSync(join(REJECTED_DIR, payload.collection, `${payload.id}.md`)),
  };
}
const inertFiles = (): ContentFile[] => readContentFiles(INERT_CONTENT_DIR, INERT_ROOT);

/** Markdown bodies to render: every rejected payload reported in `(body)`, and the inert bodies of entries, actors and topics. */
function markdownBodies(): { name: string; body: string; shown: InertPayload[] }[] {
  const bodyOf = (file: string, bytes: Uint8Array) => {
    const parsed = parseContentFile(file, bytes);
    if (!parsed.ok) throw new Error(`${file} does not parse: ${parsed.problems.map(formatProblem).join('; ')}`);
    return parsed.parsed.body;
  };
  const rejected = REJECTED.filter((payload) => payload.problems.some((problem) => problem.field === '(body)')).map((payload) => {
    const file = rejectedFile(payload);
    return { name: payload.id, body: bodyOf(file.file, file.bytes), shown: [] };
  });
  const inertBodies = INERT.filter((payload) => payload.field === '(body)' && !payload.file.startsWith('sources/'));
  const inert = [...new Set(inertBodies.map((payload) => payload.file))].map((path) => {
    const shown = inertBodies.filter((payload) => payload.file === path);
    return { name: path, body: bodyOf(path, readFileSync(join(INERT_CONTENT_DIR, path))), shown };
  });
  return [...rejected, ...inert];
}

// ---- 1. The validator ---------------------------------------------------------------------------

test.describe('the validator', () => {
  test('the payload table and the fixture files match one to one, across every family', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PAYLOADS.map((payload) => payload.id)).size).toBe(PAYLOADS.length);
    expect(new Set(PAYLOADS.map((payload) => payload.family))).toEqual(new Set(Object.keys(FAMILIES)));

    const onDisk = readdirSync(REJECTED_DIR).flatMap((collection) => readdirSync(join(REJECTED_DIR, collection)).map((name) => `${collection}/${name}`));
    expect(onDisk.sort()).toEqual(REJECTED.map((payload) => `${payload.collection}/${payload.id}.md`).sort());
    for (const payload of REJECTED) {
      const text = readFileSync(join(REJECTED_DIR, payload.collection, `${payload.id}.md`), 'utf8');
      expect(text, payload.id).toContain(payload.id);
    }
    const inertOnDisk = inertFiles().map((file) => file.file.slice('content/'.length));
    expect(new Set(INERT.map((payload) => payload.file))).toEqual(new Set(inertOnDisk));
    for (const payload of INERT) expect(readFileSync(join(INERT_CONTENT_DIR, payload.file), 'utf8'), payload.id).toContain(payload.id);

    // The README's table lists every payload with its outcome.
    const readme = readFileSync(join(HOSTILE_DIR, 'README.md'), 'utf8');
    for (const payload of PAYLOADS) {
      expect(readme, payload.id).toMatch(
        new RegExp(`^\\| \`${payload.id}\` \\| ${payload.family} \\| .* \\| ${payload.expect === 'rejected' ? 'rejected: ' : 'accepted, rendered inert'}`, 'm'),
      );
    }

    const byFamily = Object.keys(FAMILIES).map((family) => {
      const inFamily = PAYLOADS.filter((payload) => payload.family === family);
      return `${family}: ${inFamily.length} (${inFamily.filter((payload) => payload.expect === 'rejected').length} rejected)`;
    });
    console.log(
      `hostile payloads: ${PAYLOADS.length}, ${REJECTED.length} rejected by the validator, ${INERT.length} accepted and rendered inert\n  ${byFamily.join('\n  ')}`,
    );
  });

  test('refuses every rejected payload with its field and message, at its own file, and evaluates none', () => {
    const calls: unknown[] = [];
    const global = globalThis as { __xss?: (id: unknown) => void };
    global.__xss = (id) => calls.push(id);
    const failures: string[] = [];
    try {
      for (const payload of REJECTED) {
        const file = rejectedFile(payload);
        const result = validateFiles([...valid, file]);
        const elsewhere = result.problems.filter((problem) => problem.file !== file.file);
        if (elsewhere.length > 0) failures.push(`${payload.id}: problems in other files: ${elsewhere.map(formatProblem).join(' | ')}`);
        const lines = result.problems.filter((problem) => problem.file === file.file).map(formatProblem);
        const matches =
          lines.length === payload.problems.length &&
          payload.problems.every((expected, index) => {
            const line = lines[index] ?? '';
            return line.startsWith(`${file.file}:`) && line.includes(`  ${expected.field}  `) && line.includes(expected.message);
          });
        if (!matches) failures.push(`${payload.id}: expected ${JSON.stringify(payload.problems)}, got ${JSON.stringify(lines)}`);
      }
    } finally {
      delete global.__xss;
    }
    expect(failures).toEqual([]);
    expect(calls).toEqual([]);
    // The `__proto__` key stayed a key: nothing reached the prototype every object shares.
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as { toString: unknown }).toString).toBe(Object.prototype.toString);
  });

  test('stock gray-matter would run the `---js` payload, so refusing it is not vacuous', () => {
    const calls: unknown[] = [];
    const global = globalThis as { __xss?: (id: unknown) => void };
    global.__xss = (id) => calls.push(id);
    try {
      matter(readFileSync(join(REJECTED_DIR, 'entries', 'fm-js-engine.md'), 'utf8'));
    } finally {
      delete global.__xss;
    }
    expect(calls).toEqual(['fm-js-engine']);
  });

  test('accepts every inert payload next to the valid set, each where the table says', () => {
    const files = [...valid, ...inertFiles()];
    const result = validateFiles(files);
    expect(result.problems.map(formatProblem)).toEqual([]);
    const documents = [...result.content.entries, ...result.content.sources, ...result.content.actors, ...result.content.topics, ...result.content.places];
    for (const payload of INERT) {
      const document = documents.find((candidate) => candidate.file === `content/${payload.file}`);
      expect(document, payload.file).toBeDefined();
      if (!document) continue;
      if (payload.field === '(body)') {
        expect(document.body, payload.id).toContain(payload.id);
      } else {
        const value = valueAt(document.parsed.data, fieldPath(payload.field));
        expect(typeof value === 'string' && value.includes(payload.id), `${payload.id} at ${payload.field}: ${JSON.stringify(value)}`).toBe(true);
      }
    }
  });

  test('the CLI refuses them all at once, exits 1 and prints a line for each', () => {
    const workDir = mkdtempSync(join(tmpdir(), 'hostile-cli-'));
    try {
      cpSync(VALID_CONTENT_DIR, join(workDir, 'content'), { recursive: true });
      for (const payload of REJECTED)
        cpSync(join(REJECTED_DIR, payload.collection, `${payload.id}.md`), join(workDir, 'content', payload.collection, `${payload.id}.md`));
      const result = spawnSync(process.execPath, [join(root, 'scripts/validate.ts')], {
        cwd: workDir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(result.status, result.stderr).toBe(1);
      expect(result.stdout).not.toMatch(/^\s+at /m);
      expect(linesPerPayload(result.stdout)).toEqual(expectedLinesPerPayload());
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  });
});

/** How many problem lines a validator report holds for each rejected payload. */
function linesPerPayload(output: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of output.split('\n')) {
    const id = /^content\/\w+\/([a-z0-9-]+)\.md:\d+:\d+ {2}/.exec(line)?.[1];
    if (id) counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}
const expectedLinesPerPayload = () => Object.fromEntries(REJECTED.map((payload) => [payload.id, payload.problems.length]));

/** `evidence[0].quote` → `['evidence', 0, 'quote']`. */
function fieldPath(field: string): (string | number)[] {
  return field.split('.').flatMap((part) => {
    const match = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [part];
    return [match[1] as string, ...[...(match[2] ?? '').matchAll(/\[(\d+)\]/g)].map((index) => Number(index[1]))];
  });
}

// ---- 2. The renderer's second wall (Node) -------------------------------------------------------

test.describe('the renderer', () => {
  test('every Markdown body payload renders to HTML that holds nothing script-capable', async () => {
    // The site's plugins in the site's order, with the default syntax highlighting (as astro.config.mjs).
    const processor = await createMarkdownProcessor({ remarkPlugins: [remarkStripHtml, [remarkSafeLinks, { base: '/' }]] });
    const failures: string[] = [];
    for (const { name, body, shown } of markdownBodies()) {
      const html = (await processor.render(body)).code;
      const found = scriptCapable(html);
      if (found.length > 0) failures.push(`${name}: ${found.join(', ')}\n${html}`);
      const text = normalise(textAndAttributes(html));
      for (const payload of shown) if (!text.includes(normalise(payload.shown ?? ''))) failures.push(`${payload.id}: not shown in ${html}`);
    }
    expect(failures).toEqual([]);
  });
});

// ---- Browser instrumentation ----------------------------------------------------------------------

interface Watch {
  calls: string[];
  dialogs: string[];
  violations: { directive: string; blocked: string; sample: string; url: string }[];
  console: string[];
  errors: string[];
}

/** A context whose every frame records `__xss` calls, dialogs, CSP violations, console noise and page errors. */
async function watchedContext(browser: Browser, options: { bypassCSP: boolean }): Promise<{ context: BrowserContext; watch: Watch }> {
  const context = await browser.newContext({ bypassCSP: options.bypassCSP });
  const watch: Watch = { calls: [], dialogs: [], violations: [], console: [], errors: [] };
  await context.exposeFunction('__xss', (id: unknown) => {
    watch.calls.push(String(id));
  });
  await context.exposeFunction('__cspViolation', (violation: Watch['violations'][number]) => {
    watch.violations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __cspViolation: (value: unknown) => void }).__cspViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        url: location.href,
      });
    });
  });
  context.on('page', (page) => instrument(page, watch));
  return { context, watch };
}

function instrument(page: Page, watch: Watch): void {
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()} (${page.url()})`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/xss|content security policy|refused to/i.test(text)) watch.console.push(`${message.type()}: ${text} (${page.url()})`);
  });
  page.on('pageerror', (error) => watch.errors.push(`${error.message} (${page.url()})`));
}

/** Violations that would mean script, a frame, a plugin, a base or a form from content was blocked. */
function scriptViolations(watch: Watch): Watch['violations'] {
  return watch.violations.filter((violation) => !/^(style-src|img-src|font-src|connect-src|worker-src|manifest-src|media-src)/.test(violation.directive));
}

/**
 * In the page: anything in the DOM (light and open shadow trees) that could run script or that
 * content could only have put there as markup. The site's own `<script>`s have no payload text.
 */
function domFindings(): string[] {
  const findings: string[] = [];
  const SAFE = new Set(['http:', 'https:', 'mailto:', 'blob:']);
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster', 'cite', 'codebase', 'ping']);
  const FORBIDDEN = new Set([
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'base',
    'marquee',
    'math',
    'animate',
    'set',
    'foreignobject',
    'portal',
    'fencedframe',
  ]);
  const visit = (rootNode: Document | ShadowRoot) => {
    for (const element of rootNode.querySelectorAll('*')) {
      const tag = element.localName.toLowerCase();
      const where = `${tag}${element.id ? `#${element.id}` : ''}`;
      // The timeline's first view is the site's own SVG: its boxes and row labels are
      // foreignObjects holding text, children of its two drawing surfaces and nowhere else.
      const ownBox =
        tag === 'foreignobject' &&
        element.parentElement?.matches('[data-static-view] svg.tl-static__track, [data-static-view] svg.tl-static__labels > g.tl-band') === true;
      if (FORBIDDEN.has(tag) && !ownBox) findings.push(`<${tag}> element`);
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) findings.push(`${where}[${name}="${attribute.value}"]`);
        if (name === 'srcdoc') findings.push(`${where}[${name}="${attribute.value}"]`);
        // The site's own CSP is the only `http-equiv` a page may carry (no `refresh`, no second policy from content).
        if (name === 'http-equiv' && (attribute.value.toLowerCase() !== 'content-security-policy' || element.parentElement !== document.head))
          findings.push(`${where}[${name}="${attribute.value}"]`);
        if (URL_ATTRIBUTES.has(name)) {
          let protocol: string;
          try {
            protocol = new URL(attribute.value.trim(), document.baseURI).protocol;
          } catch {
            continue;
          }
          const dataImage = protocol === 'data:' && /^\s*data:image\/(png|gif|jpeg|webp);/i.test(attribute.value) && tag === 'img';
          if (!SAFE.has(protocol) && !dataImage) findings.push(`${where}[${name}="${attribute.value}"]`);
        }
      }
      if (tag === 'script') {
        const script = element as HTMLScriptElement;
        if (/xss|alert\(/.test(`${script.src} ${script.textContent ?? ''}`)) {
          if (script.type !== 'application/ld+json') findings.push(`<script> holding a payload: ${script.outerHTML.slice(0, 200)}`);
          else {
            try {
              JSON.parse(script.textContent ?? '');
            } catch {
              findings.push('a JSON-LD block that no longer parses');
            }
          }
        }
      }
      if (tag === 'style' && /xss/.test(element.textContent ?? '')) findings.push('<style> holding a payload');
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  if (document.querySelectorAll('base').length > 0) findings.push('a <base> element');
  return findings;
}

interface Seen {
  /** The page's text as shown (`innerText`, open shadow trees, the document title). */
  text: string;
  /** Values of the attributes a reader meets: alt text, tooltips, link addresses. */
  alt: string[];
  title: string[];
  href: string[];
}

/** In the page: what a reader sees, and the attributes they meet. */
function pageCorpus(): Seen {
  const seen: Seen = { text: document.title, alt: [], title: [], href: [] };
  const visit = (rootNode: Document | ShadowRoot) => {
    for (const element of rootNode.querySelectorAll('*')) {
      for (const name of ['alt', 'title', 'href'] as const) {
        const value = element.getAttribute(name);
        if (value !== null) seen[name].push(value);
      }
      if (element.shadowRoot) {
        seen.text += `\n${(element.shadowRoot as unknown as { innerText?: string }).innerText ?? element.shadowRoot.textContent ?? ''}`;
        visit(element.shadowRoot);
      }
    }
  };
  seen.text += `\n${document.body ? document.body.innerText : (document.documentElement?.textContent ?? '')}`;
  visit(document);
  return seen;
}

// ---- 3. A site built from the payloads ------------------------------------------------------------

test.describe('a site built from the payloads', () => {
  test.describe.configure({ mode: 'serial' });
  let project = '';
  let server: ChildProcess | undefined;
  const corpus: Seen[] = [];
  const pages: string[] = [];

  const placeContent = (files: { from: string; collection: string; name: string }[]) => {
    rmSync(join(project, 'content'), { recursive: true, force: true });
    cpSync(VALID_CONTENT_DIR, join(project, 'content'), { recursive: true });
    for (const { from, collection, name } of files) {
      mkdirSync(join(project, 'content', collection), { recursive: true });
      cpSync(from, join(project, 'content', collection, name));
    }
  };
  const build = () =>
    spawnSync(process.execPath, [ASTRO, 'build'], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' } });

  test.beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'hostile-site-'));
    for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'])
      cpSync(join(root, item), join(project, item), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  });

  test.afterAll(() => {
    server?.kill();
    if (project) rmSync(project, { recursive: true, force: true });
  });

  test('the build refuses the rejected payloads, printing the validator’s line for each', () => {
    placeContent(
      REJECTED.map((payload) => ({
        from: join(REJECTED_DIR, payload.collection, `${payload.id}.md`),
        collection: payload.collection,
        name: `${payload.id}.md`,
      })),
    );
    const result = build();
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}\n${result.stderr}`;
    const expectedCount = REJECTED.reduce((sum, payload) => sum + payload.problems.length, 0);
    expect(output).toContain(`Content has ${expectedCount} problems, listed above.`);
    // The same lines as the validator prints, one for each expected problem.
    expect(linesPerPayload(output)).toEqual(expectedLinesPerPayload());
    expect(existsSync(join(project, 'dist', 'index.html'))).toBe(false);
  });

  test('the build accepts the inert payloads and the site is served', async () => {
    placeContent(
      inertFiles().map((file) => ({ from: join(INERT_ROOT, file.file), collection: file.collection, name: file.file.slice(file.file.lastIndexOf('/') + 1) })),
    );
    const result = build();
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    server = spawn(process.execPath, [ASTRO, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], { cwd: project, stdio: 'ignore' });
    await expect(async () => expect((await fetch(`${ORIGIN}/`)).ok).toBe(true)).toPass({ timeout: 30_000 });

    const dist = join(project, 'dist');
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
    for (const path of walk(dist)) {
      const rel = relative(dist, path).split(sep).join('/');
      // admin/ is the web editor (Decap CMS): it renders no content from the build, reads files
      // from the repository it is configured with (none here), and has its own CSP.
      if (rel.startsWith('pagefind/') || rel.startsWith('_astro/') || rel.startsWith('admin/')) continue;
      if (rel.endsWith('index.html')) pages.push(`/${rel.slice(0, -'index.html'.length)}`);
      else if (rel.endsWith('.html') || rel.endsWith('.xml')) pages.push(`/${rel}`);
    }
    for (const required of [
      '/',
      '/timeline/',
      '/search/',
      '/conflicts/',
      '/data/',
      '/actors/hostile-agency/',
      '/sources/hostile-source/',
      '/topics/hostile-storyline/',
      '/entries/hostile-event/',
      '/rss.xml',
    ]) {
      expect(pages).toContain(required);
    }
  });

  for (const bypassCSP of [false, true]) {
    test(`every page runs no payload, ${bypassCSP ? 'with the CSP bypassed (the markup itself is inert)' : 'with the site’s CSP'}`, async ({ browser }) => {
      const { context, watch } = await watchedContext(browser, { bypassCSP });
      const page = await context.newPage();
      const findings: string[] = [];
      for (const path of pages) {
        const response = await page.goto(`${ORIGIN}${path}`, { waitUntil: 'load' });
        expect(response?.status(), path).toBeLessThan(path === '/404.html' ? 500 : 400);
        // Let late handlers (image errors, toggles, focus) fire.
        await page.waitForTimeout(150);
        expect(new URL(page.url()).pathname, `navigated away from ${path}`).toBe(path);
        for (const finding of await page.evaluate(domFindings)) findings.push(`${path}: ${finding}`);
        corpus.push(await page.evaluate(pageCorpus));
      }
      await context.close();
      expect(findings).toEqual([]);
      expect(watch.calls).toEqual([]);
      expect(watch.dialogs).toEqual([]);
      expect(scriptViolations(watch)).toEqual([]);
      expect(watch.console.filter((line) => /xss/i.test(line))).toEqual([]);
      expect(watch.errors).toEqual([]);
      if (!bypassCSP) {
        const others = watch.violations.filter((violation) => !scriptViolations(watch).includes(violation));
        if (others.length > 0) console.log(`CSP blocked ${others.length} non-script resources, e.g. ${JSON.stringify(others[0])}`);
      }
    });
  }

  test('the timeline: every entry selected in the details panel, rows by actor and by topic, filters', async ({ browser }) => {
    const { context, watch } = await watchedContext(browser, { bypassCSP: false });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/timeline/`);
    const timeline = page.locator('timeline-view');
    await expect(timeline).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    const data = (await (await fetch(`${ORIGIN}/timeline.json`)).json()) as { entries: { id: string; title: string }[] };
    const details = page.locator('[data-details-body]');

    // Every entry selected in turn (by the address, as a shared link does; inside a cluster too):
    // each selection draws the details panel from text.
    const seen = new Set<string>();
    for (const entry of data.entries) {
      await page.goto(`${ORIGIN}/timeline/?selected=${encodeURIComponent(entry.id)}`);
      await expect(timeline).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
      await expect(details.locator('.timeline-details__title')).toBeVisible();
      // The panel shows the selected entry's title as text, markup and all.
      expect(normalise(await details.innerText())).toContain(normalise(entry.title));
      seen.add(entry.id);
      corpus.push(await page.evaluate(pageCorpus));
    }
    expect([...seen].sort()).toEqual(data.entries.map((entry) => entry.id).sort());

    // The keyboard walks the boxes (entries and clusters), each announced and shown.
    await page.locator('[data-viewport]').focus();
    await page.keyboard.press('Home');
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('ArrowRight');
      corpus.push(await page.evaluate(pageCorpus));
    }

    // Clusters list their entries; each row label is hovered.
    for (const cluster of await page.locator('[data-canvas] .tl-box--cluster').all()) {
      await cluster.click({ force: true }).catch(() => undefined);
      corpus.push(await page.evaluate(pageCorpus));
    }
    for (const label of await page.locator('.tl-row-label').all()) await label.hover({ force: true }).catch(() => undefined);

    // Rows by actor (the actors' short names as labels), then filtered to the hostile agency.
    await page.getByText('Filter and group').click();
    await page.getByRole('radio', { name: 'By actor' }).check();
    await page.waitForTimeout(300);
    corpus.push(await page.evaluate(pageCorpus));
    for (const label of await page.locator('.tl-row-label').all()) await label.hover({ force: true }).catch(() => undefined);
    await page.locator('select[name="actor"]').selectOption('hostile-agency');
    await expect(page).toHaveURL(/[?&]actor=hostile-agency(&|$)/);
    corpus.push(await page.evaluate(pageCorpus));
    expect(await page.evaluate(domFindings)).toEqual([]);

    await context.close();
    expect(watch.calls).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(scriptViolations(watch)).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  test('the search: results, excerpts and filters for the payloads', async ({ browser }) => {
    const { context, watch } = await watchedContext(browser, { bypassCSP: false });
    const page = await context.newPage();
    for (const term of ['xss', 'script', 'onerror', 'javascript', 'hostile']) {
      await page.goto(`${ORIGIN}/search/?q=${term}`);
      const results = page.locator('[data-search-results] a');
      await expect(results.first()).toBeVisible({ timeout: 15_000 });
      // Show every result, not only the first page.
      for (let more = page.getByRole('button', { name: 'Show more results' }); await more.isVisible();) {
        await more.click();
        await page.waitForTimeout(200);
      }
      // Open the filters, then every filter group, so its values (actor names, publishers) are drawn.
      await page.locator('[data-search-filters] > summary').click();
      await expect(page.locator('[data-filter-name]').first()).toBeAttached({ timeout: 15_000 });
      // A group with nothing to offer for this query is hidden: only shown ones can be opened.
      for (const toggle of await page.locator('[data-filter-name] > summary').all()) {
        if (await toggle.isVisible()) await toggle.click();
      }
      await page.waitForTimeout(200);
      const seen = await page.evaluate(pageCorpus);
      corpus.push(seen);
      expect(await page.evaluate(domFindings), term).toEqual([]);
      // The excerpts show payloads as text: the results hold a literal call and a literal tag.
      const resultsText = await page.locator('[data-search-results]').innerText();
      if (term === 'xss') {
        expect(resultsText).toContain('__xss(');
        expect(resultsText).toMatch(/<(script|img|svg)/i);
      }
    }
    await context.close();
    expect(watch.calls).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(scriptViolations(watch)).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  test('every inert payload is shown as text somewhere, not dropped', () => {
    const seen = {
      text: normalise(corpus.map((page) => page.text).join('\n')),
      alt: normalise(corpus.flatMap((page) => page.alt).join('\n')),
      title: normalise(corpus.flatMap((page) => page.title).join('\n')),
      href: normalise(corpus.flatMap((page) => page.href).join('\n')),
    };
    const documents = validateFiles([...valid, ...inertFiles()]);
    const all = [
      ...documents.content.entries,
      ...documents.content.sources,
      ...documents.content.actors,
      ...documents.content.topics,
      ...documents.content.places,
    ];
    const missing: string[] = [];
    for (const payload of INERT) {
      let shown = payload.shown;
      if (shown === undefined) {
        const document = all.find((candidate) => candidate.file === `content/${payload.file}`);
        const value = document ? valueAt(document.parsed.data, fieldPath(payload.field)) : undefined;
        shown = typeof value === 'string' ? value : '';
      }
      const where = payload.shownIn ?? 'text';
      if (!shown || !seen[where].includes(normalise(shown)))
        missing.push(`${payload.id} (${payload.field} of ${payload.file}), not in any page's ${where}: ${shown}`);
    }
    expect(missing).toEqual([]);
  });

  test('rendered bodies run nothing in Chromium, with the site’s CSP and without it', async ({ browser }) => {
    // The site's CSP, as the built pages carry it.
    const index = readFileSync(join(project, 'dist', 'index.html'), 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(index)?.[1];
    expect(csp).toBeTruthy();
    const processor = await createMarkdownProcessor({ remarkPlugins: [remarkStripHtml, [remarkSafeLinks, { base: '/' }]] });
    const bodies = await Promise.all(markdownBodies().map(async (body) => ({ ...body, html: (await processor.render(body.body)).code })));
    const documentFor = (html: string, withCsp: boolean) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8">${withCsp ? `<meta http-equiv="content-security-policy" content="${csp}">` : ''}<title>Body</title></head><body><main>${html}</main></body></html>`;

    // Each body is served as a page of its own at a made-up origin, so every load is a fresh
    // document with the watchers installed (`page.setContent` would reuse the document, and
    // `document.open()` drops the listener that records CSP violations).
    const served = new Map<string, string>();
    for (const withCsp of [true, false]) {
      const { context, watch } = await watchedContext(browser, { bypassCSP: !withCsp });
      await context.route(`${BODY_ORIGIN}/**`, (route) => {
        const html = served.get(new URL(route.request().url()).pathname);
        return html === undefined ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ contentType: 'text/html', body: html });
      });
      const page = await context.newPage();
      const load = async (path: string, html: string) => {
        served.set(path, documentFor(html, withCsp));
        await page.goto(`${BODY_ORIGIN}${path}`, { waitUntil: 'load' });
        // Let late handlers (image errors, toggles) fire.
        await page.waitForTimeout(100);
      };

      // Liveness: the same harness sees an unsanitised handler run (without the CSP) or blocked (with it).
      await load('/liveness/', `<img src="x" onerror="__xss('liveness')">`);
      expect(withCsp ? scriptViolations(watch).length : watch.calls.length, 'the harness must see an unsanitised handler').toBeGreaterThan(0);
      watch.calls.length = 0;
      watch.violations.length = 0;

      const findings: string[] = [];
      for (const [index, { name, html }] of bodies.entries()) {
        const path = `/body-${index}/`;
        await load(path, html);
        for (const finding of await page.evaluate(domFindings)) findings.push(`${name}: ${finding}`);
        expect(page.url(), name).toBe(`${BODY_ORIGIN}${path}`);
      }
      await context.close();
      expect(findings).toEqual([]);
      expect(watch.calls).toEqual([]);
      expect(watch.dialogs).toEqual([]);
      expect(scriptViolations(watch)).toEqual([]);
      expect(watch.errors).toEqual([]);
    }
  });
});
