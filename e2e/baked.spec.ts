import { createServer } from 'node:http';
import { request } from 'node:http';
import { bakedLayouts } from '../src/lib/bakedLayout';
import { expect, test } from './fixtures';

/**
 * The first screen baked at build (issue 17): the default dashboard and the charts' embeds arrive
 * drawn, work with scripting off, and are taken over by React without a second drawing or a
 * layout shift; embeds may be framed by other sites, the app may not; files go out compressed.
 */

/** Counts removed chart drawings and layout shifts from the very start of the page. */
async function watchDrawings(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const record = { removed: 0, shift: 0 };
    Object.assign(window, { bakeRecord: record });
    new MutationObserver((changes) => {
      for (const change of changes) {
        for (const node of change.removedNodes) {
          // Another layout's drawing, which the CSS hid, may go; the one shown may not.
          const hidden = node instanceof Element && node.matches('[data-baked-width]');
          if (node instanceof Element && !hidden && node.querySelector('.recharts-surface')) {
            record.removed++;
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        record.shift += (entry as PerformanceEntry & { value: number }).value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const readRecord = (page: import('@playwright/test').Page) =>
  page.evaluate(
    () => (window as unknown as { bakeRecord: { removed: number; shift: number } }).bakeRecord,
  );

for (const layout of bakedLayouts) {
  test(`the ${layout.name} layout is taken over without a second drawing or a shift`, async ({
    page,
    consoleErrors,
  }) => {
    await page.setViewportSize({ width: layout.viewport, height: 900 });
    await watchDrawings(page);
    await page.goto('/');
    const charts = page.getByRole('figure');
    await expect(charts).toHaveCount(4);
    // Taken over: the Datasets button is live once React has the page.
    await expect(page.getByRole('button', { name: 'Datasets' })).toBeEnabled();
    await expect(page.locator('[data-baked-width]')).toHaveCount(0);
    const boxes = await page
      .locator('.chart-box')
      .evaluateAll((all) => all.map((box) => Math.floor(box.getBoundingClientRect().width)));
    // The page's CSS still gives the widths the charts were baked at.
    expect(boxes).toEqual([
      layout.chartWidth,
      layout.chartWidth,
      layout.chartWidth,
      layout.chartWidth,
    ]);
    const record = await readRecord(page);
    expect(record.shift).toBeLessThan(0.01);
    expect(record.removed).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
}

test('a screen between the baked widths keeps each chart’s room as it is drawn live', async ({
  page,
  consoleErrors,
}) => {
  // A 1,280 px laptop: its chart boxes are 584 px, the nearest drawing 664 px, shown scaled down
  // in the room the live drawing then takes (the time chart's code is in by then, no loading line).
  await page.setViewportSize({ width: 1280, height: 900 });
  await watchDrawings(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Datasets' })).toBeEnabled();
  await expect(page.locator('[data-baked-width]')).toHaveCount(0);
  await expect(page.locator('.chart-loading')).toHaveCount(0);
  const widths = await page
    .locator('.chart-box svg.recharts-surface')
    .evaluateAll((all) => all.map((svg) => svg.getAttribute('width')));
  expect(widths).toEqual(['584', '584', '584', '584']);
  expect((await readRecord(page)).shift).toBeLessThan(0.01);
  expect(consoleErrors).toEqual([]);
});

test('a chart whose code fails to come gives way to its error card; the page is taken over', async ({
  page,
}) => {
  await page.route(/OverTimeChart-[\w-]+\.js$/, (route) => route.abort());
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Datasets' })).toBeEnabled();
  const overTime = page.getByRole('region', { name: 'Over time' });
  await expect(overTime.getByRole('alert')).toContainText('could not be drawn');
  await expect(page.getByRole('figure')).toHaveCount(3);
});

test('Inter is not let into a page it would move: the page keeps its stand-ins', async ({
  page,
}) => {
  // A stand-in far wider than Inter (a monospace font): in Inter the text would take fewer lines.
  await page.route(/assets\/index-[\w-]+\.css$/, async (route) => {
    const response = await route.fetch();
    const wider = ':root{--font-inter-fallback:monospace!important}';
    await route.fulfill({ response, body: `${await response.text()}\n${wider}` });
  });
  await page.setViewportSize({ width: 412, height: 900 });
  await watchDrawings(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Datasets' })).toBeEnabled();
  await expect(page.locator('html')).toHaveAttribute('data-fonts', 'fallback');
  expect((await readRecord(page)).shift).toBeLessThan(0.001);
});

test('what a reader does before the takeover is answered once the app has the page', async ({
  page,
}) => {
  // The dataset, and with it the takeover, is held back until the reader has acted.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/north-korea-russia-2024-2025.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('figure')).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Datasets' })).toBeDisabled();
  await page.getByRole('button', { name: /^Add to briefing: Forces deployed/ }).click();
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    const csv = [
      'estimate_id,metric,source,best,as_of,citation,source_name,source_type,citation_outlet,citation_published,metric_label,metric_unit,metric_kind,dataset_id,dataset_title,dataset_updated',
      'e1,troops,nis,"11,000",2024-12-18,c1,National Intelligence Service,intelligence,Yonhap,2024-12-19,Troops sent,people,forces,early,Early tally,2025-01-10',
    ].join('\n');
    transfer.items.add(new File([csv], 'early.csv', { type: 'text/csv' }));
    return transfer;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  // Still the baked page, not the file opened in its place, and nothing answered yet.
  await expect(page.getByRole('button', { name: 'Briefing: 0 slides' })).toBeVisible();
  release();
  await expect(page.getByRole('button', { name: 'Briefing: 1 slide' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Imported early.csv' })).toBeVisible();
});

test('with scripting off the dashboard shows its four charts and their sources', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 412, height: 900 },
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('figure')).toHaveCount(4);
  await expect(page.getByRole('figure').first()).toContainText('Sources:');
  await expect(page.getByRole('figure').first()).toContainText('South Korea NIS');
  // No script lets Inter in: it is named from the start.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^Inter,/);
  // Playwright turns scripting off for the page, not for its parser: the notice is read here.
  const html = await (await page.request.get('/')).text();
  expect(html).toMatch(/<noscript><p class="notice">Scripting is off: this is the dashboard/);
  await context.close();
});

test('the dashboard is painted before any font file is fetched, then set in Inter’s small files', async ({
  page,
}) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Datasets' })).toBeEnabled();
  await expect(page.locator('html')).toHaveAttribute('data-fonts', 'inter');
  await page.evaluate(() => document.fonts.ready);
  const weights = await page.evaluate(() =>
    [400, 600, 700].map((weight) => document.fonts.check(`${weight} 16px Inter`, 'Kirby 4,000')),
  );
  expect(weights).toEqual([true, true, true]);
  expect(fonts.filter((font) => /inter-first-\d+-/.test(font))).toHaveLength(3);
  expect(fonts.filter((font) => font.includes('inter-latin-'))).toEqual([]);
  // The first frame waited for no font: it was set in Inter's metric-matched stand-ins.
  const { paint, fetched } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
    fetched: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.woff2'))
      .map((entry) => entry.startTime),
  }));
  expect(fetched).toHaveLength(3);
  for (const start of fetched) expect(start).toBeGreaterThan(paint);
});

test('a link to another view never shows the baked dashboard', async ({ page }) => {
  await watchDrawings(page);
  await page.goto('/?view=forces');
  await expect(page.getByRole('heading', { name: 'Forces deployed', level: 2 })).toBeVisible();
  await expect(page.locator('#baked')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.dataset.baked)).toBe('off');
});

test('a baked embed shows its chart and sources without script, and links to the full view', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/embed-casualties-by-claimant.html');
  const chart = page.getByRole('figure');
  await expect(chart).toHaveCount(1);
  await expect(chart).toContainText('Sources:');
  await expect(page.getByRole('link', { name: /Open in Crosscheck/ })).toHaveAttribute(
    'href',
    './?view=casualties',
  );
  await context.close();
});

test('Embed copies an iframe of the chart that another site can frame, and the app cannot be', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?view=casualties');
  const panel = page.getByRole('figure').first();
  await expect(panel).toBeVisible();
  await page
    .getByRole('button', { name: /^Export/ })
    .first()
    .click();
  const code = page.getByLabel('Embed in a web page');
  await expect(code).toHaveValue(
    /<iframe src="[^"]+\/embed-casualties-by-claimant\.html" title="Casualties/,
  );
  await expect(code).toHaveValue(/<script async src="[^"]+\/embed\.js"><\/script>/);
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByText('Embed code copied')).toBeVisible();
  const snippet = await code.inputValue();

  // An article on another origin (localhost, not 127.0.0.1) pastes the code, and frames the app.
  const article = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(
      `<!doctype html><h1>Article</h1>${snippet}<iframe id="app" src="${baseURL ?? ''}/"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => article.listen(0, '127.0.0.1', resolve));
  const address = article.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    // A reader of the article, in a browser of their own (the site's pages never call other hosts).
    const readerContext = await browser.newContext();
    const reader = await readerContext.newPage();
    await reader.goto(`http://localhost:${port}/`);
    const embed = reader.frameLocator('iframe[title^="Casualties"]');
    await expect(embed.getByRole('figure')).toBeVisible();
    // embed.js set the iframe's height from the embed's own.
    await expect
      .poll(() =>
        reader
          .locator('iframe[title^="Casualties"]')
          .evaluate((f) => f.getBoundingClientRect().height),
      )
      .toBeGreaterThan(1000);
    await expect(reader.frameLocator('#app').getByRole('figure')).toHaveCount(0);
    await readerContext.close();
  } finally {
    article.close();
  }
});

test('npm start sends brotli, caches hashed files for good and revalidates the rest', async ({
  baseURL,
}) => {
  const get = (path: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>(
      (resolve, reject) => {
        request(`${baseURL ?? ''}${path}`, { headers }, (response) => {
          response.resume();
          resolve({ status: response.statusCode ?? 0, headers: response.headers });
        })
          .on('error', reject)
          .end();
      },
    );
  const page = await get('/', { 'Accept-Encoding': 'br, gzip' });
  expect(page.headers['content-encoding']).toBe('br');
  expect(page.headers['cache-control']).toBe('no-cache');
  expect(page.headers.vary).toBe('Accept-Encoding');
  const etag = String(page.headers.etag);
  expect((await get('/', { 'Accept-Encoding': 'br', 'If-None-Match': etag })).status).toBe(304);
  expect((await get('/', { 'Accept-Encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
  const html = await (await fetch(`${baseURL ?? ''}/`)).text();
  const script = /"\.\/(assets\/index-[\w-]+\.js)"/.exec(html)?.[1] ?? '';
  const asset = await get(`/${script}`, { 'Accept-Encoding': 'br' });
  expect(asset.headers['content-encoding']).toBe('br');
  expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  const embed = await get('/embed-casualties-by-claimant.html', {});
  expect(String(embed.headers['content-security-policy'])).toContain('frame-ancestors *');
  expect(String(page.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
});
