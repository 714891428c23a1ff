/** The home page's chart as data: one row per mark, the same rows in the same order. */
import type { APIRoute } from 'astro';
import { loadSiteModel } from '../../site/load.ts';
import { CHART_COLUMNS, chartRows, headlineChart } from '../../site/charts/claims.ts';
import { toCsv } from '../../site/data/csv.ts';

export const GET: APIRoute = async () => {
  const chart = headlineChart(await loadSiteModel());
  return new Response(toCsv(CHART_COLUMNS, chartRows(chart.claims)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
