/**
 * The Node.js versions the project really runs on: every version that satisfies the `engines`
 * of every package in package-lock.json and runs the scripts' `.ts` files, which Node reads
 * through its built-in type stripping (on by default, and without a warning, from 22.18.0 and
 * 23.6.0). package.json's `engines` must say exactly this (a test holds it to that); README,
 * CONTRIBUTING, .ci/run and the preflight message repeat it.
 */
import semver from 'semver';

/** Node runs `.ts` files with no flag and no warning from these versions. */
export const TYPE_STRIPPING = '^22.18.0 || >=23.6.0';

interface LockPackage {
  readonly engines?: { readonly node?: string } | string[];
  readonly optional?: boolean;
  readonly os?: readonly string[];
  readonly cpu?: readonly string[];
}

/** Each `engines.node` range of the lockfile, with the package that states it. */
export function engineRanges(lock: { packages: Record<string, LockPackage> }): { name: string; range: string }[] {
  const ranges: { name: string; range: string }[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || Array.isArray(entry.engines) || !entry.engines?.node) continue;
    // A native binary for one platform is installed only there, by a parent package whose engines already count.
    if (entry.optional && (entry.os || entry.cpu)) continue;
    ranges.push({ name: path.replace(/^.*node_modules\//, ''), range: entry.engines.node });
  }
  return ranges;
}

const LAST_MAJOR_CHECKED = 40;

/** The lowest version of `major` satisfying every range, or undefined. */
function lowestInMajor(major: number, ranges: readonly string[]): string | undefined {
  for (let minor = 0; minor <= 60; minor++) {
    for (let patch = 0; patch <= 30; patch++) {
      const version = `${major}.${minor}.${patch}`;
      if (ranges.every((range) => semver.satisfies(version, range))) return version;
    }
  }
  return undefined;
}

/**
 * The intersection of `ranges` as a plain range: `^22.22.3 || ^24.16.0 || >=26.3.0` when some
 * packages leave out the odd majors. Assumes, as engines ranges do, that a range admitting a
 * version admits the later versions of its major.
 */
export function intersectRanges(ranges: readonly string[], firstMajor = 18): string {
  const lowest: { major: number; version: string }[] = [];
  for (let major = firstMajor; major <= LAST_MAJOR_CHECKED; major++) {
    const version = lowestInMajor(major, ranges);
    if (version) lowest.push({ major, version });
  }
  if (lowest.length === 0) throw new Error('no Node.js version satisfies every engines range');
  // From the first major after which every later one is admitted from its .0.0, one open range.
  let open = lowest.length - 1;
  while (open > 0) {
    const previous = lowest[open - 1] as { major: number; version: string };
    const current = lowest[open] as { major: number; version: string };
    if (previous.major !== current.major - 1 || current.version !== `${current.major}.0.0`) break;
    open--;
  }
  const parts = lowest.slice(0, open).map(({ version }) => `^${version}`);
  parts.push(`>=${(lowest[open] as { version: string }).version}`);
  return parts.join(' || ');
}

/** The project's Node.js requirement, from its lockfile. */
export function nodeRequirement(lock: { packages: Record<string, LockPackage> }): string {
  return intersectRanges([TYPE_STRIPPING, ...engineRanges(lock).map(({ range }) => range)]);
}

/** The packages whose ranges set each bound of the requirement, to say why it is what it is. */
export function bindingPackages(lock: { packages: Record<string, LockPackage> }, requirement: string): { name: string; range: string }[] {
  const ranges = engineRanges(lock);
  const bounds = requirement.split('||').map((part) => semver.minVersion(part.trim())?.version as string);
  // A package binds a bound when the version just below it, within its major, would fail that package.
  return ranges.filter(({ range }) =>
    bounds.some((bound) => {
      const below = semver.parse(bound);
      if (!below || (below.minor === 0 && below.patch === 0)) return false;
      const previous = below.patch > 0 ? `${below.major}.${below.minor}.${below.patch - 1}` : `${below.major}.${below.minor - 1}.99`;
      return !semver.satisfies(previous, range);
    }),
  );
}
