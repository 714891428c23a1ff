/** `npm run check:completeness`: nothing in content/ is missing from the built site. Exit 1 otherwise. */
import { resolve } from 'node:path';
import { checkCompleteness } from './lib/completeness.ts';
import { validateContentDir } from '../../src/domain/validation/index.ts';

const root = process.cwd();
const { content, problems: contentProblems } = validateContentDir(resolve(root, 'content'), root);
if (contentProblems.length > 0) {
  console.log('content has problems; run `npm run validate`');
  process.exit(1);
}
const { problems, items } = checkCompleteness(resolve(root, 'dist'), content, process.env.BASE_PATH ?? '/');
for (const problem of problems)
  console.log(
    `content/${problem.item}.md: missing from ${problem.missingFrom}  (rebuild; if it persists, the page or export that should list it is dropping it)`,
  );
console.log(`${items} content items checked against the built site; ${problems.length} missing.`);
process.exitCode = problems.length > 0 ? 1 : 0;
