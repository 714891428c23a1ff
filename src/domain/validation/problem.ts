/** One thing wrong with a content file, located precisely enough for an editor to fix it. */
export interface Problem {
  /** Path of the file relative to the project root, with forward slashes, e.g. `content/entries/x.md`. */
  readonly file: string;
  /** 1-based line and column in the file. */
  readonly line: number;
  readonly column: number;
  /** The frontmatter field, e.g. `evidence[0].quote`; `(file)` for the file as a whole, `(body)` for its Markdown. */
  readonly field: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it, when there is more to say than the message. */
  readonly hint?: string;
}

export type FieldPath = readonly (string | number)[];

/** `evidence[0].quote` for `['evidence', 0, 'quote']`. */
export function formatFieldPath(path: FieldPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else {
      // A blank key would print as nothing: show it quoted.
      const name = segment.trim() === '' ? JSON.stringify(segment) : segment;
      text += text === '' ? name : `.${name}`;
    }
  }
  return text === '' ? '(frontmatter)' : text;
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field));
}
