import type { Browser } from 'playwright-core';
import { firstChartMark } from '../src/app/markFirstChart';

export interface ImportRun {
  /** File chosen to the imported dataset's first chart drawn, in ms. */
  readonly imported: number;
  /** The longest main-thread task meanwhile, in ms: reading and checking is the worker's. */
  readonly longestTask: number;
  /** A reload of the imported dataset (read from IndexedDB) to its first chart, in ms. */
  readonly reopened: number;
}

/**
 * Imports a CSV file through the Datasets panel as a person would, then reloads the page to
 * open it again from the browser's storage.
 */
export async function measureImport(
  browser: Browser,
  url: string,
  file: string,
  title: string,
): Promise<ImportRun> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: number[] = [];
    Object.assign(window, { benchLongTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.startTime, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.getByRole('figure').first().locator('svg').first().waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Datasets' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  const since = await page.evaluate(() => performance.now());
  const start = Date.now();
  await (await chooser).setFiles(file);
  await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 120_000 });
  await page.getByRole('figure').first().locator('svg').first().waitFor({ timeout: 60_000 });
  const imported = Date.now() - start;
  const longestTask = await page.evaluate((from) => {
    const tasks = (window as unknown as { benchLongTasks: number[] }).benchLongTasks;
    let longest = 0;
    for (let at = 0; at < tasks.length; at += 2) {
      if ((tasks[at] ?? 0) >= from) longest = Math.max(longest, tasks[at + 1] ?? 0);
    }
    return longest;
  }, since);
  await page.reload();
  const mark = await page.waitForFunction(
    (name) => performance.getEntriesByName(name)[0]?.startTime,
    firstChartMark,
    { timeout: 60_000, polling: 50 },
  );
  const reopened = Number(await mark.jsonValue());
  await context.close();
  return { imported, longestTask, reopened };
}
