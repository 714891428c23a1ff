/** The validator's public face: validate a content folder and report in one format. */
import { resolve } from 'node:path';
import { readContentFiles } from './content-files.ts';
import { validateFiles, type ValidationResult } from './validate.ts';

export * from './format.ts';
export * from './problem.ts';
export type { ContentDocument, ContentSet, ValidationResult } from './validate.ts';
export type { ContentReference } from './cross-references.ts';
export { validateFiles } from './validate.ts';

/** Validates `<projectRoot>/content` (or another folder laid out the same way). */
export function validateContentDir(contentDir: string, projectRoot: string = resolve(contentDir, '..')): ValidationResult {
  return validateFiles(readContentFiles(contentDir, projectRoot));
}
