/**
 * Synthetic content for benchmarks: N entries with sources and archived text, actors,
 * topics, quotes, counts, relations and conflicts. Deterministic for a given N, and
 * obviously fictional ("Synthetic Agency 3"), so it can never pass for real claims.
 */

export interface SyntheticFile {
  /** Path relative to the content folder, e.g. `entries/synthetic-entry-1.md`. */
  readonly path: string;
  readonly text: string;
}

const PASSAGES_PER_SOURCE = 6;

function passage(sourceIndex: number, passageIndex: number): string {
  return `Synthetic passage ${passageIndex} of source ${sourceIndex}: officials said that ${10 + ((sourceIndex + passageIndex) % 90)} agents of Synthetic Agency ${sourceIndex % 7} were posted abroad, according to “fixture” records.`;
}

export function syntheticContent(entryCount: number): SyntheticFile[] {
  const files: SyntheticFile[] = [];
  const sourceCount = Math.max(1, Math.ceil(entryCount / 10));
  const actorCount = Math.max(2, Math.ceil(entryCount / 50));
  const topicCount = 10;

  for (let a = 0; a < actorCount; a++) {
    files.push({
      path: `actors/synthetic-agency-${a}.md`,
      text: `---\nid: synthetic-agency-${a}\nname: Synthetic Agency ${a}\nshortName: SA${a}\nkind: agency\ncountry: US\n${a > 0 ? `parent: synthetic-agency-${a % 2 === 0 ? 0 : a - 1}\n` : ''}summary: A fictional agency for benchmarks.\n---\nA fictional agency.\n`,
    });
  }
  for (let t = 0; t < topicCount; t++) {
    files.push({ path: `topics/synthetic-topic-${t}.md`, text: `---\nid: synthetic-topic-${t}\ntitle: Synthetic topic ${t}\nsummary: A fictional storyline.\n---\nIntroduction to a fictional storyline.\n` });
  }
  for (let s = 0; s < sourceCount; s++) {
    const body = Array.from({ length: PASSAGES_PER_SOURCE }, (_, p) => passage(s, p)).join('\n\n');
    files.push({
      path: `sources/synthetic-source-${s}.md`,
      text: `---\nid: synthetic-source-${s}\ntype: article-newspaper\ntitle: Synthetic report ${s}\npublisher: Fixture Gazette\npublisherActor: synthetic-agency-${s % actorCount}\nissued: ${2000 + (s % 12)}-${String(1 + (s % 12)).padStart(2, '0')}\naccessed: 2026-01-01\n---\n${body}\n`,
    });
  }
  for (let e = 0; e < entryCount; e++) {
    const s = e % sourceCount;
    const p = e % PASSAGES_PER_SOURCE;
    const quote = passage(s, p);
    const year = 2000 + (s % 12);
    const month = String(1 + (e % 12)).padStart(2, '0');
    const actor = `synthetic-agency-${e % actorCount}`;
    const kind = e % 3 === 0 ? 'count' : e % 3 === 1 ? 'statement' : 'event';
    const lines = [
      '---',
      `id: synthetic-entry-${e}`,
      `kind: ${kind}`,
      `title: Synthetic claim ${e}`,
      `summary: A fictional claim number ${e}, attributed to a fictional agency.`,
      `date: ${year}-${month}`,
      `topics: [synthetic-topic-${e % topicCount}]`,
      `actors: [${actor}]`,
      'attribution:',
      '  by:',
      `    actor: ${actor}`,
      '  via:',
      '    - description: Fixture Gazette',
      'evidence:',
      `  - source: synthetic-source-${s}`,
      `    quote: '${quote.replace(/'/g, "''")}'`,
    ];
    if (e > 0) lines.push('related:', `  - entry: synthetic-entry-${e - 1}`, `    relation: ${e % 17 === 0 ? 'contradicts' : 'follows'}`);
    if (kind === 'count') {
      const value = 10 + ((s + p) % 90);
      lines.push('quantity:', '  measure: agents-abroad', `  subject: synthetic-agency-${s % 7 % actorCount}`, `  qualifier: ${e % 2 === 0 ? 'exact' : 'about'}`, `  value: ${value}`, '  unit: agents', `  asOf: ${year}`, `  stated: '${value} agents'`);
    }
    lines.push('---', `Context for fictional claim ${e}. See [the previous claim](entry:synthetic-entry-${Math.max(0, e - 1)}).`, '');
    files.push({ path: `entries/synthetic-entry-${e}.md`, text: lines.join('\n') });
  }
  return files;
}
