import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { bindingPackages, intersectRanges, nodeRequirement, TYPE_STRIPPING } from '../../../../scripts/lib/node-requirement.ts';

const root = resolve(import.meta.dirname, '../../../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const manifest = JSON.parse(read('package.json')) as { engines: { node: string }; optionalDependencies: Record<string, string> };
const lock = JSON.parse(read('package-lock.json'));

describe('intersectRanges', () => {
  it('keeps the gaps some packages leave (odd majors) and ends in one open range', () => {
    expect(intersectRanges(['^22.22.3 || ^24.16.0 || >=26.3.0', '^20.19.0 || >=22.12.0', '>=18'])).toBe('^22.22.3 || ^24.16.0 || >=26.3.0');
    expect(intersectRanges(['>=22.12.0', TYPE_STRIPPING])).toBe('^22.18.0 || >=23.6.0');
    expect(intersectRanges(['>=20', '^22.12.0 || ^24.0.0 || >=26.0.0'])).toBe('^22.12.0 || ^24.0.0 || >=26.0.0');
    expect(intersectRanges(['>=24.3.0'])).toBe('>=24.3.0');
  });

  it('fails when no version fits', () => {
    expect(() => intersectRanges(['^20.0.0', '>=22'])).toThrow(/no Node.js version/);
  });
});

describe("the project's Node.js requirement", () => {
  const requirement = nodeRequirement(lock);

  it("is the engines of package.json: what every locked package and the scripts' type stripping need", () => {
    expect(manifest.engines.node).toBe(requirement);
    expect(semver.satisfies('22.18.0', requirement)).toBe(false);
    // Some package sets it: the requirement is not a guess.
    expect(bindingPackages(lock, requirement).length).toBeGreaterThan(0);
  });

  it('is met by every Node.js package `npm install` brings', () => {
    for (const [name, version] of Object.entries(manifest.optionalDependencies)) {
      if (name.startsWith('node-')) expect(semver.satisfies(version, requirement), `${name}@${version}`).toBe(true);
    }
  });

  it('is stated in the README, CONTRIBUTING and .ci/run, and .nvmrc names a major it admits', () => {
    for (const file of ['README.md', 'CONTRIBUTING.md', '.ci/run']) expect(read(file), file).toContain(requirement);
    const nvmrc = read('.nvmrc').trim();
    expect(semver.satisfies(`${nvmrc}.99.99`, requirement)).toBe(true);
  });
});

describe('the preflight message', () => {
  const run = (engines: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
    try {
      mkdirSync(join(dir, 'scripts'));
      copyFileSync(join(root, 'scripts/preflight.cjs'), join(dir, 'scripts/preflight.cjs'));
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ engines: { node: engines } }));
      return spawnSync(process.execPath, [join(dir, 'scripts/preflight.cjs')], { encoding: 'utf8', env: { ...process.env, npm_node_execpath: '' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('says in one line which versions are needed when the running Node is too old', () => {
    const result = run('^98.1.0 || ^99.2.0 || >=101.0.0');
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(
      `This project needs Node.js 98.1.0 or newer in 98.x, 99.2.0 or newer in 99.x, or 101.0.0 or newer, and this shell runs ${process.version}`,
    );
  });

  it('says nothing when the running Node fits, and refuses a major the range leaves out', () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect(run(`^${major - 2}.0.0 || >=${major}.0.0`).status).toBe(0);
    expect(run(`^${major - 1}.0.0 || >=${major + 1}.0.0`).status).toBe(1);
  });
});
