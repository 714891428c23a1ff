/**
 * The home page's chart against the published data: every count of U.S. agents in Mexico in
 * counts.csv is exactly one mark, with its value, qualifier and agency; the chart's own CSV
 * download has the same rows as its marks, in the same order. Reads the built dist/ (no browser).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { CHART_COLUMNS, HEADLINE_MEASURE } from '../../src/site/charts/claims.ts';

const dist = resolve(import.meta.dirname, '../../dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

interface Mark {
  entry: string;
  series: string;
  subject: string;
  qualifier: string;
  value: string;
  planned: string;
}

/** The marks of the SVGs of one class (`chart-wide` or `chart-narrow`) on a page. */
function marksIn(html: string, svgClass: string): Mark[] {
  const svgs = [...html.matchAll(/<svg\b[^>]*class="[^"]*\bcount-chart-svg\b[^"]*"[^>]*>[\s\S]*?<\/svg>/g)]
    .map((match) => match[0])
    .filter((svg) => new RegExp(`class="[^"]*\\b${svgClass}\\b`).test(svg.slice(0, svg.indexOf('>'))));
  return svgs.flatMap((svg) =>
    // Attribute values may hold ">" (a figure of ">60"): a tag ends at the first ">" outside quotes.
    [...svg.matchAll(/<a\b((?:[^>"]|"[^"]*")*)>/g)].map((match) => {
      const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(match[1] as string)?.[1] ?? '';
      return {
        entry: attribute('data-entry'),
        series: attribute('data-series'),
        subject: attribute('data-subject'),
        qualifier: attribute('data-qualifier'),
        value: attribute('data-value'),
        planned: attribute('data-planned'),
      };
    }),
  );
}

test.describe('the home page chart', () => {
  test.beforeAll(() => {
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npx astro build` first');
  });

  test('has one mark per count in counts.csv, with its value, qualifier and agency', () => {
    const html = read('index.html');
    const counts = (parseCsv(read('data/counts.csv'), { columns: true }) as Record<string, string>[]).filter((row) => row['measure'] === HEADLINE_MEASURE);
    const actors = new Map((JSON.parse(read('data/actors.json')) as { actors: { id: string; kind: string }[] }).actors.map((actor) => [actor.id, actor]));
    expect(counts.length).toBeGreaterThan(10);
    for (const svgClass of ['chart-wide', 'chart-narrow']) {
      const marks = marksIn(html, svgClass);
      expect(marks.map((mark) => mark.entry).sort(), `${svgClass}: one mark per count`).toEqual(counts.map((row) => row['id']).sort());
      const byEntry = new Map(marks.map((mark) => [mark.entry, mark]));
      for (const row of counts) {
        const mark = byEntry.get(row['id'] as string) as Mark;
        const kind = actors.get(row['subject'] as string)?.kind;
        const series = kind === 'government' ? 'all' : kind === 'agency' || kind === 'office' || kind === 'department' ? row['subject'] : 'unspecified';
        expect(mark, row['id']).toEqual({
          entry: row['id'],
          series,
          subject: row['subject'],
          qualifier: row['qualifier'],
          value: row['value'] !== '' ? row['value'] : `${row['lower']}-${row['upper']}`,
          planned: row['planned'],
        });
      }
    }
  });

  test('its CSV download has the same rows as its marks', () => {
    const rows = parseCsv(read('data/us-agents-in-mexico.csv'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...CHART_COLUMNS]);
    const marks = marksIn(read('index.html'), 'chart-wide');
    // The chart draws all agencies above the agencies; the CSV lists every claim in date order.
    expect(rows.map((row) => row['id']).sort()).toEqual(marks.map((mark) => mark.entry).sort());
    const byEntry = new Map(marks.map((mark) => [mark.entry, mark]));
    for (const row of rows) {
      const mark = byEntry.get(row['id'] as string) as Mark;
      expect([row['subject'], row['qualifier'], row['value'] || `${row['lower']}-${row['upper']}`, row['planned']]).toEqual([
        mark.subject,
        mark.qualifier,
        mark.value,
        mark.planned,
      ]);
    }
  });
});
