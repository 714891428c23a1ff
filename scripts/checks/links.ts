/** `npm run check:links`: every internal link and anchor of `dist/` resolves. Exit 1 otherwise. */
import { resolve } from 'node:path';
import { checkLinks } from './lib/links.ts';

const { problems, pages, links } = checkLinks(resolve('dist'), process.env.BASE_PATH ?? '/');
for (const problem of problems) console.log(`dist/${problem.file}: link to ${problem.target} ${problem.message}  (fix the link, or the page it points to)`);
console.log(`${links} internal links on ${pages} pages checked; ${problems.length} broken.`);
process.exitCode = problems.length > 0 ? 1 : 0;
