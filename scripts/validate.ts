/**
 * `npm run validate [-- --format text|github|json] [--content DIR] [--changed [--base REF]]`
 * Checks every content file without building the site; exit 1 on any problem.
 * `--changed` reports only problems in content files changed against REF (default `origin/main`,
 * else `main`) and in the files that depend on them (scripts/lib/changed-files.ts), for
 * pre-commit hooks and pull requests, and says which files were checked because of which change.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { changedContentFiles, describeFilesToCheck, filesToCheck, problemsInFilesToCheck } from './lib/changed-files.ts';
import { OUTPUT_FORMATS, formatProblems, summariseProblems, validateContentDir, type OutputFormat } from '../src/domain/validation/index.ts';

function defaultBase(): string {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', 'origin/main'], { stdio: 'ignore' });
    return 'origin/main';
  } catch {
    return 'main';
  }
}

function main(): number {
  let values: {
    format?: string | undefined;
    content?: string | undefined;
    help?: boolean | undefined;
    changed?: boolean | undefined;
    base?: string | undefined;
  };
  try {
    ({ values } = parseArgs({
      options: {
        format: { type: 'string', default: 'text' },
        content: { type: 'string', default: 'content' },
        help: { type: 'boolean', short: 'h' },
        changed: { type: 'boolean', default: false },
        base: { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`validate: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (values.help) {
    console.log('Usage: npm run validate [-- --format text|github|json] [--content DIR] [--changed [--base REF]]');
    return 0;
  }
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    console.error(`validate: --format must be one of ${OUTPUT_FORMATS.join(', ')}`);
    return 2;
  }
  const contentDir = resolve(values.content ?? 'content');
  const result = validateContentDir(contentDir, process.cwd());
  let problems = result.problems;
  if (values.changed) {
    const base = values.base ?? defaultBase();
    let files;
    try {
      files = changedContentFiles(process.cwd(), base);
    } catch {
      console.error(`validate: cannot compare with \`${base}\`; pass --base with a branch or commit that exists`);
      return 2;
    }
    const checked = filesToCheck(files, result.references);
    problems = problemsInFilesToCheck(problems, checked);
    if (format !== 'json') console.log(describeFilesToCheck(checked, base).join('\n'));
  }
  if (format === 'json') {
    console.log(formatProblems(problems, 'json'));
  } else {
    if (problems.length > 0) console.log(formatProblems(problems, format));
    console.log(summariseProblems(problems, result.filesChecked));
  }
  return problems.length > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // Bad content never lands here (it is reported as problems); this is a bug in the validator.
  console.error(`validate: internal error: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Please report it with the file that caused it.');
  process.exitCode = 2;
}
