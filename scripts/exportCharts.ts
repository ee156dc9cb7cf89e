// `npm run export -- --dataset <file> --out <dir> [options]`: writes every chart of a dataset to
// files, the same pixels as the app's own export, by driving the built app in headless Chromium.
// The views, formats, sizes and densities it offers are the app's own registries; the dataset is
// read by the app's own reader first (JSON or CSV), so a refused file is reported without a
// browser. One progress line per chart; a clear error for a bad path or option.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Download, type Locator, type Page } from 'playwright-core';
import { DatasetError } from '../src/data/datasetErrors';
import { readDatasetText } from '../src/data/read/readDatasetText';
import { viewRegistry, type ChartsViewEntry } from '../src/domain/views/viewRegistry';
import {
  appliesTo,
  exportDensities,
  exportFormatIds,
  exportFormats,
  exportPresetIds,
  type ExportFormat,
} from '../src/export/exportFormats';
import type { Dataset } from '../src/data/schema/datasetSchema';
import { deckFormatIds } from '../src/export/deck/deckFormats';
import { prepareBriefing, readDeckFormats, writeDecks } from './exportDeck';
import { chromiumArgs, findChromium } from './findChromium.mjs';
import { createSiteServer, ensureBuilt, root } from './site.mjs';

/** The views with charts, which the CLI can export; `pack` ones are exported by default. */
const chartViews: readonly ChartsViewEntry[] = viewRegistry.filter(
  (view) => view.layout === 'charts',
);
const packViews = chartViews.filter((view) => 'pack' in view && view.pack).map((view) => view.id);

const choices = {
  format: [...exportFormatIds, 'all'],
  scale: exportDensities.map(String),
  preset: exportPresetIds,
  theme: ['light', 'dark'],
} as const;

const usage = `Usage: npm run export -- --dataset <file> --out <dir> [options]
       npm run export -- --dataset <file> --out <dir> --briefing <id|file> [--format pptx,pdf]
       npm run export -- --dataset <file> --out <dir> --slide '<link>' [--slide …] [--format pptx,pdf]

  --dataset <file>   a dataset: format estimates/v1 JSON, or its CSV form (.csv) (required)
  --out <dir>        where to write the files; created if missing (required)
  --view <id>        a view whose charts to export; repeat it for several
                     (${chartViews.map((view) => view.id).join(', ')};
                     default: ${packViews.join(', ')})
  --format <f>       ${choices.format.join(', ')} (default png)
  --scale <n>        PNG density: ${choices.scale.join(', ')} (default 1)
  --preset <p>       ${choices.preset.join(', ')} (default screen)
  --theme <t>        ${choices.theme.join(' or ')} (default light)
  --link-base <url>  the site the printed view links point to (default: none, the view's query)

 Decks (a briefing's charts as slides, with a title slide and a sources slide):
  --briefing <x>     a briefing the dataset ships (its id), or a briefing/v1 file
  --slide <link>     a view link as Copy link gives it, e.g. '?view=compare&to=2025-01';
                     repeat it for each slide, in order (instead of --briefing)
  --title <text>     the deck's title (default: the briefing's)
  --format <f>       with a briefing: ${deckFormatIds.join(', ')}, or both as pptx,pdf (default)
  --help             this text`;

function fail(message: string, code = 2): never {
  console.error(`export: ${message}`);
  if (code === 2) console.error(`\n${usage}`);
  process.exit(code);
}

export function readOptions(args: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        dataset: { type: 'string' },
        out: { type: 'string' },
        view: { type: 'string', multiple: true },
        format: { type: 'string' },
        briefing: { type: 'string' },
        slide: { type: 'string', multiple: true },
        title: { type: 'string' },
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
  const slides = parsed.slide ?? [];
  const deck = parsed.briefing !== undefined || slides.length > 0;
  if (parsed.briefing !== undefined && slides.length) fail('give --briefing or --slide, not both');
  if (deck && parsed.view)
    fail('--view exports charts one by one; a deck takes --briefing or --slide');
  const format = parsed.format ?? (deck ? 'pptx,pdf' : 'png');
  const deckFormats = deck ? readDeckFormats(format, fail) : [];
  const chosen = { ...parsed, format };
  for (const name of ['format', 'scale', 'preset', 'theme'] as const) {
    if (deck && name === 'format') continue;
    const allowed: readonly string[] = choices[name];
    if (!allowed.includes(chosen[name])) {
      fail(`--${name} must be one of ${allowed.join(', ')} (got "${chosen[name]}")`);
    }
  }
  const known = chartViews.map((view) => view.id);
  const views = parsed.view ?? packViews;
  for (const view of views) {
    if (!known.includes(view)) {
      fail(`--view must be one of ${known.join(', ')} (got "${view}")`);
    }
  }
  if (!parsed.dataset) fail('--dataset is required');
  if (!parsed.out) fail('--out is required');
  const linkBase = parsed['link-base'];
  if (linkBase && !URL.canParse(linkBase)) fail(`--link-base must be a URL (got "${linkBase}")`);
  const formats = exportFormatIds.filter((f) => format === 'all' || format === f);
  return {
    ...chosen,
    slides,
    deck,
    deckFormats,
    given: parsed.dataset,
    dataset: resolve(parsed.dataset),
    out: resolve(parsed.out),
    views,
    formats,
    linkBase,
  };
}

type Options = ReturnType<typeof readOptions>;

/**
 * Reads the dataset as the app does, with the app's own reader: a file the app would refuse is
 * refused here, with the same messages, before a browser starts.
 */
function checkDataset(options: Options): Dataset {
  const { dataset, given } = options;
  if (!existsSync(dataset)) fail(`no file at ${given}`, 1);
  if (!statSync(dataset).isFile()) fail(`${given} is not a file`, 1);
  try {
    return readDatasetText(readFileSync(dataset, 'utf8').replace(/^\uFEFF/, ''), given);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    if (error.kind !== 'invalid') fail(error.message, 1);
    const problems = error.problems.slice(0, 50).map((p) => `${p.path}: ${p.message}`);
    fail(`The dataset was refused: ${error.message}\n  ${problems.join('\n  ')}`, 1);
  }
}

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
  const titles = await figures.evaluateAll((els) =>
    els.map((el) => el.getAttribute('aria-label') ?? ''),
  );
  for (const title of titles) {
    await page.getByRole('button', { name: `Export chart: ${title}` }).click();
    const panel = page.getByRole('group', { name: `Export: ${title}` });
    for (const format of options.formats) {
      await chooseFormat(page, title, format, options);
      for (const file of await downloadAll(page, panel, options.out)) {
        console.log(`\u2713 ${title}: ${file}`);
      }
    }
  }
  return titles.length;
}

/**
 * Clicks Download and saves what arrives: one file, or one per slide where a chart does not fit
 * one slide at projection sizes, as the panel's status then says ("Downloaded 2 slides …").
 */
async function downloadAll(page: Page, panel: Locator, out: string): Promise<string[]> {
  const status = panel.getByRole('status');
  const downloads: Download[] = [];
  const onDownload = (download: Download) => downloads.push(download);
  page.on('download', onDownload);
  try {
    // The click clears the status' count of files saved; it is set again once they are.
    await panel.getByRole('button', { name: /^Download/ }).click();
    const deadline = Date.now() + 60_000;
    let expected = 0;
    while (!expected) {
      const said = (await status.textContent()) ?? '';
      if (said.startsWith('The export failed')) fail(said, 1);
      if (Date.now() > deadline) fail(`no download within a minute (${said || 'no status'})`, 1);
      await page.waitForTimeout(100);
      expected = Number((await status.getAttribute('data-files')) ?? 0);
    }
    while (downloads.length < expected) {
      if (Date.now() > deadline) fail(`${downloads.length} of ${expected} files arrived`, 1);
      await page.waitForTimeout(100);
    }
    const pixels = /\((\d+ × \d+ px)/.exec((await status.textContent()) ?? '')?.[1];
    const saved: string[] = [];
    for (const download of downloads) {
      const file = join(out, download.suggestedFilename());
      await download.saveAs(file);
      saved.push(`${basename(file)}${pixels ? ` (${pixels})` : ''}`);
    }
    return saved;
  } finally {
    page.off('download', onDownload);
  }
}

/** Sets the export panel as a person would: the format, then each choice that applies to it. */
async function chooseFormat(page: Page, title: string, format: ExportFormat, options: Options) {
  const panel = page.getByRole('group', { name: `Export: ${title}` });
  await panel.getByRole('radio', { name: exportFormats[format].label }).check();
  if (appliesTo(format, 'preset')) await panel.getByLabel('Size').selectOption(options.preset);
  if (appliesTo(format, 'theme')) {
    await panel.getByRole('radio', { name: options.theme === 'dark' ? 'Dark' : 'Light' }).check();
  }
  if (appliesTo(format, 'density')) {
    await panel.getByRole('radio', { name: `${options.scale}x` }).check();
  }
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const dataset = checkDataset(options);
  const briefing = options.deck
    ? await prepareBriefing(
        dataset,
        { briefing: options.briefing, slides: options.slides, title: options.title },
        fail,
      )
    : undefined;
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
    if (briefing) {
      const query = isDefault ? '' : `?dataset=${datasetPath}`;
      const saved = await writeDecks(
        page,
        `${origin}/${query}`,
        briefing,
        options.deckFormats,
        options.out,
        fail,
      );
      for (const file of saved) console.log(`\u2713 ${briefing.briefing.title}: ${basename(file)}`);
      console.log(
        `Wrote ${saved.length} deck${saved.length === 1 ? '' : 's'} of ${briefing.briefing.slides.length} slides to ${options.out}`,
      );
      return;
    }
    let charts = 0;
    for (const view of options.views) {
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

// Run as a command; imported (by the test that walks the view registry), it only lends its parts.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
