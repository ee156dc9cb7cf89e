import { formatBytes } from '../src/data/formatBytes';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { join } from 'node:path';
import { maxLines, maxPointsPerLine } from '../src/domain/time/buildOverTimeChart';
import { maxChartRows } from '../src/domain/charts/capFigureRows';
import type { BundleSize } from './measureBundles';
import type { ImportRun } from './measureImport';
import type { LighthouseResult } from './measureLighthouse';

export interface ScaleResult {
  readonly estimates: number;
  /** Size of the dataset's JSON, in bytes. */
  readonly bytes: number;
  /** Milliseconds (medians of the runs) unless named otherwise. */
  readonly validate: number;
  readonly derive: number;
  readonly firstChart: number;
  readonly filterChange: number;
  readonly filterUpdate: number;
  readonly longestTask: number;
  readonly marks: number;
  readonly peakHeap: number;
}

export interface BenchResults {
  readonly date: string;
  readonly machine: Readonly<Record<string, string | number>>;
  readonly initialJs: { readonly app: BundleSize; readonly bare: BundleSize };
  readonly jsBeforeFirstChart: { readonly app: BundleSize; readonly bare: BundleSize };
  readonly firstChart: {
    readonly app: number;
    readonly bare: number;
    readonly appRuns: readonly number[];
    readonly bareRuns: readonly number[];
  };
  readonly scale: readonly ScaleResult[];
  readonly pngExport: {
    readonly chart: string;
    /** How many slides the chart takes at 16:9 (each a file). */
    readonly slides?: number;
    readonly first: number;
    readonly warm: number;
  };
  /** Importing the largest dataset as CSV through the Datasets panel, then reopening it. */
  readonly csvImport?: ImportRun & { readonly estimates: number; readonly bytes: number };
  /** A briefing of `slides` slides written as a deck, click to file, in each format. */
  readonly deckExport?: {
    readonly slides: number;
    readonly pptx: { readonly first: number; readonly warm: number };
    readonly pdf: { readonly first: number; readonly warm: number };
  };
  /** Lighthouse, mobile defaults, medians: the dashboard, a baked embed, the bare page. */
  readonly lighthouse?: {
    readonly dashboard: LighthouseResult;
    readonly embed: LighthouseResult;
    readonly floor: LighthouseResult;
  };
}

/** The issue's targets; a figure past its limit is printed as MISSED. */
export const targets = {
  initialJsRatio: 1.2,
  initialJsGoal: 1.15,
  firstChartRatio: 1.5,
  firstChartAt10kMs: 1000,
  filterChangeAt10kMs: 100,
  /** A main-thread task this long is a visible freeze: no input is answered, nothing moves. */
  longestTaskMs: 200,
  /** Figures one chart may draw: beyond it they are summarised, not drawn (bars or points). */
  marksPerChart: Math.max(maxChartRows, maxLines * maxPointsPerLine),
  /** A ten-slide deck, click to file, in either format, its code loading included. */
  deckMs: 5000,
  /** Lighthouse: the dashboard's LCP at most this share of the bare page's. */
  lcpShareOfFloor: 0.5,
  cls: 0.01,
  score: 0.95,
} as const;

const ms = (value: number) => `${Math.round(value)} ms`;
const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
const times = (value: number) => `${value.toFixed(2)}x`;
const check = (ok: boolean) => (ok ? 'met' : 'MISSED');

interface Row {
  readonly what: string;
  readonly value: string;
  readonly ratio?: string;
  readonly target?: string;
  readonly status?: string;
}

function buildRows(r: BenchResults): Row[] {
  const { app, bare } = r.initialJs;
  const gzipRatio = ratio(app.gzip, bare.gzip);
  const firstRatio = ratio(r.firstChart.app, r.firstChart.bare);
  const rows: Row[] = [
    {
      what: 'Initial JS, raw (app / bare)',
      value: `${formatBytes(app.raw)} / ${formatBytes(bare.raw)}`,
      ratio: times(ratio(app.raw, bare.raw)),
    },
    {
      what: 'Initial JS, gzip (app / bare)',
      value: `${formatBytes(app.gzip)} / ${formatBytes(bare.gzip)}`,
      ratio: times(gzipRatio),
      target: `<= ${targets.initialJsRatio}x (goal ${targets.initialJsGoal}x)`,
      status: check(gzipRatio <= targets.initialJsRatio),
    },
    {
      what: 'Initial JS, brotli (app / bare)',
      value: `${formatBytes(app.brotli)} / ${formatBytes(bare.brotli)}`,
      ratio: times(ratio(app.brotli, bare.brotli)),
    },
    {
      what: 'All JS fetched by first chart, gzip',
      value: `${formatBytes(r.jsBeforeFirstChart.app.gzip)} / ${formatBytes(r.jsBeforeFirstChart.bare.gzip)}`,
      ratio: times(ratio(r.jsBeforeFirstChart.app.gzip, r.jsBeforeFirstChart.bare.gzip)),
    },
    {
      what: 'First chart drawn, median (app / bare)',
      value: `${ms(r.firstChart.app)} / ${ms(r.firstChart.bare)}`,
      ratio: times(firstRatio),
      target: `<= ${targets.firstChartRatio}x`,
      status: check(firstRatio <= targets.firstChartRatio),
    },
  ];
  const base = r.scale[0];
  for (const s of r.scale) {
    const n = s.estimates.toLocaleString('en-GB');
    const vs = (get: (x: ScaleResult) => number) => (base ? times(ratio(get(s), get(base))) : '');
    const at10k = s.estimates === 10_000;
    rows.push(
      { what: `${n}: dataset JSON`, value: formatBytes(s.bytes) },
      { what: `${n}: parse + validate`, value: ms(s.validate), ratio: vs((x) => x.validate) },
      { what: `${n}: derive`, value: ms(s.derive), ratio: vs((x) => x.derive) },
      {
        what: `${n}: first chart drawn`,
        value: ms(s.firstChart),
        ratio: vs((x) => x.firstChart),
        ...(at10k
          ? {
              target: `<= ${targets.firstChartAt10kMs} ms`,
              status: check(s.firstChart <= targets.firstChartAt10kMs),
            }
          : {}),
      },
      {
        what: `${n}: filter change to next paint`,
        value: ms(s.filterChange),
        ratio: vs((x) => x.filterChange),
        ...(at10k
          ? {
              target: `<= ${targets.filterChangeAt10kMs} ms`,
              status: check(s.filterChange <= targets.filterChangeAt10kMs),
            }
          : {}),
      },
      {
        what: `${n}: filter change until every chart shows it`,
        value: ms(s.filterUpdate),
        ratio: vs((x) => x.filterUpdate),
      },
      {
        what: `${n}: longest main-thread task`,
        value: ms(s.longestTask),
        target: `<= ${targets.longestTaskMs} ms`,
        status: check(s.longestTask <= targets.longestTaskMs),
      },
      {
        what: `${n}: most figures drawn in one chart`,
        value: String(s.marks),
        target: `<= ${targets.marksPerChart}`,
        status: check(s.marks <= targets.marksPerChart),
      },
      {
        what: `${n}: peak JS heap (main thread)`,
        value: `${(s.peakHeap / 1e6).toFixed(0)} MB`,
        ratio: vs((x) => x.peakHeap),
      },
    );
  }
  rows.push(
    { what: `PNG export, ${pngFiles(r)}, first (loads export code)`, value: ms(r.pngExport.first) },
    { what: `PNG export, ${pngFiles(r)}, again (median)`, value: ms(r.pngExport.warm) },
  );
  const deck = r.deckExport;
  if (deck) {
    for (const [format, run] of [
      ['PPTX', deck.pptx],
      ['PDF', deck.pdf],
    ] as const) {
      for (const [when, value] of [
        ['first (loads its code)', run.first],
        ['again (median)', run.warm],
      ] as const) {
        rows.push({
          what: `${format} deck of ${deck.slides} slides, ${when}`,
          value: ms(value),
          target: `< ${targets.deckMs} ms`,
          status: check(value < targets.deckMs),
        });
      }
    }
  }
  rows.push(...buildLighthouseRows(r));
  const csv = r.csvImport;
  if (csv) {
    const n = `CSV import, ${csv.estimates.toLocaleString('en-GB')} (${formatBytes(csv.bytes)})`;
    rows.push(
      { what: `${n}: file chosen to first chart`, value: ms(csv.imported) },
      {
        what: `${n}: longest main-thread task`,
        value: ms(csv.longestTask),
        target: `<= ${targets.longestTaskMs} ms`,
        status: check(csv.longestTask <= targets.longestTaskMs),
      },
      { what: `${n}: reopened from IndexedDB, first chart`, value: ms(csv.reopened) },
    );
  }
  return rows;
}

function formatTable(rows: readonly Row[]): string {
  const header: Row = {
    what: 'Measure',
    value: 'Value',
    ratio: 'Ratio',
    target: 'Target',
    status: '',
  };
  const cells = [header, ...rows].map((row) => [
    row.what,
    row.value,
    row.ratio ?? '',
    row.target ?? '',
    row.status ?? '',
  ]);
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...cells.map((c) => (c[i] ?? '').length)));
  return cells
    .map((c) =>
      c
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Prints the table, writes bench/results.json, and the last runs into README.md's history. */
export async function reportResults(results: BenchResults, root: string): Promise<void> {
  const rows = buildRows(results);
  const m = results.machine;
  process.stdout.write(
    `\nCrosscheck benchmark, ${results.date.slice(0, 10)}: ${String(m.cpu)}, ${String(m.cores)} cores, Chromium ${String(m.chromium)}\n\n`,
  );
  process.stdout.write(`${formatTable(rows)}\n`);
  const missed = rows.filter((row) => row.status === 'MISSED').length;
  process.stdout.write(`\n${missed === 0 ? 'Every target met.' : `${missed} target(s) missed.`}\n`);
  writeFileSync(
    join(root, 'bench', 'results.json'),
    `${JSON.stringify({ ...results, targets, missed }, null, 2)}\n`,
  );
  await writeHistory(results, root);
}

async function writeHistory(r: BenchResults, root: string): Promise<void> {
  const file = join(root, 'bench', 'history.json');
  const at10k = r.scale.find((s) => s.estimates === 10_000);
  const at100k = r.scale.find((s) => s.estimates === 100_000);
  const line = [
    r.date.slice(0, 10),
    `${formatBytes(r.initialJs.app.gzip)} (${times(ratio(r.initialJs.app.gzip, r.initialJs.bare.gzip))})`,
    `${ms(r.firstChart.app)} (${times(ratio(r.firstChart.app, r.firstChart.bare))})`,
    at10k ? `${ms(at10k.firstChart)}, ${ms(at10k.filterChange)}` : '',
    at100k ? `${ms(at100k.firstChart)}, ${ms(at100k.longestTask)}` : '',
    `${ms(r.pngExport.warm)}${(r.pngExport.slides ?? 1) > 1 ? ` (${r.pngExport.slides} slides)` : ''}`,
  ];
  const history = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[][]) : [];
  const kept = [line, ...history].slice(0, 8);
  writeFileSync(file, `${JSON.stringify(kept, null, 2)}\n`);
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench-history:start -->';
  const end = '<!-- bench-history:end -->';
  if (!text.includes(start) || !text.includes(end)) return;
  const table = [
    '| Date | Initial JS gzip (vs bare) | First chart (vs bare) | 10,000: first chart, filter change | 100,000: first chart, longest task | PNG slide 2x |',
    '| --- | --- | --- | --- | --- | --- |',
    ...kept.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
  const before = text.slice(0, text.indexOf(start) + start.length);
  const after = text.slice(text.indexOf(end));
  // Formatted as `npm test` checks it, so that a run of the benchmark leaves the README tidy.
  const options = (await prettier.resolveConfig(readme)) ?? {};
  const formatted = await prettier.format(`${before}\n\n${table}\n\n${after}`, {
    ...options,
    filepath: readme,
  });
  writeFileSync(readme, formatted);
}

/** "slide 2x", or "3 slides 2x" where the first chart takes several at projection sizes. */
function pngFiles(r: BenchResults): string {
  const slides = r.pngExport.slides ?? 1;
  return slides > 1 ? `${slides} slides 2x` : 'slide 2x';
}

/** Lighthouse's figures, the dashboard's beside the bare page's, with the issue's targets. */
function buildLighthouseRows(r: BenchResults): Row[] {
  const lh = r.lighthouse;
  if (!lh) return [];
  const { dashboard: app, embed, floor } = lh;
  const pair = (a: number, b: number, format: (v: number) => string) =>
    `${format(a)} / ${format(b)}`;
  const score = (v: number) => v.toFixed(2);
  const cls = (v: number) => v.toFixed(3);
  const lcpRatio = ratio(app.lcp, floor.lcp);
  return [
    {
      what: 'Lighthouse score, dashboard / bare',
      value: pair(app.score, floor.score, score),
      ratio: times(ratio(app.score, floor.score)),
      target: `>= ${targets.score}`,
      status: check(app.score >= targets.score),
    },
    {
      what: 'Lighthouse FCP, dashboard / bare',
      value: pair(app.fcp, floor.fcp, ms),
      ratio: times(ratio(app.fcp, floor.fcp)),
    },
    {
      what: 'Lighthouse LCP, dashboard / bare',
      value: pair(app.lcp, floor.lcp, ms),
      ratio: times(lcpRatio),
      target: `<= ${targets.lcpShareOfFloor}x`,
      status: check(lcpRatio <= targets.lcpShareOfFloor),
    },
    {
      what: 'Lighthouse TBT, dashboard / bare',
      value: pair(app.tbt, floor.tbt, ms),
      ratio: times(ratio(app.tbt, floor.tbt)),
      target: '<= 1x',
      status: check(app.tbt <= floor.tbt),
    },
    {
      what: 'Lighthouse CLS, dashboard / bare',
      value: pair(app.cls, floor.cls, cls),
      target: `< ${targets.cls}`,
      status: check(app.cls < targets.cls),
    },
    {
      what: 'Lighthouse, baked embed: score, FCP, LCP, TBT, CLS',
      value: `${score(embed.score)}, ${ms(embed.fcp)}, ${ms(embed.lcp)}, ${ms(embed.tbt)}, ${cls(embed.cls)}`,
    },
  ];
}
