import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { LOCAL_SITE_URL } from '../site/address.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../site/constants.ts';
import { readFileHistory } from '../site/git-history.ts';
import { loadSiteModel } from '../site/load.ts';
import { pagePath } from '../site/urls.ts';
import { siteVersionDate } from '../site/version.ts';

const NEWEST = 50;

/** The newest entries by the date they were added to the site (from git), newest first. */
export const GET: APIRoute = async ({ site }) => {
  const model = await loadSiteModel();
  const dates = readFileHistory(process.cwd());
  const fallback = siteVersionDate() ?? '1970-01-01';
  const items = model.entries
    .map((entry) => {
      const known = dates.get(`content/entries/${entry.id}.md`);
      return { entry, added: known?.added ?? known?.changed ?? fallback };
    })
    .sort((a, b) => b.added.localeCompare(a.added) || a.entry.id.localeCompare(b.entry.id))
    .slice(0, NEWEST);
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: site ?? LOCAL_SITE_URL,
    items: items.map(({ entry, added }) => ({
      title: entry.data.title,
      description: entry.data.summary,
      link: pagePath(import.meta.env.BASE_URL, 'entries', entry.id),
      pubDate: new Date(added),
      categories: [entry.data.kind, ...entry.data.topics],
    })),
  });
};
