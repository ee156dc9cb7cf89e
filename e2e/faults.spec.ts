import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Each fault a server or network can produce, made by routing the default dataset's request:
 * the person is told what happened, offered Retry where retrying can help, and Retry works.
 */
const isDataset = (url: URL) => url.pathname.endsWith('/north-korea-russia-2024-2025.json');

/**
 * Routes the default dataset: `fault` answers while `faulty` is true, after which requests go
 * through. Returns the count of attempts and the switch.
 */
async function routeDataset(page: Page, fault: (route: Route) => Promise<void> | void) {
  const state = { attempts: 0, faulty: true };
  await page.route(isDataset, async (route) => {
    state.attempts += 1;
    await (state.faulty ? fault(route) : route.continue());
  });
  return state;
}

/**
 * Opens the dashboard and expects the fault's card: its heading and, when given, its message.
 * Retried faults wait 1 s + 2 s between attempts by design, so the card may take a while on a busy
 * machine; the wait allows for that rather than measuring it.
 */
async function expectFault(page: Page, heading: string, message?: string) {
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText(heading, { timeout: 20_000 });
  if (message) await expect(alert).toContainText(message);
}

async function expectRetryLoads(page: Page, state: { faulty: boolean }) {
  await expect(page.getByRole('figure')).toHaveCount(0);
  state.faulty = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('figure')).toHaveCount(4);
}

test('a missing dataset (404) says so, with the status and the path', async ({ page }) => {
  await page.goto('/?dataset=/no/such/file.json');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText(
    'Dataset not found (404): /no/such/file.json',
  );
  await expect(alert).toContainText('The server answered 404 Not Found for /no/such/file.json.');
  await expect(page.getByRole('figure')).toHaveCount(0);
  // Retrying cannot make a missing file appear; the way forward is the default dataset.
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Open the default dataset' }).click();
  await expect(page.getByRole('figure')).toHaveCount(4);
});

test('a server error (500) is retried twice, then offers Retry', async ({ page }) => {
  const state = await routeDataset(page, (route) =>
    route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' }),
  );
  await expectFault(
    page,
    'The server failed (HTTP 500)',
    'The server answered 500 Internal Server Error for ./north-korea-russia-2024-2025.json.',
  );
  expect(state.attempts).toBe(3);
  await expectRetryLoads(page, state);
});

test('a connection refused is retried twice, then offers Retry', async ({ page }) => {
  const state = await routeDataset(page, (route) => route.abort('connectionrefused'));
  await expectFault(page, 'Could not reach the server');
  expect(state.attempts).toBe(3);
  await expectRetryLoads(page, state);
});

test('a server that never answers times out after 30 seconds without a reply', async ({ page }) => {
  await page.clock.install();
  const state = await routeDataset(page, () => undefined);
  // The dashboard by a link of its own: `/` arrives baked, drawn before the dataset loads.
  await page.goto('/?view=dashboard');
  await expect(page.getByRole('progressbar', { name: 'Loading the dataset' })).toBeVisible();
  // The wait is for the server: time moves once the request is out (a busy machine may take a
  // moment to start the dataset worker that makes it).
  await expect.poll(() => state.attempts).toBe(1);
  // The page's clock runs on while the request makes its way out and is seen here (a second or
  // more on a busy machine), so "not yet" is asked at 25 seconds, not a hair before 30.
  await page.clock.fastForward(25_000);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.clock.fastForward(5_000);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('The server stopped answering');
  await expect(alert).toContainText(
    'The server sent no answer for ./north-korea-russia-2024-2025.json within 30 seconds.',
  );
  // A timeout is not retried without asking: the person has waited long enough.
  expect(state.attempts).toBe(1);
  await expectRetryLoads(page, state);
});

test('a slow answer (10 seconds) says the app is still waiting, then loads', async ({ page }) => {
  // The page's clock moves only when the test moves it, so that "waited 10 seconds" means ten
  // seconds of the page's time however busy the machine is.
  const start = Date.parse('2026-01-05T09:00:00Z');
  await page.clock.install({ time: start });
  await page.clock.pauseAt(start + 1_000);
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route(isDataset, async (route) => {
    await answered;
    await route.continue();
  });
  // The dashboard by a link of its own: `/` arrives baked, drawn before the dataset loads.
  await page.goto('/?view=dashboard');
  await page.clock.runFor(500);
  const status = page.getByRole('status');
  await expect(status).toContainText('Loading ./north-korea-russia-2024-2025.json');
  await expect(status).not.toContainText('Still waiting');
  await page.clock.runFor(5_500);
  await expect(status).toContainText(
    'Still waiting for the server to answer. Crosscheck waits up to 30 seconds for a reply',
  );
  await page.clock.runFor(4_000);
  await expect(page.getByText('Waited 10 seconds so far.')).toBeVisible();
  answer();
  await page.clock.resume();
  await expect(page.getByRole('figure')).toHaveCount(4);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a body cut off part-way is retried, then said to be incomplete, with Retry', async ({
  page,
}) => {
  let cut: Promise<string> | undefined;
  const state = await routeDataset(page, async (route) => {
    cut ??= route
      .fetch()
      .then((response) => response.text())
      .then((whole) => whole.slice(0, Math.floor(whole.length * 0.6)));
    await route.fulfill({ status: 200, contentType: 'application/json', body: await cut });
  });
  await expectFault(
    page,
    'The dataset arrived incomplete',
    './north-korea-russia-2024-2025.json stops part-way: its JSON ends before every object and list is closed',
  );
  expect(state.attempts).toBe(3);
  await expectRetryLoads(page, state);
});

test('a web page instead of JSON is named as such, without Retry', async ({ page }) => {
  // What many servers send for a path they do not have: their home page, with status 200.
  await routeDataset(page, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><title>Welcome</title><h1>Welcome to our site</h1>',
    }),
  );
  await expectFault(
    page,
    'A web page came back instead of the dataset',
    './north-korea-russia-2024-2025.json came back as a web page (HTML) (sent as text/html), not as JSON.',
  );
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Welcome to our site' })).toHaveCount(0);
});

test('a chart that fails to draw gives way to an error card; the rest keeps working', async ({
  page,
}) => {
  // Simulates a drawing fault in one chart: measuring its title's first word (text is measured
  // word by word) throws, until told not to. No other chart on the page has that word. Text is
  // measured on the canvas when Inter's advance table does not load, as here.
  await page.route(/inter-advances/, (route) => route.abort());
  await page.addInitScript(() => {
    const prototype = CanvasRenderingContext2D.prototype;
    const measure = Object.getOwnPropertyDescriptor(prototype, 'measureText')?.value as (
      this: CanvasRenderingContext2D,
      text: string,
    ) => TextMetrics;
    const flags = window as unknown as { healed?: boolean };
    prototype.measureText = function (text: string) {
      if (!flags.healed && text === 'Equipment,') {
        throw new Error('simulated fault: text could not be measured');
      }
      return measure.call(this, text);
    };
  });
  await page.goto('/');
  const equipment = page.getByRole('region', { name: 'Equipment and munitions' });
  const card = equipment.getByRole('alert');
  await expect(card).toContainText('This chart could not be drawn: Equipment, counted in systems');
  await expect(card).toContainText('simulated fault: text could not be measured');
  // Never half a chart: the failed one is gone whole, the other three are drawn.
  await expect(equipment.getByRole('figure')).toHaveCount(0);
  await expect(page.getByRole('figure')).toHaveCount(3);
  // The rest works: a claim card opens, and another view can be chosen.
  await page
    .getByRole('figure', { name: /^Casualties/ })
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Open full view: Equipment and munitions' }).click();
  await expect(page.getByRole('alert').first()).toContainText('This chart could not be drawn');
  await expect(page.getByRole('table').first()).toContainText('Koksan');
  // Once the fault is gone, Try again draws the chart.
  await page.evaluate(() => ((window as unknown as { healed: boolean }).healed = true));
  await page.getByRole('button', { name: 'Try again' }).first().click();
  await expect(page.getByRole('figure', { name: 'Equipment, counted in systems' })).toBeVisible();
});
