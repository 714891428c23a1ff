/**
 * `npm run locate -- "Name" [--country MX]`: the data set records a place of that name could be
 * located by (U.S. states and countries by their boundaries, populated places by GeoNames), each
 * with the `coordinates` and `basis` to copy into its file in `content/places/`. Coordinates
 * come from these records, never from memory (CONTRIBUTING.md, "Places").
 */
import { parseArgs } from 'node:util';
import { findCandidates } from './lib/gazetteer.ts';

const USAGE = 'Usage: npm run locate -- "Name" [--country US|MX|...]';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { country: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
const name = positionals.join(' ').trim();
if (values.help || name === '') {
  console.log(USAGE);
  process.exitCode = values.help ? 0 : 2;
} else {
  const candidates = findCandidates(name, values.country?.toUpperCase());
  if (candidates.length === 0) {
    console.log(`No record named "${name}"${values.country ? ` in ${values.country}` : ''}.`);
    console.log(
      'A site or facility no data set has is located by the smallest enclosing place that one has: locate its town or state, and say `precision: locality` or `state`.',
    );
  }
  for (const candidate of candidates.slice(0, 10)) {
    console.log(`# ${candidate.description}`);
    console.log('coordinates:');
    console.log(`  latitude: ${candidate.latitude}`);
    console.log(`  longitude: ${candidate.longitude}`);
    console.log(`  precision: ${candidate.method === 'point' ? 'place' : 'state'}`);
    console.log('basis:');
    console.log(`  dataset: ${candidate.dataset}`);
    console.log(`  ids: ['${candidate.id}']`);
    console.log(`  method: ${candidate.method}`);
    console.log('');
  }
  if (candidates.length > 10) console.log(`… and ${candidates.length - 10} more; narrow with --country.`);
}
