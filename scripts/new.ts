/**
 * `npm run new -- <entry|source|actor|topic|place> "Title" [--kind event|statement|count] [--id some-id]`
 * Writes a new content file from a template and says what to fill in. In a terminal,
 * missing arguments are asked for.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { todayUtc } from '../src/domain/dates.ts';
import { ENTRY_KINDS, ID_PATTERN, type EntryKind } from '../src/domain/schema/index.ts';
import { SCAFFOLD_TYPES, scaffold, type ScaffoldType } from './lib/scaffold.ts';

const USAGE = 'Usage: npm run new -- <entry|source|actor|topic|place> "Title" [--kind event|statement|count] [--id some-id]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { kind: { type: 'string' }, id: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let [type, title] = positionals;
  let kind = values.kind;
  const interactive = process.stdin.isTTY && (type === undefined || title === undefined);
  if (interactive) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    try {
      type ??= (await prompt.question('What do you want to add? (entry, source, actor, topic, place) ')).trim();
      if (type === 'entry' && kind === undefined) kind = (await prompt.question('Kind of entry? (event, statement, count) [event] ')).trim() || 'event';
      title ??= (await prompt.question('Title: ')).trim();
    } finally {
      prompt.close();
    }
  }
  if (type === undefined || !(type in SCAFFOLD_TYPES)) {
    console.error(`new: the first argument must be entry, source, actor, topic or place\n${USAGE}`);
    return 2;
  }
  if (!title) {
    console.error(`new: give a title\n${USAGE}`);
    return 2;
  }
  if (kind !== undefined && !ENTRY_KINDS.includes(kind as EntryKind)) {
    console.error(`new: --kind must be one of ${ENTRY_KINDS.join(', ')}`);
    return 2;
  }
  if (values.id !== undefined && !ID_PATTERN.test(values.id)) {
    console.error('new: --id must be lower-case words joined by hyphens');
    return 2;
  }
  const result = scaffold({
    type: type as ScaffoldType,
    title,
    today: todayUtc(),
    ...(kind ? { kind: kind as EntryKind } : {}),
    ...(values.id ? { id: values.id } : {}),
  });
  if (result.id === '') {
    console.error('new: the title has no letters or digits to make an id from; pass --id');
    return 2;
  }
  const path = resolve(result.file);
  if (existsSync(path)) {
    console.error(`new: ${result.file} already exists; pass --id to choose another id`);
    return 1;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, result.text);
  console.log(`Created ${result.file}`);
  console.log('Fill in:');
  for (const item of result.todo) console.log(`  - ${item}`);
  console.log('Then run `npm run validate`: it names every field still missing.');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`new: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
