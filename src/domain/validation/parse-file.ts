/**
 * Reads one content file into frontmatter data and body, or into problems.
 * Never throws on content: unreadable bytes, bad YAML and refused front-matter
 * languages all come back as problems located in the file.
 */
import matter from 'gray-matter';
import { formatFieldPath, type FieldPath, type Problem } from './problem.ts';
import { parseYaml, type ParsedYaml } from './yaml.ts';

export interface ParsedFile {
  /** Project-relative path with forward slashes. */
  readonly file: string;
  readonly data: Record<string, unknown>;
  /** The Markdown (or archived text) after the frontmatter. */
  readonly body: string;
  /** 1-based line of the file on which the body starts. */
  readonly bodyLine: number;
  /** Where a frontmatter field is written, as a 1-based file line and column. */
  locate(path: FieldPath): { line: number; column: number };
}

export type ParseResult = { ok: true; parsed: ParsedFile } | { ok: false; problems: Problem[] };

/** Files above this size are refused: an entry is a page, not a data dump. */
export const MAX_FILE_BYTES = 1_000_000;

const REFUSED_LANGUAGE = Symbol('refused front-matter language');

/**
 * gray-matter evaluates `---js` front matter with `eval` by default (CVE-2022-25863).
 * Every engine but YAML is replaced by one that refuses, so nothing is ever evaluated.
 */
function refuse(): never {
  throw REFUSED_LANGUAGE;
}
const REFUSING_ENGINES = Object.fromEntries(['javascript', 'js', 'coffee', 'coffeescript', 'cson', 'json', 'toml'].map((name) => [name, { parse: refuse }]));

const FRONT_MATTER_LANGUAGE = /^---[ \t]*([^\s-][^\r\n]*)?\r?\n/;

export function parseContentFile(file: string, bytes: Uint8Array): ParseResult {
  const at = (line: number, column: number, message: string, hint?: string): ParseResult => ({
    ok: false,
    problems: [{ file, line, column, field: '(file)', message, ...(hint ? { hint } : {}) }],
  });

  if (bytes.byteLength === 0) return at(1, 1, 'file is empty', 'start from `npm run new`, which writes a template');
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return at(1, 1, `file is ${bytes.byteLength} bytes, over the ${MAX_FILE_BYTES}-byte limit`, 'split long archived text into several sources');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const { line, column } = lineColumnAt(new TextDecoder('utf-8').decode(bytes.subarray(0, offset)));
    return at(line, column, 'file is not valid UTF-8', 'save the file as UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) return at(1, 1, 'file starts with a byte-order mark (BOM)', 'save it as UTF-8 without BOM');
  const crlf = text.indexOf('\r');
  if (crlf !== -1) {
    const { line, column } = lineColumnAt(text, crlf);
    return at(line, column, 'file has Windows (CRLF) or old Mac (CR) line endings', 'save it with Unix (LF) line endings');
  }
  if (!text.startsWith('---\n') && !FRONT_MATTER_LANGUAGE.test(text)) {
    return at(1, 1, 'file has no frontmatter', 'the first line must be `---`, followed by the YAML fields and a closing `---`');
  }
  const language = FRONT_MATTER_LANGUAGE.exec(text)?.[1]?.trim().toLowerCase();
  if (language && language !== 'yaml' && language !== 'yml') {
    return at(1, 4, `front matter in \`${language}\` is refused`, 'write the frontmatter in YAML: the first line must be `---` alone');
  }

  let yamlText: string | undefined;
  let yaml: ParsedYaml | undefined;
  let split: matter.GrayMatterFile<string>;
  try {
    split = matter(text, {
      language: 'yaml',
      engines: {
        ...REFUSING_ENGINES,
        yaml: {
          parse: (source: string) => {
            yamlText = source;
            yaml = parseYaml(source);
            return {};
          },
        },
      },
    } as Parameters<typeof matter>[1]);
  } catch (error) {
    if (error === REFUSED_LANGUAGE) return at(1, 4, 'front matter in a language other than YAML is refused', 'the first line must be `---` alone');
    return at(1, 1, `frontmatter cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }

  // From the newline ending the opening `---`, so that an empty frontmatter (`---` directly followed by `---`) counts as closed.
  if (!text.slice(3).includes('\n---')) {
    return at(1, 1, 'frontmatter is not closed', 'end the YAML fields with a line `---`');
  }
  // Line of the file on which the YAML text starts (gray-matter hands over the text just after `---`).
  const yamlStart = yamlText === undefined ? 0 : text.indexOf(yamlText, 3);
  const yamlLineOffset = yamlStart <= 0 ? 0 : countLines(text, yamlStart) - 1;
  const bodyLine = countLines(text, text.length - split.content.length);

  if (!yaml) {
    return at(2, 1, 'frontmatter is empty', 'add the fields of this collection; `npm run new` writes a template');
  }
  const parsedYaml: ParsedYaml = yaml;
  if (parsedYaml.errors.length > 0) {
    return {
      ok: false,
      problems: yamlCauses(yamlText ?? '', parsedYaml.errors, yamlLineOffset).map((error) => ({
        file,
        line: error.position.line + yamlLineOffset,
        column: error.position.column,
        field: '(frontmatter)',
        message: `YAML: ${error.message}`,
        hint: error.hint ?? yamlHint(error.message),
      })),
    };
  }
  if (parsedYaml.value === null || typeof parsedYaml.value !== 'object' || Array.isArray(parsedYaml.value)) {
    return at(1 + yamlLineOffset, 1, 'frontmatter must be a set of `field: value` lines', 'see the template written by `npm run new`');
  }

  return {
    ok: true,
    parsed: {
      file,
      data: parsedYaml.value as Record<string, unknown>,
      body: split.content,
      bodyLine,
      locate(path) {
        const position = parsedYaml.locate(path);
        return { line: position.line + yamlLineOffset, column: position.column };
      },
    },
  };
}

/** A problem at a frontmatter field of a parsed file. */
export function fieldProblem(parsed: ParsedFile, path: FieldPath, message: string, hint?: string): Problem {
  const { line, column } = parsed.locate(path);
  return { file: parsed.file, line, column, field: formatFieldPath(path), message, ...(hint ? { hint } : {}) };
}

/** A line indented with a tab, or with a tab among its spaces. */
const TAB_INDENTED = /^ *(?:-[ \t]*)*\t/;

type YamlError = ParsedYaml['errors'][number] & { hint?: string };

/**
 * The causes among a YAML parser's errors, without their echoes. One slip often yields several
 * errors: a tab in the indentation is reported as a tab, then again as "all mapping items must
 * start at the same column" or "nested mappings are not allowed" on the lines after it, with
 * hints that send the editor the wrong way. So: the errors before the first tab-indented line
 * stand; that line is reported once as the cause (naming the other tab-indented lines, to fix
 * together); what the parser says after it is dropped. Of several errors on one line only the
 * first is kept.
 */
export function yamlCauses(yamlText: string, errors: readonly YamlError[], lineOffset = 0): YamlError[] {
  const sorted = [...errors].sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  const lines = yamlText.split('\n');
  const tabLines: number[] = [];
  lines.forEach((line, index) => {
    if (TAB_INDENTED.test(line)) tabLines.push(index + 1);
  });
  const firstTab = tabLines.find((line) => sorted.some((error) => error.position.line >= line));
  const causes: YamlError[] = [];
  for (const error of sorted) {
    if (firstTab !== undefined && error.position.line >= firstTab) break;
    if (causes.some((cause) => cause.position.line === error.position.line)) continue;
    causes.push(error);
  }
  if (firstTab !== undefined) {
    const others = tabLines.filter((line) => line !== firstTab).map((line) => line + lineOffset);
    causes.push({
      message: 'Tabs are not allowed as indentation',
      position: { line: firstTab, column: (lines[firstTab - 1] ?? '').indexOf('\t') + 1 },
      hint:
        others.length === 0
          ? 'indent with spaces, not tabs'
          : `indent with spaces, not tabs; line${others.length === 1 ? '' : 's'} ${others.join(', ')} ${others.length === 1 ? 'has' : 'have'} tabs too`,
    });
  }
  return causes;
}

function yamlHint(message: string): string {
  if (/tab/i.test(message)) return 'indent with spaces, not tabs';
  if (/duplicate|unique/i.test(message)) return 'each field may appear only once';
  if (/alias/i.test(message)) return 'do not use YAML aliases in content';
  if (/tag/i.test(message)) return 'remove the tag: content is plain YAML, without `!` or `!!` tags';
  if (/missing closing/i.test(message)) return 'close the quoted text with the same quote mark that opens it';
  if (/quote|flow|plain|colon|mapping/i.test(message)) return 'put text containing `:` or `#` in quotes';
  return 'check the YAML syntax on this line';
}

/** 1-based line number of the character at `offset`. */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

function lineColumnAt(text: string, offset: number = text.length): { line: number; column: number } {
  const line = countLines(text, offset);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return { line, column: offset - lineStart + 1 };
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.byteLength;
  // The longest valid prefix, found by bisection; a cut inside a character counts as invalid, which only moves the report a byte or two.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid));
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}
