// `npm run export -- --dataset data/<file>.json --out <dir> [options]`: writes every chart of a
// dataset to files, the same pixels as the app's own export, by driving the built app in
// headless Chromium. One progress line per chart; a clear error for a bad path or option.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from './findChromium.mjs';
import { createSiteServer, ensureBuilt, root } from './site.mjs';

const usage = `Usage: npm run export -- --dataset <file.json> --out <dir> [options]

  --dataset <file>   a dataset in format estimates/v1 (required)
  --out <dir>        where to write the files; created if missing (required)
  --format <f>       png, svg, csv or all            (default png)
  --scale <n>        PNG density: 1, 2 or 3          (default 1)
  --preset <p>       screen, slide, 4x3 or square    (default screen)
  --theme <t>        light or dark                   (default light)
  --link-base <url>  the site the printed view links point to (default: none, the view's query)
  --help             this text`;

const choices = {
  format: ['png', 'svg', 'csv', 'all'],
  scale: ['1', '2', '3'],
  preset: ['screen', 'slide', '4x3', 'square'],
  theme: ['light', 'dark'],
} as const;
const formatLabels = { png: 'PNG image', svg: 'SVG image', csv: 'CSV data' } as const;
const views = ['casualties', 'over-time', 'forces', 'equipment'] as const;

function fail(message: string, code = 2): never {
  console.error(`export: ${message}`);
  if (code === 2) console.error(`\n${usage}`);
  process.exit(code);
}

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        dataset: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string', default: 'png' },
        scale: { type: 'string', default: '1' },
        preset: { type: 'string', default: 'screen' },
        theme: { type: 'string', default: 'light' },
        'link-base': { type: 'string', default: '' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (parsed.help) {
    console.log(usage);
    process.exit(0);
  }
  for (const name of ['format', 'scale', 'preset', 'theme'] as const) {
    const allowed: readonly string[] = choices[name];
    if (!allowed.includes(parsed[name])) {
      fail(`--${name} must be one of ${allowed.join(', ')} (got "${parsed[name]}")`);
    }
  }
  if (!parsed.dataset) fail('--dataset is required');
  if (!parsed.out) fail('--out is required');
  const dataset = resolve(parsed.dataset);
  if (!existsSync(dataset)) fail(`no file at ${parsed.dataset}`, 1);
  if (!statSync(dataset).isFile()) fail(`${parsed.dataset} is not a file`, 1);
  try {
    JSON.parse(readFileSync(dataset, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(`${parsed.dataset} is not valid JSON: ${error instanceof Error ? error.message : ''}`, 1);
  }
  const linkBase = parsed['link-base'];
  if (linkBase && !URL.canParse(linkBase)) fail(`--link-base must be a URL (got "${linkBase}")`);
  return { ...parsed, dataset, out: resolve(parsed.out), linkBase };
}

type Options = ReturnType<typeof readOptions>;

async function exportView(page: Page, url: string, options: Options): Promise<number> {
  await page.goto(url);
  const figures = page.getByRole('figure');
  const refused = page.getByRole('alert');
  // The view (which may have no chart for this dataset) or the reason the dataset was refused.
  await page.getByRole('main').or(refused).first().waitFor({ timeout: 30_000 });
  // Charts draw once their width is known, a moment after the view itself.
  await figures
    .first()
    .waitFor({ timeout: 3_000 })
    .catch(() => undefined);
  if (await refused.count()) {
    const problems = await page.getByRole('listitem').allTextContents();
    fail(`${await refused.innerText()}\n  ${problems.slice(0, 50).join('\n  ')}`, 1);
  }
  const formats = options.format === 'all' ? (['png', 'svg', 'csv'] as const) : [options.format];
  const titles = await figures.evaluateAll((els) =>
    els.map((el) => el.getAttribute('aria-label') ?? ''),
  );
  for (const title of titles) {
    await page.getByRole('button', { name: `Export chart: ${title}` }).click();
    const panel = page.getByRole('group', { name: `Export: ${title}` });
    for (const format of formats) {
      if (format !== 'png' && format !== 'svg' && format !== 'csv') continue;
      await panel.getByRole('radio', { name: formatLabels[format] }).check();
      if (format !== 'csv') {
        await panel.getByLabel('Size').selectOption(options.preset);
        await panel
          .getByRole('radio', { name: options.theme === 'dark' ? 'Dark' : 'Light' })
          .check();
      }
      if (format === 'png') await panel.getByRole('radio', { name: `${options.scale}x` }).check();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        panel.getByRole('button', { name: /^Download/ }).click(),
      ]);
      const file = join(options.out, download.suggestedFilename());
      await download.saveAs(file);
      const status = (await panel.getByRole('status').textContent()) ?? '';
      const pixels = /\((\d+ × \d+ px)\)/.exec(status)?.[1];
      console.log(`\u2713 ${title}: ${basename(file)}${pixels ? ` (${pixels})` : ''}`);
    }
  }
  return titles.length;
}

async function main(): Promise<void> {
  const options = readOptions();
  mkdirSync(options.out, { recursive: true });
  ensureBuilt((message) => console.log(message));
  const executablePath = findChromium();
  if (!executablePath) {
    fail(
      'no Chromium found: set CHROMIUM_PATH, install chromium, or run `npx playwright install chromium`',
      1,
    );
  }
  // The default dataset keeps the app's own path, so the printed links need no ?dataset=.
  const isDefault = options.dataset === join(root, 'data', 'north-korea-russia-2024-2025.json');
  const datasetPath = `/${basename(options.dataset)}`;
  const server = createSiteServer(isDefault ? {} : { [datasetPath]: options.dataset });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage({
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
    });
    // Air-gapped by construction: whatever a dataset says, the page reaches no other host.
    await page.route(
      (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
      (route) => route.abort('blockedbyclient'),
    );
    await page.addInitScript((base) => {
      window.crosscheckLinkBase = base;
    }, options.linkBase);
    let charts = 0;
    for (const view of views) {
      const query = new URLSearchParams({ ...(isDefault ? {} : { dataset: datasetPath }), view });
      charts += await exportView(
        page,
        `${origin}/?${query.toString().replace(/%2F/g, '/')}`,
        options,
      );
    }
    console.log(`Exported ${charts} charts to ${options.out}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
