// `npm run test:size` (part of `npm test`): fails when the JavaScript the page loads at start
// grows past the budget in bench/budget.json. Run after `vite build`; reads dist/.
import { formatBytes } from '../src/data/formatBytes';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, root } from '../scripts/site.mjs';
import { measureInitialJs } from './measureBundles';

interface Budget {
  readonly initialJs: { readonly gzip: number; readonly raw: number };
  readonly why: string;
}

const budget = JSON.parse(readFileSync(join(root, 'bench', 'budget.json'), 'utf8')) as Budget;
const size = measureInitialJs(dist);
const lines = (['gzip', 'raw'] as const).map((kind) => {
  const over = size[kind] > budget.initialJs[kind];
  return {
    over,
    text: `  ${kind.padEnd(5)} ${formatBytes(size[kind]).padStart(9)}  budget ${formatBytes(budget.initialJs[kind]).padStart(9)}  ${over ? 'OVER BUDGET' : 'ok'}`,
  };
});
process.stdout.write(`Initial JavaScript (${size.files.length} files loaded at start):\n`);
for (const line of lines) process.stdout.write(`${line.text}\n`);
if (lines.some((line) => line.over)) {
  process.stderr.write(
    `\nThe initial bundle is over its budget (bench/budget.json: ${budget.why})\n` +
      'Load what the first chart does not need on demand (import()), or explain the growth.\n',
  );
  process.exit(1);
}
