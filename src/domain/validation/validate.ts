/**
 * The validator: reads every content file, checks it against its collection's schema,
 * then checks what no single file can show (references, duplicate ids, quotes against
 * archived text, relation cycles, Markdown bodies). Returns every problem at once.
 * Used by `npm run validate` and by the Astro content loader alike.
 */
import { collectionSchemas, ID_PATTERN, type CollectionName } from '../schema/index.ts';
import { slugify } from '../slug.ts';
import { checkCrossReferences, type ContentReference, type ExistingIds } from './cross-references.ts';
import type { ContentFile } from './content-files.ts';
import type { ContentDocument, ContentSet } from './content-set.ts';
import { fieldProblem, parseContentFile } from './parse-file.ts';
import { sortProblems, type Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';

export type { CollectionData, ContentDocument, ContentSet } from './content-set.ts';

export interface ValidationResult {
  /** Every document that passed its schema, by collection (present even when other files have problems). */
  readonly content: ContentSet;
  readonly problems: Problem[];
  readonly filesChecked: number;
  /** Every reference from one file to another, for following changes to the files they depend on. */
  readonly references: readonly ContentReference[];
}

export function validateFiles(files: readonly ContentFile[]): ValidationResult {
  const problems: Problem[] = [];
  const content: ContentSet = { entries: [], sources: [], actors: [], topics: [], places: [] };
  const filesById = new Map(
    files.map((contentFile) => [`${contentFile.collection}/${contentFile.file.slice(contentFile.file.lastIndexOf('/') + 1)}`, contentFile.file]),
  );

  for (const contentFile of files) {
    const { collection, file } = contentFile;
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (contentFile.kind === 'other') {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '(file)',
        message: 'not a regular file (a symbolic link or device)',
        hint: 'replace it with the file itself',
      });
      continue;
    }
    if (contentFile.kind === 'directory' || file.endsWith('/')) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '(file)',
        message: 'folders are not allowed inside a collection',
        hint: `move its files up into content/${collection}/`,
      });
      continue;
    }
    if (!name.endsWith('.md')) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '(file)',
        message: 'not a Markdown file',
        hint: 'content files end in `.md`; remove or rename this one',
      });
      continue;
    }
    const fileId = name.slice(0, -'.md'.length);
    if (!ID_PATTERN.test(fileId)) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '(file)',
        message: `file name "${name}" is not a valid id`,
        hint: `rename it to lower-case words joined by hyphens, e.g. \`${suggestId(fileId)}.md\``,
      });
      continue;
    }
    const result = parseContentFile(file, contentFile.bytes);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const parsed = result.parsed;
    const declaredId = parsed.data['id'];
    // An id that is a list or a set of fields is reported by the schema (`must be text`), not compared.
    if (declaredId !== undefined && declaredId !== fileId && (declaredId === null || typeof declaredId !== 'object')) {
      const owner = filesById.get(`${collection}/${String(declaredId)}.md`);
      if (owner) {
        problems.push(
          fieldProblem(parsed, ['id'], `duplicate id: "${String(declaredId)}" is already the id of ${owner}`, `give this file its own id, \`id: ${fileId}\``),
        );
      } else
        problems.push(
          fieldProblem(
            parsed,
            ['id'],
            `"${String(declaredId)}" does not match the file name`,
            `set \`id: ${fileId}\`, or rename the file to \`${String(declaredId)}.md\``,
          ),
        );
    }
    const schema = collectionSchemas[collection];
    const checked = schema.safeParse(parsed.data);
    if (!checked.success) {
      problems.push(...schemaProblems(parsed, checked.error.issues, schema));
      continue;
    }
    if (declaredId !== fileId) continue;
    (content[collection] as ContentDocument[]).push({ collection, id: fileId, file, data: checked.data, body: parsed.body, parsed });
  }

  const existing = existingIds(files);
  const references: ContentReference[] = [];
  problems.push(...checkCrossReferences(content, existing, references));
  return { content, problems: sortProblems(problems), filesChecked: files.length, references };
}

function existingIds(files: readonly ContentFile[]): ExistingIds {
  const ids: { [C in CollectionName]: Set<string> } = {
    entries: new Set(),
    sources: new Set(),
    actors: new Set(),
    topics: new Set(),
    places: new Set(),
  };
  for (const { collection, file } of files) {
    const match = /\/([^/]+)\.md$/.exec(file);
    if (match) ids[collection].add(match[1] as string);
  }
  return ids;
}

function suggestId(name: string): string {
  return slugify(name) || 'new-entry';
}
