/**
 * The web editor's configuration (Decap CMS, `/admin/`), generated from the collections' JSON
 * Schemas, which are generated from the zod schemas and carry their JSDoc: one collection per
 * content folder, one form field per schema field, with its widget, whether it is required,
 * the JSDoc as its hint, the allowed values as a select, and a relation widget wherever the
 * schema marks a reference (`x-references`). A field or a collection added to the schema
 * appears in the form with no other change. `npm run schemas` writes it to public/admin/config.yml;
 * the build fills in the deployment's repository and addresses (src/integrations/decap-admin.ts).
 */
import { stringify } from 'yaml';
import { COLLECTION_NAMES, REFERENCES_KEYWORD, type CollectionName } from '../../src/domain/schema/index.ts';
import type { JsonSchema } from './json-schemas.ts';

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  [option: string]: unknown;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  extension: 'md';
  format: 'frontmatter';
  create: true;
  identifier_field: string;
  slug: string;
  summary: string;
  preview_path: string;
  fields: CmsField[];
}

/** What a collection's Markdown body is, said in its form (the body is no schema field). */
const BODIES: Partial<Record<string, { label: string; hint: string; required: boolean }>> = {
  entries: {
    label: 'Context',
    hint: 'Optional context for readers, in Markdown. No raw HTML; links may be http(s), mailto, relative, or cross-links such as [text](entry:some-id), actor:, source:, topic:.',
    required: false,
  },
  sources: {
    label: 'Archived text',
    hint: "The document's excerpts, pasted character for character from the copy you read (its typos, quote marks and spacing), passages separated by a blank line. Every quote of an entry is checked against this text.",
    required: true,
  },
};
const DEFAULT_BODY = { label: 'Body', hint: 'In Markdown. No raw HTML; cross-links such as [text](entry:some-id) are allowed.', required: false };

/** Fields written as paragraphs rather than a line: a multi-line box. */
const PARAGRAPH_FIELDS = new Set(['summary', 'quote', 'translation', 'note', 'reason', 'dateBasis', 'issuedBasis', 'description']);

/** The form of every date: `2011`, `2011-03` or `2011-03-20` (the schema checks the calendar). */
const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

const labelOf = (name: string) => {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const SINGULAR: Record<string, string> = { entries: 'entry', sources: 'source', actors: 'actor', topics: 'topic', places: 'place' };
const singular = (collection: string) => SINGULAR[collection] ?? collection.replace(/s$/, '');

/** The field that names a file of a collection in lists: `title`, else `name`, else its id. */
export function displayField(schema: JsonSchema): string {
  const names = new Set(objectOptions(schema).flatMap((option) => Object.keys(properties(option))));
  return names.has('title') ? 'title' : names.has('name') ? 'name' : 'id';
}

const properties = (node: JsonSchema): Record<string, JsonSchema> => (node['properties'] as Record<string, JsonSchema> | undefined) ?? {};
const required = (node: JsonSchema): string[] => (node['required'] as string[] | undefined) ?? [];
const options = (node: JsonSchema): JsonSchema[] => ((node['oneOf'] ?? node['anyOf']) as JsonSchema[] | undefined) ?? [];

/** The object alternatives of a node: itself, or the objects of its union. */
function objectOptions(node: JsonSchema): JsonSchema[] {
  if (node['properties']) return [node];
  return options(node).flatMap(objectOptions);
}

/**
 * One object's fields, merging the alternatives of a union: a field all alternatives require is
 * required; one that only some have says which in its hint, `(count only)`; a field whose value
 * tells the alternatives apart (`kind`) becomes a select of those values.
 */
function objectFields(alternatives: readonly JsonSchema[], context: { collections: ReadonlyMap<CollectionName, JsonSchema> }): CmsField[] {
  const names: string[] = [];
  for (const alternative of alternatives) for (const name of Object.keys(properties(alternative))) if (!names.includes(name)) names.push(name);
  const discriminator = names.find(
    (name) => alternatives.length > 1 && alternatives.every((alternative) => properties(alternative)[name]?.['const'] !== undefined),
  );
  // The discriminator first after the id: what kind of thing this is decides what the rest means.
  if (discriminator) {
    names.splice(names.indexOf(discriminator), 1);
    names.splice(names[0] === 'id' ? 1 : 0, 0, discriminator);
  }
  return names.map((name) => {
    const holders = alternatives.filter((alternative) => properties(alternative)[name]);
    const node = properties(holders[0] as JsonSchema)[name] as JsonSchema;
    const isRequired = holders.length === alternatives.length && alternatives.every((alternative) => required(alternative).includes(name));
    if (name === discriminator) {
      const values = alternatives.map((alternative) => String(properties(alternative)[name]?.['const']));
      const hint = alternatives.map((alternative) => String(properties(alternative)[name]?.['description'] ?? '').replace(/\.$/, '')).join('; ');
      return { name, label: labelOf(name), widget: 'select', options: values, required: true, hint: `${hint}.` };
    }
    const field = fieldFor(name, node, isRequired, context);
    if (holders.length < alternatives.length && discriminator) {
      const only = holders.map((holder) => String(properties(holder)[discriminator]?.['const'])).join(', ');
      field.hint = `(${only} only) ${field.hint ?? ''}`.trim();
    }
    return field;
  });
}

function relationFor(collection: CollectionName, context: { collections: ReadonlyMap<CollectionName, JsonSchema> }): Record<string, unknown> {
  const shown = displayField(context.collections.get(collection) as JsonSchema);
  return {
    widget: 'relation',
    collection,
    value_field: 'id',
    search_fields: shown === 'id' ? ['id'] : ['id', shown],
    display_fields: shown === 'id' ? ['id'] : ['id', shown],
    options_length: 50,
  };
}

function isCollection(name: unknown): name is CollectionName {
  return typeof name === 'string' && (COLLECTION_NAMES as readonly string[]).includes(name);
}

/** A form field for one schema field. */
function fieldFor(name: string, node: JsonSchema, isRequired: boolean, context: { collections: ReadonlyMap<CollectionName, JsonSchema> }): CmsField {
  const base: CmsField = { name, label: labelOf(name), widget: 'string', required: isRequired };
  const description = node['description'];
  if (typeof description === 'string') base.hint = description;
  const type = node['type'];
  const reference = node[REFERENCES_KEYWORD];

  if (type === 'array') {
    const items = (node['items'] as JsonSchema | undefined) ?? {};
    const min = typeof node['minItems'] === 'number' ? { min: node['minItems'] } : {};
    const itemReference = items[REFERENCES_KEYWORD];
    if (isCollection(itemReference)) return { ...base, ...relationFor(itemReference, context), multiple: true, ...min };
    const itemObjects = objectOptions(items);
    if (itemObjects.length > 0) {
      // Alternatives of a list item (an author is a family name or a literal one) become one set of optional fields.
      const fields = objectFields(itemObjects, context).map((field) => (itemObjects.length > 1 ? { ...field, required: false } : field));
      return { ...base, widget: 'list', collapsed: false, summary: `{{fields.${fields[0]?.name ?? 'id'}}}`, fields, ...min };
    }
    return { ...base, widget: 'list', field: fieldFor(singular(name), items, true, context), ...min };
  }
  if (isCollection(reference)) return { ...base, ...relationFor(reference, context) };
  if (type === 'object' || (!type && objectOptions(node).length > 0 && !options(node).some((option) => option['type'] === 'array'))) {
    const fields = objectFields(objectOptions(node), context);
    // The form would refuse to save without the inner fields of an object left out on purpose
    // (a statement has no quantity): they are required only once the object is given, which the validator checks.
    return { ...base, widget: 'object', collapsed: false, fields: isRequired ? fields : fields.map(optional) };
  }
  if (!type && options(node).some((option) => option['type'] === 'array')) {
    // A list, or for short a single item (a source's one author): the form always writes a list.
    const list = options(node).find((option) => option['type'] === 'array') as JsonSchema;
    return fieldFor(name, { ...list, description }, isRequired, context);
  }
  const alternatives = options(node).map((option) => option['type']);
  if (alternatives.includes('string') && alternatives.includes('integer')) {
    // A date: text in one of three forms. YAML would read a bare year as a number, which the schema also takes.
    return { ...base, pattern: [PARTIAL_DATE_PATTERN, 'write YYYY, YYYY-MM or YYYY-MM-DD'] };
  }
  // No defaults in the form: the schema gives a field left out its default, and Decap would
  // start every list whose items have a default (a copy's fidelity) with an empty item.
  if (Array.isArray(node['enum'])) return { ...base, widget: 'select', options: (node['enum'] as unknown[]).map(String) };
  if (type === 'boolean') return { ...base, widget: 'boolean', required: false };
  if (type === 'number' || type === 'integer') {
    const min = typeof node['minimum'] === 'number' && Math.abs(node['minimum']) < Number.MAX_SAFE_INTEGER ? { min: node['minimum'] } : {};
    return { ...base, widget: 'number', value_type: type === 'integer' ? 'int' : 'float', ...min };
  }
  const pattern = typeof node['pattern'] === 'string' ? { pattern: [node['pattern'], 'see the hint for the form'] } : {};
  return { ...base, widget: PARAGRAPH_FIELDS.has(name) ? 'text' : 'string', ...pattern };
}

function optional(field: CmsField): CmsField {
  const fields = field['fields'] as CmsField[] | undefined;
  return { ...field, required: false, ...(fields && field.widget === 'object' ? { fields: fields.map(optional) } : {}) };
}

/** One collection of the form, from its JSON Schema. */
export function cmsCollection(collection: CollectionName, collections: ReadonlyMap<CollectionName, JsonSchema>): CmsCollection {
  const schema = collections.get(collection) as JsonSchema;
  const fields = objectFields(objectOptions(schema), { collections });
  const idField = fields.find((field) => field.name === 'id');
  if (idField) idField.hint = `${idField.hint ?? ''} It becomes the file name; lower-case words joined by hyphens.`.trim();
  const body = BODIES[collection] ?? DEFAULT_BODY;
  fields.push({ name: 'body', label: body.label, widget: 'text', required: body.required, hint: body.hint });
  const shown = displayField(schema);
  return {
    name: collection,
    label: labelOf(collection),
    label_singular: labelOf(singular(collection)),
    folder: `content/${collection}`,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    identifier_field: 'id',
    // The file is named by the id, as the validator requires.
    slug: '{{slug}}',
    summary: shown === 'id' ? '{{id}}' : `{{${shown}}}`,
    preview_path: `${collection}/{{slug}}/`,
    fields,
  };
}

/** The whole configuration, before the build fills in the deployment (repository, addresses). */
export function cmsConfig(collections: ReadonlyMap<CollectionName, JsonSchema>): Record<string, unknown> {
  return {
    backend: { name: 'github', branch: 'main', squash_merges: true },
    // Drafts, "in review" (a pull request, which runs the validator and the tests) and "ready".
    publish_mode: 'editorial_workflow',
    // On a clone, `npm run cms` (decap-server) serves the working tree; the build sets its address.
    local_backend: { url: 'http://localhost:8081/api/v1' },
    media_folder: 'public/media',
    public_folder: '/media',
    collections: COLLECTION_NAMES.filter((collection) => collections.has(collection)).map((collection) => cmsCollection(collection, collections)),
  };
}

/** Every field path of a collection's form (`evidence[].quote`), for comparing it with the schema. */
export function formFieldPaths(fields: readonly CmsField[], prefix = ''): string[] {
  const paths: string[] = [];
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const nested = field['fields'] as CmsField[] | undefined;
    if (field.widget === 'list' && nested) paths.push(path, ...formFieldPaths(nested, `${path}[]`));
    else if (field.widget === 'object' && nested) paths.push(path, ...formFieldPaths(nested, path));
    else paths.push(path);
  }
  return paths;
}

/** Where `npm run schemas` writes the configuration, from the project root. */
export const CMS_CONFIG_PATH = 'public/admin/config.yml';

export function cmsConfigText(config: Record<string, unknown>): string {
  const header = [
    "# The web editor's configuration (Decap CMS, /admin/), generated by `npm run schemas` from the",
    '# schemas in src/domain/schema/: do not edit. The build fills in the GitHub repository, the',
    "# site's address and decap-server's (src/integrations/decap-admin.ts).",
  ].join('\n');
  return `${header}\n${stringify(config, { lineWidth: 0 })}`;
}
