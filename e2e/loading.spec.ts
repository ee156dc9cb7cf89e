import { expect, fixtureUrl, serveFixture, test } from './fixtures';

test('another valid dataset via ?dataset= is shown in full, with its own sources', async ({
  page,
  consoleErrors,
}) => {
  await serveFixture(page, 'harbour-strike.json');
  await page.goto(`/?dataset=${fixtureUrl('harbour-strike.json')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Harbour strike: damage claims (invented test data)',
  );
  const vessels = page.getByRole('figure', { name: 'Equipment, counted in vessels' });
  const svg = vessels.locator('svg').first();
  await expect(svg).toShowText('Veltra Port Authority → Tide Times, 10 Mar 2021');
  await expect(svg).toShowText('Salvage Guild → Guild Bulletin No. 3, Mar 2021');
  await expect(svg).toShowText('26 derived');
  await expect(svg).toShowText('30–41');
  await expect(page.getByText('Koksan')).toHaveCount(0);
  // Switching views keeps the dataset.
  await page.getByRole('link', { name: 'All estimates' }).click();
  await expect(page).toHaveURL(/dataset=.*harbour-strike\.json.*view=estimates/);
  await expect(page.getByRole('table')).toContainText('Port Authority of Veltra');
  expect(consoleErrors).toEqual([]);
});

test('a CSV dataset named in the address is read like an import', async ({
  page,
  consoleErrors,
}) => {
  // data/sample.csv is published at the site's root with the default dataset.
  await page.goto('/?dataset=/sample.csv&view=estimates');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Sample: North Korean troops and casualties in Russia's war against Ukraine, 2024-2025",
  );
  await expect(page.getByText('23 estimates from 11 claimants')).toBeVisible();
  await expect(page.getByRole('table')).toContainText('close to 1,000');
  expect(consoleErrors).toEqual([]);
});

test('a broken dataset is refused whole, with every problem and its path', async ({ page }) => {
  await serveFixture(page, 'broken.json');
  await page.goto(`/?dataset=${fixtureUrl('broken.json')}`);
  await expect(page.getByRole('alert')).toContainText('The dataset was refused');
  const problems = page
    .getByRole('list', { name: 'Problems in the dataset' })
    .getByRole('listitem');
  await expect(problems).toHaveCount(9);
  await expect(
    problems.filter({ hasText: 'estimates[0].value.low: must not exceed high (9 > 5)' }),
  ).toHaveCount(1);
  await expect(
    problems.filter({ hasText: 'estimates[1].source: unknown source "harbour-master"' }),
  ).toHaveCount(1);
  await expect(
    problems.filter({ hasText: 'estimates[2].asOf: "2021-02-30" is not a real date' }),
  ).toHaveCount(1);
  await expect(problems.filter({ hasText: 'estimates[3].valeu: unknown key' })).toHaveCount(1);
  await expect(
    problems.filter({ hasText: 'citations[0].url: must be an absolute http: or https: URL' }),
  ).toHaveCount(1);
  await expect(page.getByRole('figure')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Open the default dataset' })).toBeVisible();
});

test('while loading, a progress indicator says what is being fetched', async ({ page }) => {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.endsWith('/north-korea-russia-2024-2025.json'),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  // The dashboard by a link of its own: `/` arrives baked, drawn before the dataset loads.
  await page.goto('/?view=dashboard');
  await expect(page.getByRole('progressbar', { name: 'Loading the dataset' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(
    'Loading ./north-korea-russia-2024-2025.json',
  );
  await expect(page.getByRole('figure')).toHaveCount(0);
  release();
  await expect(page.getByRole('figure')).toHaveCount(4);
});

test('a link to another site is refused without requesting it', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) foreign.push(request.url());
  });
  await page.goto('/?dataset=https://example.org/data.json');
  await expect(page.getByRole('alert')).toContainText('Only datasets from this site can be opened');
  expect(foreign).toEqual([]);
});
