/**
 * Synthetic content for benchmarks: N entries with sources and archived text, actors,
 * topics, quotes, counts, relations, conflicts and cross-links. Deterministic for a given N,
 * and obviously fictional ("Synthetic Agency 3", "Fixture Gazette", example.org addresses),
 * so it can never pass for real claims. It passes the real validator
 * (`node scripts/validate.ts --content <dir>/content`).
 *
 * Proportions follow the issue's guidance so that a 10,000-entry site stays buildable here:
 * sources ≈ N/10 (six passages of archived text each), actors ≈ N/50, 10 topics.
 * Everything that links grows linearly with N, so a quadratic step in the code shows up as
 * a super-linear 10k/1k ratio rather than being hidden by the data:
 * - every entry `follows` the previous one; every 13th `causes`, every 29th `corrects` and
 *   every 31st is the `same-as` an earlier one; every 17th `contradicts` one (a declared conflict);
 * - every third entry is a count. Counts are spread over (subject, year) groups of about three
 *   claims each with different figures, so computed conflicts number about 0.3 N;
 * - bodies cross-link an entry, an actor, a source and a topic;
 * - every fifth entry quotes a second source, every fourth names a relay (`via`),
 *   every eleventh is a period (`end`).
 */

export interface SyntheticFile {
  /** Path relative to the content folder, e.g. `entries/synthetic-entry-1.md`. */
  readonly path: string;
  readonly text: string;
}

export interface SyntheticCounts {
  readonly entries: number;
  readonly sources: number;
  readonly actors: number;
  readonly topics: number;
}

const PASSAGES_PER_SOURCE = 6;
const TOPICS = 10;
/** Years the synthetic claims span: 2000 to 2011, like the real timeline's core decade. */
const YEARS = 12;
/** Count claims of one subject are spread over this many years, giving ~3 claims per (subject, year). */
const COUNT_YEARS = 6;

export function syntheticCounts(entryCount: number): SyntheticCounts {
  return {
    entries: entryCount,
    sources: Math.max(1, Math.ceil(entryCount / 10)),
    actors: Math.max(2, Math.ceil(entryCount / 50)),
    topics: TOPICS,
  };
}

/** The figure that passage `p` of source `s` states; count entries quote it. */
function figure(sourceIndex: number, passageIndex: number): number {
  return 10 + ((sourceIndex * 7 + passageIndex * 13) % 90);
}

function passage(sourceIndex: number, passageIndex: number): string {
  return `Synthetic passage ${passageIndex} of source ${sourceIndex}: officials said that ${figure(sourceIndex, passageIndex)} agents of Synthetic Agency ${sourceIndex % 7} were posted abroad, according to “fixture” records.`;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const yamlString = (text: string): string => `'${text.replace(/'/g, "''")}'`;

function actorFile(a: number): SyntheticFile {
  const parent = a > 0 ? `parent: synthetic-agency-${a % 2 === 0 ? 0 : a - 1}\n` : '';
  return {
    path: `actors/synthetic-agency-${a}.md`,
    text: `---\nid: synthetic-agency-${a}\nname: Synthetic Agency ${a}\nshortName: SA${a}\nkind: agency\ncountry: US\n${parent}summary: A fictional agency for benchmarks.\n---\nA fictional agency. See [its first topic](topic:synthetic-topic-${a % TOPICS}).\n`,
  };
}

/** Fictional places, located by the first synthetic source (no data set record to match). */
const PLACES = 9;

function placeFile(p: number): SyntheticFile {
  return {
    path: `places/fixture-city-${p}.md`,
    text: `---\nid: fixture-city-${p}\nname: Fixture City ${p}\nkind: city\ncountry: MX\ncoordinates:\n  latitude: ${20 + p / 2}\n  longitude: ${-105 + p}\n  precision: place\nbasis:\n  source: synthetic-source-0\n---\n`,
  };
}

function topicFile(t: number): SyntheticFile {
  return {
    path: `topics/synthetic-topic-${t}.md`,
    text: `---\nid: synthetic-topic-${t}\ntitle: Synthetic topic ${t}\norder: ${t}\nsummary: A fictional storyline.\n---\nIntroduction to a fictional storyline.\n`,
  };
}

function sourceFile(s: number, actorCount: number): SyntheticFile {
  const body = Array.from({ length: PASSAGES_PER_SOURCE }, (_, p) => passage(s, p)).join('\n\n');
  const issued = `${2000 + (s % YEARS)}-${pad(1 + (s % 12))}`;
  return {
    path: `sources/synthetic-source-${s}.md`,
    text: [
      '---',
      `id: synthetic-source-${s}`,
      'type: article-newspaper',
      `title: Synthetic report ${s}`,
      'containerTitle: Fixture Gazette',
      'publisher: Fixture Gazette',
      `publisherActor: synthetic-agency-${s % actorCount}`,
      'authors:',
      `  - family: Writer${s % 13}`,
      '    given: Fixture',
      `issued: ${issued}`,
      `url: https://example.org/fixture-gazette/${s}`,
      'accessed: 2026-01-01',
      'archives:',
      `  - url: https://archive.example.org/fixture-gazette/${s}`,
      '    archived: 2026-01-02',
      '---',
      body,
      '',
    ].join('\n'),
  };
}

function entryFile(e: number, counts: SyntheticCounts): SyntheticFile {
  const { sources: sourceCount, actors: actorCount } = counts;
  const s = e % sourceCount;
  const p = Math.floor(e / sourceCount) % PASSAGES_PER_SOURCE;
  const kind = e % 3 === 0 ? 'count' : e % 3 === 1 ? 'statement' : 'event';
  // Dates spread over the years with day, month and year precision.
  const year = 2000 + ((e * 5) % YEARS);
  const month = 1 + ((e * 7) % 12);
  const day = 1 + ((e * 11) % 28);
  const date = e % 3 === 2 ? `${year}` : e % 3 === 1 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  const actor = `synthetic-agency-${e % actorCount}`;
  const lines = [
    '---',
    `id: synthetic-entry-${e}`,
    `kind: ${kind}`,
    `title: Synthetic claim ${e}`,
    `summary: A fictional claim number ${e}, attributed to a fictional agency.`,
    `date: ${date}`,
  ];
  if (e % 11 === 5 && kind !== 'count') lines.push(`end: ${year + 1}-${pad(month)}`);
  lines.push(
    `topics: [synthetic-topic-${e % TOPICS}${e % 7 === 0 ? `, synthetic-topic-${(e + 3) % TOPICS}` : ''}]`,
    `actors: [${actor}${e % 5 === 0 ? `, synthetic-agency-${(e + 1) % actorCount}` : ''}]`,
    `places: [fixture-city-${e % PLACES}]`,
    'attribution:',
    '  by:',
    `    actor: ${actor}`,
    '  via:',
    '    - description: Fixture Gazette',
  );
  if (e % 4 === 0) lines.push(`    - actor: synthetic-agency-${(e + 2) % actorCount}`);
  lines.push('evidence:', `  - source: synthetic-source-${s}`, `    quote: ${yamlString(passage(s, p))}`, `    locator: para. ${p + 1}`);
  if (e % 5 === 0 && sourceCount > 1) {
    const other = (s + 1) % sourceCount;
    lines.push(`  - source: synthetic-source-${other}`, `    quote: ${yamlString(passage(other, p))}`);
  }
  const related: string[] = [];
  // Every relation points to an earlier entry, so directed relations never form a cycle.
  if (e > 0) related.push(`  - entry: synthetic-entry-${e - 1}`, '    relation: follows');
  if (e >= 3 && e % 13 === 0) related.push(`  - entry: synthetic-entry-${e - 3}`, '    relation: causes');
  if (e >= 5 && e % 17 === 0) related.push(`  - entry: synthetic-entry-${e - 5}`, '    relation: contradicts', '    note: A fictional disagreement.');
  if (e >= 2 && e % 29 === 0) related.push(`  - entry: synthetic-entry-${e - 2}`, '    relation: corrects');
  if (e >= 7 && e % 31 === 0) related.push(`  - entry: synthetic-entry-${e - 7}`, '    relation: same-as');
  if (related.length > 0) lines.push('related:', ...related);
  if (kind === 'count') {
    // Count number c: subject c mod actors, year (c div actors) mod 6, so each (subject, year)
    // group holds about three claims (for any N) whose different figures conflict.
    const c = Math.floor(e / 3);
    const value = figure(s, p);
    lines.push(
      'quantity:',
      '  measure: employees-abroad',
      `  subject: synthetic-agency-${c % actorCount}`,
      `  qualifier: ${e % 2 === 0 ? 'exact' : 'about'}`,
      `  value: ${value}`,
      '  unit: agents',
      `  asOf: ${2000 + (Math.floor(c / actorCount) % COUNT_YEARS)}`,
      `  stated: '${value} agents'`,
    );
  }
  if (e % 97 === 0) lines.push('status:', '  value: disputed', '  reason: A fictional dispute for benchmarks.');
  lines.push(
    '---',
    `Context for fictional claim ${e}. See [the previous claim](entry:synthetic-entry-${Math.max(0, e - 1)}), [its agency](actor:${actor}), [its source](source:synthetic-source-${s}) and [its storyline](topic:synthetic-topic-${e % TOPICS}).`,
    '',
    `A second paragraph of fictional context, so that entry pages carry some prose: claim ${e} was reported in Fixture City ${e % 9}.`,
    '',
  );
  return { path: `entries/synthetic-entry-${e}.md`, text: lines.join('\n') };
}

export function syntheticContent(entryCount: number): SyntheticFile[] {
  const counts = syntheticCounts(entryCount);
  const files: SyntheticFile[] = [];
  for (let a = 0; a < counts.actors; a++) files.push(actorFile(a));
  for (let t = 0; t < counts.topics; t++) files.push(topicFile(t));
  for (let p = 0; p < PLACES; p++) files.push(placeFile(p));
  for (let s = 0; s < counts.sources; s++) files.push(sourceFile(s, counts.actors));
  for (let e = 0; e < entryCount; e++) files.push(entryFile(e, counts));
  return files;
}
