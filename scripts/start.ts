/**
 * `npm start [-- --host H --port P]`: builds the site, then serves it, saying only where it is.
 * The build's hundreds of route lines are kept back (shown in full only if it fails), and the
 * preview server stops with this process: Ctrl-C, or a signal sent to it, stops both, which
 * `astro build && astro preview` run by npm's shell did not do for a signal.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildSummary, previewAddress } from './lib/start-output.ts';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const previewArgs = process.argv.slice(2);
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

let current: ChildProcess | undefined;
let stopping: NodeJS.Signals | undefined;

function stop(signal: NodeJS.Signals): void {
  stopping = signal;
  // The child may already have had it from the terminal (Ctrl-C signals the whole group); twice does no harm.
  current?.kill(signal);
  if (!current) process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
}
for (const signal of SIGNALS) process.on(signal, () => stop(signal));

// `npm start` runs this through a shell, and a signal sent to npm reaches the shell, which dies
// without passing it on: this process is then orphaned (its parent changes), and stops too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop('SIGTERM');
}, 500).unref();

/** Runs astro with `args`, collecting its output; resolves with its exit code. */
function run(args: string[], onOutput: (text: string) => void): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astro, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    current = child;
    child.stdout.setEncoding('utf8').on('data', onOutput);
    child.stderr.setEncoding('utf8').on('data', onOutput);
    child.on('exit', (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

async function main(): Promise<number> {
  console.log('Building the site…');
  let buildOutput = '';
  const built = await run(['build'], (text) => (buildOutput += text));
  if (stopping) return 130;
  if (built !== 0) {
    process.stderr.write(buildOutput);
    console.error(`\nThe build failed (exit ${built}); its output is above.`);
    return built;
  }
  for (const line of buildSummary(buildOutput)) console.log(line);

  let previewOutput = '';
  let announced = false;
  const served = await run(['preview', ...previewArgs], (text) => {
    previewOutput += text;
    const address = previewAddress(previewOutput);
    if (!announced && address) {
      announced = true;
      console.log(`The site is at ${address}  (Ctrl-C stops it)`);
    }
  });
  if (stopping) return 0;
  if (!announced || served !== 0) process.stderr.write(previewOutput);
  return served;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    current?.kill('SIGTERM');
    console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
