/**
 * `npm run validate [-- --format text|github|json] [--content DIR]`
 * Checks every content file without building the site; exit 1 on any problem.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { OUTPUT_FORMATS, formatProblems, summariseProblems, validateContentDir, type OutputFormat } from '../src/lib/validation/index.ts';

function main(): number {
  let values: { format?: string | undefined; content?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      options: {
        format: { type: 'string', default: 'text' },
        content: { type: 'string', default: 'content' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`validate: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (values.help) {
    console.log('Usage: npm run validate [-- --format text|github|json] [--content DIR]');
    return 0;
  }
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    console.error(`validate: --format must be one of ${OUTPUT_FORMATS.join(', ')}`);
    return 2;
  }
  const contentDir = resolve(values.content ?? 'content');
  const result = validateContentDir(contentDir, process.cwd());
  if (format === 'json') {
    console.log(formatProblems(result.problems, 'json'));
  } else {
    if (result.problems.length > 0) console.log(formatProblems(result.problems, format));
    console.log(summariseProblems(result.problems, result.filesChecked));
  }
  return result.problems.length > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // Bad content never lands here (it is reported as problems); this is a bug in the validator.
  console.error(`validate: internal error: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Please report it with the file that caused it.');
  process.exitCode = 2;
}
