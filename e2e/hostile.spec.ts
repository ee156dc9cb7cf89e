import { readFileSync } from 'node:fs';
import { expect, fixtureUrl, serveFixture, test } from './fixtures';

/** Markup and code written into a dataset (e2e/fixtures/hostile.json) must only ever be text. */
const pwned = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

test('markup and code in a dataset stay text in every view: nothing runs, nothing is inserted', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await serveFixture(page, 'hostile.json');
  await page.goto(`/?dataset=${fixtureUrl('hostile.json')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '<img src=x onerror="window.__pwned=1">Hostile strings (invented test data)',
  );
  await expect(page.getByText('<script>window.__pwned=2</script> Every string')).toBeVisible();
  const views = ['Over time', 'Equipment and munitions', 'All estimates', 'Compare', 'Dashboard'];
  for (const view of views) {
    await page.getByRole('navigation').getByRole('link', { name: view, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.failure-card')).toHaveCount(0);
    const inserted = page.locator(
      'img, iframe, script:not([src]), b, [onerror], [onload], [onclick], [onmouseover]',
    );
    await expect(inserted).toHaveCount(0);
  }
  await expect(page.getByRole('figure').first()).toContainText('<b onclick=alert(4)>B</b>');
  expect(await pwned(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('a claim card links its publications only over http(s), in a new tab, without a referrer', async ({
  page,
}) => {
  await serveFixture(page, 'hostile.json');
  await page.goto(`/?dataset=${fixtureUrl('hostile.json')}&view=estimates`);
  const links = page.getByRole('link', { name: /^Tide Times/ });
  await expect(links.first()).toBeVisible();
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('href', /^https:\/\/example\.org\/tide\/0310\?q=/);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
  await expect(
    page.getByText('"><a href="javascript:window.__pwned=7">click</a>').first(),
  ).toBeVisible();
  expect(await pwned(page)).toBeUndefined();
});

test('a byte-order mark and a wrong content type do not stop a good dataset', async ({ page }) => {
  const body = `\uFEFF${readFileSync(new URL('./fixtures/harbour-strike.json', import.meta.url), 'utf8')}`;
  await page.route(
    (url) => url.pathname === '/e2e-fixtures/labelled-as-text.json',
    (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body }),
  );
  await page.goto('/?dataset=/e2e-fixtures/labelled-as-text.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Harbour strike: damage claims (invented test data)',
  );
});
