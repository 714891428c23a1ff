/**
 * Astro content-layer loader for the `content/` folder. It runs the validator over all
 * collections (once per load cycle) so that the build reads files with the same parser,
 * the same schema and the same cross-checks as `npm run validate`, and fails with the
 * same messages, printed by the same formatter.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionName } from '../domain/schema/index.ts';
import { timed, timedAsync } from './build-timing.ts';
import { formatProblems, summariseProblems, validateContentDir, type ValidationResult } from '../domain/validation/index.ts';

/**
 * The build's error when content has problems. The problems themselves are printed above it by
 * the shared formatter; the error carries no stack, since the fault is in content, not code.
 */
function contentProblemsError(count: number): Error {
  const error = new AstroError(
    `Content has ${count} problem${count === 1 ? '' : 's'}, listed above.`,
    'Fix each one at the file, line and field given; `npm run validate` prints the same report.',
  );
  error.stack = '';
  return error;
}

interface CachedValidation {
  readonly projectRoot: string;
  readonly result: ValidationResult;
  readonly at: number;
  reported: boolean;
}

let cached: CachedValidation | undefined;
// The four collections load within moments of each other; one validation serves them all.
const CACHE_MS = 2_000;

function validateOnce(projectRoot: string): CachedValidation {
  const now = Date.now();
  if (!cached || cached.projectRoot !== projectRoot || now - cached.at > CACHE_MS) {
    const result = timed('validation', () => validateContentDir(join(projectRoot, 'content'), projectRoot));
    // Timed from the end of the run: at 10,000 entries validation itself outlasts the window.
    cached = { projectRoot, result, at: Date.now(), reported: false };
  }
  return cached;
}

/** Loads one collection from `content/<collection>/`. */
export function contentLoader(collection: CollectionName): Loader {
  return {
    name: `content-${collection}`,
    load: async (context: LoaderContext) => {
      await loadCollection(collection, context);
      context.watcher?.on('all', (_event, path) => {
        if (!path.includes(`${join('content', collection)}`)) return;
        cached = undefined;
        loadCollection(collection, context).catch((error: unknown) => context.logger.error(String(error)));
      });
    },
  };
}

async function loadCollection(collection: CollectionName, context: LoaderContext): Promise<void> {
  const projectRoot = fileURLToPath(context.config.root);
  const validation = validateOnce(projectRoot);
  const { result } = validation;
  if (result.problems.length > 0) {
    if (!validation.reported) {
      validation.reported = true;
      process.stderr.write(`${formatProblems(result.problems)}\n${summariseProblems(result.problems, result.filesChecked)}\n`);
    }
    throw contentProblemsError(result.problems.length);
  }
  context.store.clear();
  for (const document of result.content[collection]) {
    const data = await context.parseData({ id: document.id, data: document.parsed.data, filePath: document.file });
    context.store.set({
      id: document.id,
      data,
      body: document.body,
      filePath: document.file,
      digest: context.generateDigest(`${JSON.stringify(document.parsed.data)}\n${document.body}`),
      // Source bodies are archived text, shown verbatim as plain text, never rendered as Markdown.
      ...(collection === 'sources' ? {} : { rendered: await timedAsync('markdown', () => context.renderMarkdown(document.body)) }),
    });
  }
}
