// `npm run test:size` (part of `npm test`): fails when the JavaScript the page loads at start
// grows past the budget in bench/budget.json, or the baked first screen's HTML past one round
// trip. Run after `vite build`; reads dist/.
import { formatBytes } from '../src/data/formatBytes';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dist, root } from '../scripts/site.mjs';
import { measureInitialJs } from './measureBundles';

interface Budget {
  readonly initialJs: { readonly gzip: number; readonly raw: number };
  readonly why: string;
  /** dist/index.html as sent (brotli), bytes; why: the reason for the figure. */
  readonly firstScreenHtml: { readonly brotli: number; readonly why: string };
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

const html = statSync(join(dist, 'index.html.br')).size;
const htmlOver = html > budget.firstScreenHtml.brotli;
process.stdout.write(
  `First screen's HTML (index.html as sent):\n  ${'br'.padEnd(5)} ${formatBytes(html).padStart(9)}  budget ${formatBytes(budget.firstScreenHtml.brotli).padStart(9)}  ${htmlOver ? 'OVER BUDGET' : 'ok'}\n`,
);
if (htmlOver) {
  process.stderr.write(
    `\nThe baked first screen is over its budget (bench/budget.json: ${budget.firstScreenHtml.why})\n` +
      'Bake less (fewer drawings, shorter markup), or explain the round trip it costs.\n',
  );
  process.exit(1);
}
