// `npm run bench`: builds the production site and a bare page (React + one Recharts bar chart),
// then measures both in headless Chromium on localhost and prints every figure with its target.
// Writes bench/results.json and the history table in README.md. See README, "Performance".
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createSiteServer, dist, root } from '../scripts/site.mjs';
import { writeDatasetCsv } from '../src/data/csv/writeDatasetCsv';
import { generateLargeDataset } from '../src/testing/factories/generateLargeDataset';
import { buildBarePage, measureFiles, measureInitialJs } from './measureBundles';
import {
  launchBrowser,
  measureFirstChart,
  measurePngExport,
  measureScale,
  type ScaleRun,
} from './measurePage';
import { measureImport } from './measureImport';
import { measureDeckExport } from './measureDeck';
import { measureLighthouse, median } from './measureLighthouse';
import { reportResults, type BenchResults, type ScaleResult } from './reportResults';

const sizes = [100, 1_000, 10_000, 100_000];
const firstChartRuns = 7;
const scaleRuns = 3;
const filterClicks = 6;
const lighthouseRuns = 3;

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
    });
  });
}

log('building the app (npm run build)');
const built = spawnSync('npm', ['run', 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (built.status !== 0) process.exit(built.status ?? 1);
const bareDir = join(root, 'bench', '.out', 'bare');
log('building the bare page');
await buildBarePage(root, bareDir);

const dataDir = join(tmpdir(), 'crosscheck-bench');
mkdirSync(dataDir, { recursive: true });
const files: Record<string, string> = {};
const datasetBytes: Record<number, number> = {};
for (const size of sizes) {
  log(`generating ${size.toLocaleString('en-GB')} estimates`);
  const text = JSON.stringify(generateLargeDataset(size));
  const file = join(dataDir, `${size}.json`);
  writeFileSync(file, text);
  files[`/bench-data/${size}.json`] = file;
  datasetBytes[size] = Buffer.byteLength(text);
}

// The largest dataset again, as the CSV a spreadsheet user would import.
const csvText = writeDatasetCsv(generateLargeDataset(sizes[sizes.length - 1] ?? 0));
const csvFile = join(dataDir, 'import.csv');
writeFileSync(csvFile, csvText);
const csvBytes = Buffer.byteLength(csvText);

// One server, `npm start`'s, for the app and the bare page (under /bare/), as Lighthouse sees them.
const appServer = createSiteServer(files, { '/bare/': bareDir });
const appUrl = await listen(appServer);
const bareUrl = `${appUrl}bare/`;
const browser = await launchBrowser();
try {
  log(`first chart, ${firstChartRuns} runs each: app and bare page`);
  const appFirst = await measureFirstChart(browser, appUrl, firstChartRuns);
  const bareFirst = await measureFirstChart(browser, bareUrl, firstChartRuns);
  const scale: ScaleResult[] = [];
  for (const size of sizes) {
    log(`${size.toLocaleString('en-GB')} estimates, ${scaleRuns} runs`);
    const runs: ScaleRun[] = [];
    for (let run = 0; run < scaleRuns; run += 1) {
      runs.push(
        await measureScale(browser, `${appUrl}?dataset=./bench-data/${size}.json`, filterClicks),
      );
    }
    const pick = (get: (r: ScaleRun) => number) => median(runs.map(get));
    scale.push({
      estimates: size,
      bytes: datasetBytes[size] ?? 0,
      validate: pick((r) => (r.measures.parse ?? 0) + (r.measures.validate ?? 0)),
      derive: pick((r) =>
        Object.entries(r.measures).reduce(
          (sum, [name, ms]) => sum + (name.startsWith('derive') ? ms : 0),
          0,
        ),
      ),
      firstChart: pick((r) => r.firstChart),
      filterChange: median(runs.flatMap((r) => r.filterChanges)),
      filterUpdate: median(runs.flatMap((r) => r.filterUpdates)),
      longestTask: pick((r) => r.longestTask),
      marks: pick((r) => r.marks),
      peakHeap: Math.max(...runs.map((r) => r.peakHeap)),
    });
  }
  const largest = sizes[sizes.length - 1] ?? 0;
  log(`CSV import of ${largest.toLocaleString('en-GB')} estimates`);
  const importRun = await measureImport(
    browser,
    appUrl,
    csvFile,
    generateLargeDataset(largest).title,
  );
  log('PNG export at 2x');
  const png = await measurePngExport(browser, appUrl, 4);
  log('a ten-slide deck as PPTX and PDF');
  const deck = await measureDeckExport(
    browser,
    appUrl,
    join(root, 'data', 'north-korea-russia-2024-2025.json'),
    3,
  );
  log(`Lighthouse (mobile defaults), ${lighthouseRuns} runs each: dashboard, embed, bare page`);
  const lighthouse = {
    dashboard: await measureLighthouse(appUrl, lighthouseRuns),
    embed: await measureLighthouse(`${appUrl}embed-casualties-by-claimant.html`, lighthouseRuns),
    floor: await measureLighthouse(bareUrl, lighthouseRuns),
  };
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: availableParallelism(),
      memoryGb: Math.round(totalmem() / 1e9),
      node: process.version,
      chromium: browser.version(),
    },
    initialJs: { app: measureInitialJs(dist), bare: measureInitialJs(bareDir) },
    jsBeforeFirstChart: {
      app: measureFiles(dist, appFirst.scripts),
      // Fetched under /bare/ from the one server: paths in bench/.out/bare/.
      bare: measureFiles(
        bareDir,
        bareFirst.scripts.map((script) => script.replace(/^bare\//, '')),
      ),
    },
    firstChart: {
      app: median(appFirst.times),
      bare: median(bareFirst.times),
      appRuns: appFirst.times,
      bareRuns: bareFirst.times,
    },
    scale,
    pngExport: {
      chart: png.chart,
      slides: png.slides,
      first: png.times[0] ?? 0,
      warm: median(png.times.slice(1)),
    },
    csvImport: { estimates: largest, bytes: csvBytes, ...importRun },
    deckExport: {
      slides: deck.slides,
      pptx: { first: deck.times.pptx[0] ?? 0, warm: median(deck.times.pptx.slice(1)) },
      pdf: { first: deck.times.pdf[0] ?? 0, warm: median(deck.times.pdf.slice(1)) },
    },
    lighthouse,
  };
  await reportResults(results, root);
} finally {
  await browser.close();
  appServer.close();
}
