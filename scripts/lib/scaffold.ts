/**
 * Templates for new content files (`npm run new`). Every blank a template leaves is one the
 * validator reports until it is filled, so a half-finished file can never pass unnoticed.
 */
import type { CollectionName, EntryKind } from '../../src/domain/schema/index.ts';
import { slugify } from '../../src/domain/slug.ts';

export const SCAFFOLD_TYPES = { entry: 'entries', source: 'sources', actor: 'actors', topic: 'topics', place: 'places' } as const;
export type ScaffoldType = keyof typeof SCAFFOLD_TYPES;

export interface ScaffoldRequest {
  readonly type: ScaffoldType;
  readonly title: string;
  /** For entries: `event` (default), `statement` or `count`. */
  readonly kind?: EntryKind;
  /** Overrides the id derived from the title. */
  readonly id?: string;
  /** Today's date, `YYYY-MM-DD`, written as the access date of a new source. */
  readonly today: string;
}

export interface Scaffold {
  readonly collection: CollectionName;
  readonly id: string;
  /** Project-relative path of the new file. */
  readonly file: string;
  readonly text: string;
  /** What the editor still has to fill in, for the command to print. */
  readonly todo: readonly string[];
}

/** YAML double-quoted scalar: safe for any title. */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

function schemaLine(collection: CollectionName): string {
  return `# yaml-language-server: $schema=../../.schemas/${collection}.schema.json`;
}

export function scaffold(request: ScaffoldRequest): Scaffold {
  const collection = SCAFFOLD_TYPES[request.type];
  const id = request.id ?? slugify(request.title);
  const file = `content/${collection}/${id}.md`;
  const title = yamlString(request.title);
  const { fields, body = '', todo } = templateFor(request, title);
  const text = ['---', schemaLine(collection), `id: ${id}`, ...fields, '---', '', ...(body ? [body, ''] : [])].join('\n');
  return { collection, id, file, text, todo };
}

/** The fields after `id`, the body and the to-do list of each kind of file. */
function templateFor(request: ScaffoldRequest, title: string): { fields: string[]; body?: string; todo: string[] } {
  switch (request.type) {
    case 'entry':
      return entryTemplate(title, request.kind ?? 'event');
    case 'source':
      return {
        fields: [
          'type: article-newspaper    # CSL type: article-newspaper, report, hearing, post-weblog, document, ...',
          `title: ${title}`,
          'publisher: ""             # who published it, e.g. "CBS News"',
          'issued: ""                # publication date: YYYY, YYYY-MM or YYYY-MM-DD, only what the document gives',
          "# url: https://...        # only the document's real address, never a guessed one",
          `accessed: ${request.today}`,
        ],
        todo: [
          'publisher and issued date',
          'url, only if you know the real address (record reprints under `copies`)',
          'below the closing ---, paste the excerpt(s) you will quote, verbatim; separate passages with a blank line',
        ],
      };
    case 'actor':
      return {
        fields: [
          `name: ${title}`,
          'kind: agency              # government, department, agency, office, committee, organisation, company, news-organisation, person, ...',
          'country: US',
          'summary: ""               # one sentence, from the sources',
        ],
        todo: ['kind, country and summary', 'shortName, aliases and parent where they apply'],
      };
    case 'place':
      return {
        fields: [
          `name: ${title}`,
          'kind: city                # city, state, country, region, site or facility',
          'country: ""               # ISO code: US or MX',
          '# parent: arizona         # the smallest place in content/places/ that contains it',
          '# `npm run locate -- "Name"` prints the coordinates and basis to paste here, read from the data sets; never type them from memory',
          'coordinates:',
          '  latitude: ""',
          '  longitude: ""',
          '  precision: place        # place; or locality, state, country, region when the record is of a larger place',
        ],
        todo: [
          'kind and country (and parent, when a place in content/places/ contains it)',
          `coordinates and basis: run \`npm run locate -- ${title}\` and paste the record that is this place (or the smallest that contains it)`,
          "the place's id in the `places` of the entries that happened there",
        ],
      };
    case 'topic':
      return {
        fields: [`title: ${title}`, 'summary: ""'],
        body: 'Introduction to the storyline.',
        todo: ['summary', 'the introduction, below the closing ---'],
      };
  }
}

function entryTemplate(title: string, kind: EntryKind): { fields: string[]; body: string; todo: string[] } {
  const fields = [
    `kind: ${kind}              # event, statement or count`,
    `title: ${title}`,
    'summary: ""               # one or two sentences: what is claimed, and by whom',
    'date: ""                  # YYYY, YYYY-MM or YYYY-MM-DD: only the parts the source gives',
    'topics: []                # ids from content/topics/',
    'actors: []                # ids from content/actors/',
    'attribution:',
    '  by:',
    '    actor: ""             # id from content/actors/, or use description: "..." instead',
    'evidence:',
    '  - source: ""            # id from content/sources/',
    '    quote: ""             # copied character for character from the source\'s archived text',
  ];
  if (kind === 'count') {
    fields.push(
      'quantity:',
      '  measure: agents-in-mexico',
      '  subject: ""             # id of the actor whose people are counted',
      '  qualifier: exact        # exact, about, more-than, at-least, at-most, fewer-than, nearly, several, range',
      '  value: 0',
      '  unit: agents',
      '  asOf: ""',
      '  stated: ""              # the words of the quote for the number, e.g. "more than 60"',
    );
  }
  const todo = ['summary and date', 'topics and actors', 'attribution and evidence (source id and verbatim quote)'];
  if (kind === 'count') todo.push('quantity: subject, qualifier, value, asOf and the stated words');
  return { fields, body: 'Context for readers, in Markdown. Link other entries with `[text](entry:their-id)`.', todo };
}
