import type { Route } from '@playwright/test';
import { generateLargeDataset } from '../src/testing/factories/generateLargeDataset';
import { expect, fixtureUrl, test } from './fixtures';

// A war's worth of figures: the page loads them in the background, draws what a person can read
// and says what it left out; every figure stays reachable a page at a time. No timings here:
// speed is `npm run bench`'s to measure.
test('20,000 estimates: charts draw at most 40 figures, say what they leave out, and the table pages', async ({
  page,
  consoleErrors,
}) => {
  test.slow();
  const body = JSON.stringify(generateLargeDataset(20_000));
  await page.route(
    (url) => url.pathname === fixtureUrl('large.json'),
    (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto(`/?dataset=${fixtureUrl('large.json')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Generated dataset of 20,000 estimates',
    { timeout: 60_000 },
  );
  for (const panel of ['Casualties by claimant', 'Forces deployed', 'Equipment and munitions']) {
    const figure = page.getByRole('region', { name: panel }).getByRole('figure');
    await expect(figure.getByRole('button').first()).toBeVisible();
    expect(await figure.getByRole('button').count()).toBeLessThanOrEqual(40);
    await expect(figure).toContainText('Not drawn, to keep the chart readable');
  }
  const overTime = page.getByRole('region', { name: 'Over time' }).getByRole('figure');
  await expect(overTime).toContainText('Drawn: the 8 claimants with the most figures');
  await expect(overTime.getByRole('button').first()).toBeVisible();
  expect(await overTime.getByRole('button').count()).toBeLessThanOrEqual(8 * 15);

  await page.getByRole('link', { name: 'All estimates' }).click();
  const pages = page.getByRole('navigation', { name: 'Pages of figures' });
  await expect(pages.getByRole('status')).toHaveText(/^Figures 1–100 of [\d,]+$/);
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(101);
  await pages.getByRole('button', { name: 'Next page of figures' }).click();
  await expect(pages.getByRole('status')).toHaveText(/^Figures 101–200 of /);
  expect(consoleErrors).toEqual([]);
});
