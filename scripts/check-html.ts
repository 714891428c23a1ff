/** `npm run check:html`: html-validate over every page of `dist/`; 0 errors required. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { htmlPages } from '../src/lib/checks/dist.ts';
import { HTML_VALIDATE_CONFIG } from '../src/lib/checks/html-validate-config.ts';

const dist = resolve('dist');
const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
let errors = 0;
const pages = htmlPages(dist);
for (const page of pages) {
  const report = await validator.validateString(readFileSync(join(dist, page), 'utf8'), `dist/${page}`);
  for (const result of report.results) {
    for (const message of result.messages) {
      if (message.severity < 2) continue;
      errors++;
      console.log(`dist/${page}:${message.line}:${message.column}  ${message.ruleId}  ${message.message}`);
    }
  }
}
console.log(`${pages.length} pages validated; ${errors} errors.`);
process.exitCode = errors > 0 ? 1 : 0;
