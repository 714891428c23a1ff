/**
 * Checks across files for places: entries name places that exist, a place's parent exists
 * and contains no cycle, a source that locates a place exists, and every place is named by
 * an entry or contains one that is (a place nothing refers to is a file to remove).
 */
import { slugify } from '../slug.ts';
import type { ContentSet } from './content-set.ts';
import type { ContentReference } from './content-reference.ts';
import { parentCycle } from './parent-cycle.ts';
import { fieldProblem } from './parse-file.ts';
import { formatFieldPath, type Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

/** The ids on disk this check needs (files that failed their schema included, so one bad file does not cascade). */
export interface PlaceCheckIds {
  readonly places: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
}

/** Problems with places; every place or source named is recorded in `references`, for `validate --changed`. */
export function checkPlaceReferences(content: ContentSet, existing: PlaceCheckIds, references: ContentReference[] = []): Problem[] {
  const problems: Problem[] = [];
  const record = (file: string, path: (string | number)[], collection: 'places' | 'sources', id: string) =>
    references.push({ file, field: formatFieldPath(path), collection, id });
  // An editor migrating free text writes "naco-sonora" or "district-of-arizona": names and aliases point to the id.
  const byName = new Map<string, string>();
  for (const place of content.places) for (const name of [place.data.name, ...place.data.aliases]) byName.set(slugify(name), place.id);
  const placeHint = (id: string) => {
    const named = byName.get(id);
    return named
      ? `did you mean \`${named}\`?`
      : didYouMean(id, existing.places, `add content/places/${id}.md (\`npm run new -- place "Name"\`), or fix the id`);
  };

  const named = new Set<string>();
  for (const entry of content.entries) {
    const seen = new Set<string>();
    entry.data.places.forEach((id, i) => {
      record(entry.parsed.file, ['places', i], 'places', id);
      named.add(id);
      if (seen.has(id)) problems.push(fieldProblem(entry.parsed, ['places', i], `place \`${id}\` is listed twice`, 'remove one'));
      seen.add(id);
      if (!existing.places.has(id)) problems.push(fieldProblem(entry.parsed, ['places', i], `unknown place \`${id}\``, placeHint(id)));
    });
  }

  const parents = new Map(content.places.map((place) => [place.id, place.data.parent]));
  for (const place of content.places) {
    const { parent, basis } = place.data;
    if (parent !== undefined) record(place.parsed.file, ['parent'], 'places', parent);
    if (basis.source !== undefined) record(place.parsed.file, ['basis', 'source'], 'sources', basis.source);
    if (parent === place.id) {
      problems.push(fieldProblem(place.parsed, ['parent'], 'a place cannot be its own parent', 'remove `parent`, or name the place that contains it'));
    } else if (parent !== undefined && !existing.places.has(parent)) {
      problems.push(fieldProblem(place.parsed, ['parent'], `unknown place \`${parent}\``, placeHint(parent)));
    } else if (parent !== undefined) {
      const cycle = parentCycle(place.id, parents);
      if (cycle) {
        problems.push(
          fieldProblem(place.parsed, ['parent'], `parents form a cycle: ${cycle.join(' → ')}`, 'a place cannot be inside itself; fix one `parent`'),
        );
      }
    }
    if (basis.source !== undefined && !existing.sources.has(basis.source)) {
      problems.push(
        fieldProblem(place.parsed, ['basis', 'source'], `unknown source \`${basis.source}\``, didYouMean(basis.source, existing.sources, 'fix the source id')),
      );
    }
  }

  const contains = new Set<string>();
  for (const id of named)
    for (let current = parents.get(id); current !== undefined && !contains.has(current); current = parents.get(current)) contains.add(current);
  for (const place of content.places) {
    if (named.has(place.id) || contains.has(place.id)) continue;
    problems.push(
      fieldProblem(
        place.parsed,
        ['id'],
        `place \`${place.id}\` is named by no entry and contains no place that is`,
        'add its id to the `places` of the entries that happened there, or remove the file',
      ),
    );
  }
  return problems;
}
