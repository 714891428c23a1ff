/**
 * Checks across files: references resolve, quotes occur in their source's archived text,
 * stated quantities occur in their quotes, directed relations and actor parents form no
 * cycle, and Markdown bodies are safe. The same code runs in the validator and the build.
 */
import { checkMarkdown } from '../markdown/check-markdown.ts';
import { buildQuoteIndex, containsWords, findQuote, type QuoteIndex } from '../quotes.ts';
import type { CollectionName } from '../schema/index.ts';
import { fieldProblem, type ParsedFile } from './parse-file.ts';
import { formatFieldPath, type FieldPath, type Problem } from './problem.ts';
import { quoteNotFoundHint } from './quote-hint.ts';
import { didYouMean } from './suggest.ts';
import type { ContentSet } from './content-set.ts';
import { parentCycle } from './parent-cycle.ts';
import { checkPlaceReferences } from './place-references.ts';
import type { ContentReference } from './content-reference.ts';

export type { ContentReference };

/** Ids that exist on disk per collection, including files that failed their schema, so one bad file does not cascade. */
export type ExistingIds = { [C in CollectionName]: ReadonlySet<string> };

export const SINGULAR: Record<CollectionName, string> = { entries: 'entry', sources: 'source', actors: 'actor', topics: 'topic', places: 'place' };

export function checkCrossReferences(content: ContentSet, existing: ExistingIds, references: ContentReference[] = []): Problem[] {
  const problems: Problem[] = [];
  const reference = (parsed: ParsedFile, path: FieldPath, collection: CollectionName, id: string | undefined): void => {
    if (id === undefined) return;
    references.push({ file: parsed.file, field: formatFieldPath(path), collection, id });
    if (existing[collection].has(id)) return;
    problems.push(
      fieldProblem(
        parsed,
        path,
        `unknown ${SINGULAR[collection]} \`${id}\``,
        didYouMean(id, existing[collection], `add content/${collection}/${id}.md, or fix the id`),
      ),
    );
  };

  const quoteIndexes = new Map<string, QuoteIndex>();
  for (const source of content.sources) {
    if (source.body.trim() === '') {
      problems.push({
        file: source.file,
        line: source.parsed.bodyLine,
        column: 1,
        field: '(body)',
        message: 'the source has no archived text',
        hint: 'paste the excerpt(s) of the document below the frontmatter, verbatim',
      });
    }
    quoteIndexes.set(source.id, buildQuoteIndex(source.body));
    reference(source.parsed, ['publisherActor'], 'actors', source.data.publisherActor);
  }

  for (const entry of content.entries) {
    const { data, parsed } = entry;
    data.actors.forEach((id, i) => reference(parsed, ['actors', i], 'actors', id));
    data.topics.forEach((id, i) => reference(parsed, ['topics', i], 'topics', id));
    reference(parsed, ['attribution', 'by', 'actor'], 'actors', data.attribution.by.actor);
    data.attribution.via.forEach((speaker, i) => reference(parsed, ['attribution', 'via', i, 'actor'], 'actors', speaker.actor));
    data.related.forEach((link, i) => {
      if (link.entry === entry.id) {
        problems.push(fieldProblem(parsed, ['related', i, 'entry'], 'an entry cannot be related to itself', 'remove this relation'));
      } else reference(parsed, ['related', i, 'entry'], 'entries', link.entry);
    });
    data.evidence.forEach((evidence, i) => {
      reference(parsed, ['evidence', i, 'source'], 'sources', evidence.source);
      const index = quoteIndexes.get(evidence.source);
      if (!index || findQuote(index, evidence.quote) !== -1) return;
      problems.push(
        fieldProblem(
          parsed,
          ['evidence', i, 'quote'],
          `quote not found in the archived text of source \`${evidence.source}\``,
          quoteNotFoundHint(index, evidence.quote),
        ),
      );
    });
    if (data.kind === 'count') {
      reference(parsed, ['quantity', 'subject'], 'actors', data.quantity.subject);
      if (!data.evidence.some((evidence) => containsWords(evidence.quote, data.quantity.stated))) {
        problems.push(
          fieldProblem(
            parsed,
            ['quantity', 'stated'],
            `"${data.quantity.stated}" does not occur in any quote of this entry`,
            'copy the words for the number exactly as the quote gives them',
          ),
        );
      }
    }
  }

  for (const actor of content.actors) {
    if (actor.data.parent === actor.id) {
      problems.push(fieldProblem(actor.parsed, ['parent'], 'an actor cannot be its own parent', 'remove `parent`, or name the body it belongs to'));
    } else reference(actor.parsed, ['parent'], 'actors', actor.data.parent);
  }
  problems.push(...milestoneProblems(content, existing, references));
  problems.push(
    ...parentCycles(content),
    ...relationCycles(content),
    ...bodyProblems(content, existing, references),
    ...checkPlaceReferences(content, existing, references),
  );
  return problems;
}

/** A topic's milestones are entries of that topic, each listed once. */
function milestoneProblems(content: ContentSet, existing: ExistingIds, references: ContentReference[]): Problem[] {
  const problems: Problem[] = [];
  const topicsOfEntry = new Map(content.entries.map((entry) => [entry.id, entry.data.topics]));
  for (const topic of content.topics) {
    const seen = new Map<string, number>();
    topic.data.milestones.forEach((id, i) => {
      const path = ['milestones', i];
      references.push({ file: topic.parsed.file, field: formatFieldPath(path), collection: 'entries', id });
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push(fieldProblem(topic.parsed, path, `\`${id}\` is already milestone ${first + 1}`, 'list each milestone once; remove this line'));
        return;
      }
      seen.set(id, i);
      if (!existing.entries.has(id)) {
        problems.push(
          fieldProblem(topic.parsed, path, `unknown entry \`${id}\``, didYouMean(id, existing.entries, 'use the id of an entry in content/entries/')),
        );
        return;
      }
      const topics = topicsOfEntry.get(id);
      // An entry that failed its own schema has been reported already; its topics are unknown.
      if (topics && !topics.includes(topic.id)) {
        problems.push(
          fieldProblem(
            topic.parsed,
            path,
            `entry \`${id}\` is not in this topic`,
            `add \`${topic.id}\` to the entry's \`topics\`, or choose an entry of this topic`,
          ),
        );
      }
    });
  }
  return problems;
}

function parentCycles(content: ContentSet): Problem[] {
  const parents = new Map(content.actors.map((actor) => [actor.id, actor.data.parent]));
  const problems: Problem[] = [];
  for (const actor of content.actors) {
    // An actor that is its own parent is reported once, by `checkCrossReferences`.
    if (actor.data.parent === actor.id) continue;
    const cycle = parentCycle(actor.id, parents);
    if (cycle) {
      problems.push(fieldProblem(actor.parsed, ['parent'], `parents form a cycle: ${cycle.join(' → ')}`, 'an actor cannot be inside itself; fix one `parent`'));
    }
  }
  return problems;
}

const DIRECTED_RELATIONS = new Set(['follows', 'causes', 'corrects']);

/** Directed relations of one kind (`follows`, `causes`, `corrects`) must not loop back. */
function relationCycles(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(content.entries.map((entry) => [entry.id, entry]));
  for (const relation of DIRECTED_RELATIONS) {
    const edges = new Map<string, string[]>();
    for (const entry of content.entries) {
      const targets = entry.data.related.filter((link) => link.relation === relation && link.entry !== entry.id).map((link) => link.entry);
      if (targets.length > 0) edges.set(entry.id, targets);
    }
    // Iterative depth-first search with colours: grey nodes are on the current path.
    const colour = new Map<string, 'grey' | 'black'>();
    for (const start of edges.keys()) {
      if (colour.has(start)) continue;
      const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
      colour.set(start, 'grey');
      while (stack.length > 0) {
        const frame = stack[stack.length - 1] as { id: string; next: number };
        const targets = edges.get(frame.id) ?? [];
        if (frame.next >= targets.length) {
          colour.set(frame.id, 'black');
          stack.pop();
          continue;
        }
        const target = targets[frame.next++] as string;
        const state = colour.get(target);
        if (state === 'grey') {
          const path = stack.slice(stack.findIndex((f) => f.id === target)).map((f) => f.id);
          const entry = byId.get(frame.id);
          if (entry) {
            const index = entry.data.related.findIndex((link) => link.relation === relation && link.entry === target);
            problems.push(
              fieldProblem(
                entry.parsed,
                ['related', index, 'entry'],
                `\`${relation}\` relations form a cycle: ${[...path, target].join(' → ')}`,
                `one of these entries cannot ${relation === 'follows' ? 'follow' : relation === 'causes' ? 'cause' : 'correct'} the other; remove one relation`,
              ),
            );
          }
        } else if (state === undefined && edges.has(target)) {
          colour.set(target, 'grey');
          stack.push({ id: target, next: 0 });
        }
      }
    }
  }
  return problems;
}

function bodyProblems(content: ContentSet, existing: ExistingIds, references: ContentReference[]): Problem[] {
  const problems: Problem[] = [];
  // Sources are excluded: their body is archived text, shown as plain text, never as Markdown.
  for (const document of [...content.entries, ...content.actors, ...content.topics]) {
    const { findings, crossLinks } = checkMarkdown(document.body);
    const at = (line: number, column: number) => ({ file: document.file, line: line + document.parsed.bodyLine - 1, column, field: '(body)' });
    for (const finding of findings)
      problems.push({ ...at(finding.line, finding.column), message: finding.message, ...(finding.hint ? { hint: finding.hint } : {}) });
    for (const link of crossLinks) {
      references.push({ file: document.file, field: '(body)', collection: link.collection, id: link.id });
      if (existing[link.collection].has(link.id)) continue;
      problems.push({
        ...at(link.line, link.column),
        message: `cross-link to unknown ${SINGULAR[link.collection]} \`${link.id}\``,
        hint: didYouMean(link.id, existing[link.collection], `check the id in content/${link.collection}/`),
      });
    }
  }
  return problems;
}
