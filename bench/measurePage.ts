import {
  chromium,
  type Browser,
  type BrowserContext,
  type Download,
  type Page,
} from 'playwright-core';
import { chromiumArgs, findChromium } from '../scripts/findChromium.mjs';
import { firstChartMark } from '../src/app/markFirstChart';
import { measurePrefix } from '../src/lib/measureTime';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
}

/** A fresh context per run: nothing cached, as on a first visit. */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  return { context, page: await context.newPage() };
}

/** Milliseconds from navigation start to the first chart's marks in the DOM. */
async function waitForFirstChart(page: Page, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(
    (name) => performance.getEntriesByName(name)[0]?.startTime,
    firstChartMark,
    { timeout, polling: 50 },
  );
  return Number(await handle.jsonValue());
}

/**
 * First chart drawn, once per run, each run in a new context; and the scripts (the page's and
 * its workers', as paths under the site) fetched by then.
 */
export async function measureFirstChart(browser: Browser, url: string, runs: number) {
  const times: number[] = [];
  const scripts = new Set<string>();
  for (let run = 0; run < runs; run += 1) {
    const { context, page } = await openPage(browser);
    const fetched: string[] = [];
    context.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.js')) fetched.push(path.slice(1));
    });
    await page.goto(url);
    times.push(await waitForFirstChart(page, 60_000));
    for (const path of fetched) scripts.add(path);
    await context.close();
  }
  return { times, scripts: [...scripts] };
}

export interface ScaleRun {
  /** Sums of the app's `crosscheck:*` measures recorded up to the first chart, in ms. */
  readonly measures: Record<string, number>;
  readonly firstChart: number;
  /** The longest main-thread task up to the first chart, in ms (the page cannot answer in it). */
  readonly longestTask: number;
  /** Click on a claimant filter to the next paint, in ms, one per click. */
  readonly filterChanges: readonly number[];
  /** Click to the paint after every chart shows the change (the view no longer busy), in ms. */
  readonly filterUpdates: readonly number[];
  /** Most figures drawn in any one chart after load (each figure has one focusable hit area). */
  readonly marks: number;
  /** Highest JavaScript heap of the page's main thread, sampled every 50 ms, in bytes. */
  readonly peakHeap: number;
}

/** Loads `url`, then changes a filter `clicks` times; see ScaleRun. */
export async function measureScale(
  browser: Browser,
  url: string,
  clicks: number,
): Promise<ScaleRun> {
  const { context, page } = await openPage(browser);
  await page.addInitScript(() => {
    const tasks: number[] = [];
    Object.assign(window, { benchLongTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.startTime, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let peakHeap = 0;
  let sampling = true;
  const sample = async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      peakHeap = Math.max(peakHeap, used);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const sampler = sample().catch(() => undefined);
  await page.goto(url);
  const firstChart = await waitForFirstChart(page, 300_000);
  const loaded = await page.evaluate(
    ({ prefix, at }) => {
      const measures: Record<string, number> = {};
      for (const entry of performance.getEntriesByType('measure')) {
        if (!entry.name.startsWith(prefix) || entry.startTime > at) continue;
        const name = entry.name.slice(prefix.length);
        measures[name] = (measures[name] ?? 0) + entry.duration;
      }
      const tasks = (window as unknown as { benchLongTasks: number[] }).benchLongTasks;
      let longestTask = 0;
      for (let i = 0; i < tasks.length; i += 2) {
        if ((tasks[i] ?? 0) <= at) longestTask = Math.max(longestTask, tasks[i + 1] ?? 0);
      }
      return { measures, longestTask };
    },
    { prefix: measurePrefix, at: firstChart },
  );
  // Let the rest of the page settle before measuring interactions.
  await page.waitForTimeout(500);
  const marks = await page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll('.chart')].map(
        (c) => c.querySelectorAll('.mark-hit-area').length,
      ),
    ),
  );
  await page.getByText('Filters: claimants', { exact: false }).click();
  const checkbox = page.getByRole('group', { name: 'Claimants' }).getByRole('checkbox').first();
  const filterChanges: number[] = [];
  const filterUpdates: number[] = [];
  for (let click = 0; click < clicks; click += 1) {
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    const [painted, updated] = await checkbox.evaluate(async (box: HTMLElement) => {
      const main = document.getElementById('main');
      const start = performance.now();
      box.click();
      // rAF runs just before the next frame is painted; a task queued from it runs after.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const first = performance.now() - start;
      while (main?.getAttribute('aria-busy') === 'true') {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }
      return [first, performance.now() - start];
    });
    filterChanges.push(painted);
    filterUpdates.push(updated);
    await page.waitForTimeout(300);
  }
  sampling = false;
  await sampler;
  await context.close();
  return { ...loaded, firstChart, filterChanges, filterUpdates, marks, peakHeap };
}

/**
 * Milliseconds from the Download click to the last file, for a 2x slide PNG of the first chart:
 * one file, or one per slide where the chart takes several (the panel's status says how many).
 */
export async function measurePngExport(browser: Browser, url: string, runs: number) {
  const { context, page } = await openPage(browser);
  await page.goto(url);
  await waitForFirstChart(page, 60_000);
  const control = page.getByRole('button', { name: /^Export chart: / }).first();
  const chart = ((await control.getAttribute('aria-label')) ?? '').replace(/^Export chart: /, '');
  await control.click();
  const panel = page.getByRole('group', { name: /^Export: / }).first();
  await panel.getByRole('radio', { name: 'PNG image' }).check();
  await panel.getByLabel('Size').selectOption('slide');
  await panel.getByRole('radio', { name: '2x' }).check();
  const times: number[] = [];
  let slides = 1;
  const status = panel.getByRole('status');
  for (let run = 0; run < runs; run += 1) {
    const downloads: Download[] = [];
    const collect = (download: Download) => downloads.push(download);
    page.on('download', collect);
    const start = Date.now();
    // The click clears the status' count of files saved; it is set again once they are.
    await panel.getByRole('button', { name: /^Download/ }).click();
    await panel.locator('[role=status][data-files]').waitFor({ timeout: 60_000 });
    slides = Number(await status.getAttribute('data-files'));
    const deadline = Date.now() + 10_000;
    while (downloads.length < slides) {
      if (Date.now() > deadline) throw new Error(`${downloads.length} of ${slides} files arrived`);
      await page.waitForTimeout(10);
    }
    await Promise.all(downloads.map((download) => download.path()));
    times.push(Date.now() - start);
    page.off('download', collect);
  }
  await context.close();
  return { chart, times, slides };
}
