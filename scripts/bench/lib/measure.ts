/**
 * Runs one command as a child process and measures its wall time and memory:
 * - `peakTreeMB`: the peak of the summed memory of the whole process tree, sampled every 50 ms
 *   as each process's proportional set size (PSS, `/proc/<pid>/smaps_rollup`): a page shared by
 *   several processes is divided among them. Summed resident sizes (RSS) counted shared pages
 *   once per process, so a child forked from the 1 GB Astro process (to run `git`), sampled
 *   before it ran its own program, added another gigabyte to one sample;
 * - `maxRssMB`: the largest single process's peak (`VmHWM`), from GNU time's `-v` report when
 *   `/usr/bin/time` exists (it is the maximum over the child and its waited-for descendants,
 *   not their sum), else from the samples.
 * Linux only (it reads `/proc`), like the machine the benchmark targets.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface Measured {
  readonly command: string;
  readonly exitCode: number | null;
  readonly wallMs: number;
  /** Peak of the summed PSS of the process tree (sampled). */
  readonly peakTreeMB: number;
  /** Largest single process's peak RSS. */
  readonly maxRssMB: number;
  /** Where `maxRssMB` comes from. */
  readonly maxRssFrom: 'gnu-time' | 'samples';
  /** Peak RSS per process name seen in the tree (sampled VmHWM), e.g. `{ node: 1800, pagefind_extended: 300 }`. */
  readonly byProcessMB: Record<string, number>;
  readonly stdout: string;
  readonly stderr: string;
}

/** A process's proportional set size, in KB (its RSS where `smaps_rollup` cannot be read). */
function readPssKB(pid: number): number | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = /^Pss:\s+(\d+)/m.exec(text)?.[1];
    return kb === undefined ? undefined : Number(kb);
  } catch {
    return undefined;
  }
}

function readStatus(pid: number): { name: string; rssKB: number; hwmKB: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { name: /^Name:\s+(.*)$/m.exec(text)?.[1] ?? '?', rssKB: field('VmRSS'), hwmKB: field('VmHWM') };
  } catch {
    return undefined;
  }
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) children.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // The process ended between two reads.
  }
  return children;
}

/**
 * The process and its descendants, each once: `/proc/…/children` is only a snapshot per thread
 * (the kernel documents it as unreliable while processes start and end), so a process can be
 * listed twice in one sample, which would count its memory twice.
 */
function tree(root: number): number[] {
  const seen = new Set<number>();
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    queue.push(...childrenOf(pid));
  }
  return [...seen];
}

export async function measure(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; quiet?: boolean }): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (!options.quiet) process.stdout.write(chunk.replace(/^/gm, '    │ '));
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    if (!options.quiet) process.stderr.write(chunk.replace(/^/gm, '    │ '));
  });
  let peakTreeKB = 0;
  const byProcess = new Map<string, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of tree(child.pid)) {
      const status = readStatus(pid);
      if (!status) continue;
      // GNU time itself is only the measuring wrapper.
      if (useTime && pid === child.pid) continue;
      sum += readPssKB(pid) ?? status.rssKB;
      byProcess.set(status.name, Math.max(byProcess.get(status.name) ?? 0, status.hwmKB));
    }
    peakTreeKB = Math.max(peakTreeKB, sum);
  };
  const timer = setInterval(sample, 50);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearInterval(timer);
  const wallMs = performance.now() - started;
  let maxRssKB = Math.max(0, ...byProcess.values());
  let maxRssFrom: Measured['maxRssFrom'] = 'samples';
  if (useTime && existsSync(timeFile)) {
    const report = readFileSync(timeFile, 'utf8');
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? NaN);
    if (Number.isFinite(kb)) {
      maxRssKB = kb;
      maxRssFrom = 'gnu-time';
    }
    rmSync(timeFile, { force: true });
  }
  const mb = (kb: number) => Math.round(kb / 1024);
  return {
    command: [command, ...args].join(' '),
    exitCode,
    wallMs: Math.round(wallMs),
    // A process too short-lived to be sampled still has GNU time's figure.
    peakTreeMB: mb(Math.max(peakTreeKB, maxRssKB)),
    maxRssMB: mb(maxRssKB),
    maxRssFrom,
    byProcessMB: Object.fromEntries([...byProcess].map(([name, kb]) => [name, mb(kb)])),
    stdout,
    stderr,
  };
}
