/** JSON Schemas of the data files, generated from their zod schemas and described by their JSDoc. */
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { attachDescriptions, readSchemaDocs } from '../../domain/schema/json-schema.ts';
import type { SiteAddress } from './records.ts';
import { DATA_FILES, type DataFileName } from './schemas.ts';

// Resolved from the project root: this module is bundled by Astro, so its own location moves.
const SCHEMA_SOURCE = fileURLToPath(new URL('src/site/data/schemas.ts', `file://${process.cwd()}/`));

export function dataJsonSchema(name: DataFileName, address: SiteAddress): Record<string, unknown> {
  const schema = z.toJSONSchema(DATA_FILES[name], { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  attachDescriptions(schema, readSchemaDocs([SCHEMA_SOURCE]));
  return {
    $id: new URL(`${address.base.replace(/\/?$/, '/')}data/schema/${name}.schema.json`, address.site).href,
    title: `${name}.json`,
    ...schema,
  };
}
