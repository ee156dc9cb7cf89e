import { expect, test } from './fixtures';

test('each dashboard panel opens its full view with the chart and its table; Back returns', async ({
  page,
}) => {
  await page.goto('/');
  // Before the app has the baked page, the link loads the view as a new page (no focus to move).
  await expect(page.getByRole('button', { name: 'Datasets' })).toBeEnabled();
  await page.getByRole('link', { name: /^Open full view: Forces deployed/ }).click();
  await expect(page).toHaveURL(/\?view=forces$/);
  // Focus follows the reader to the new view's heading.
  await expect(page.getByRole('heading', { level: 2, name: 'Forces deployed' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Forces deployed', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const table = page.getByRole('table', { name: /Figures in the chart: Forces deployed/ });
  // A row per figure: 19 stated and the workers' total derived from Shoigu's two parts.
  await expect(table.getByRole('row')).toHaveCount(1 + 20);
  await expect(
    table.getByRole('row', { name: /US, S\. Korean, Ukrainian intel.*about 10,000–12,000/ }),
  ).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('figure')).toHaveCount(4);
});

test('casualties as of January 2025 show NIS 300 + 2,700 = 3,000 beside Zelensky and US intelligence', async ({
  page,
}) => {
  await page.goto('/?view=casualties');
  await page.getByLabel('Figures as of').selectOption({ label: 'end of Jan 2025' });
  await expect(page).toHaveURL(/to=2025-01/);
  const chart = page.getByRole('figure', { name: 'Casualties (killed and wounded) by claimant' });
  const svg = chart.locator('svg').first();
  await expect(svg).toShowText("Each claimant's latest figure as of Jan 2025");
  await expect(svg).toShowText('3,000 derived');
  await expect(svg).toShowText(
    'South Korea NIS, 13 Jan 2025: about 300 killed + about 2,700 wounded = about 3,000',
  );
  await expect(svg).toShowText(
    'from about 1,200 (US intelligence, Jan 2025, unverified) to about 4,000 (Zelensky, 9 Jan 2025), 3.3x apart.',
  );
  const table = page.getByRole('table', { name: /Figures in the chart/ });
  await expect(table.getByRole('row', { name: /US intelligence.*about 1,200/ })).toBeVisible();
  await expect(
    table.getByRole('row', { name: /South Korea NIS.*about 3,000.*derived/ }),
  ).toBeVisible();
});

test('over time: the metric can be changed and is kept in the URL', async ({ page }) => {
  await page.goto('/?view=over-time');
  await page.getByLabel('Metric').selectOption({ label: 'Troops sent to Russia' });
  await expect(page).toHaveURL(/metric=troops-sent/);
  await expect(
    page.getByRole('figure', { name: 'Troops sent to Russia over time, by claimant' }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Metric')).toHaveValue('troops-sent');
});

test('equipment and munitions: one chart per unit, each with its period', async ({ page }) => {
  await page.goto('/?view=equipment');
  for (const unit of ['systems', 'missiles', 'shells', 'containers']) {
    await expect(
      page.getByRole('figure', { name: new RegExp(`counted in ${unit}$`) }),
    ).toBeVisible();
  }
  const systems = page
    .getByRole('figure', { name: 'Equipment, counted in systems' })
    .locator('svg')
    .first();
  await expect(systems).toShowText('over Oct 2024 – Jan 2025');
  await expect(systems).toShowText('240 derived');
});

test('all estimates: every estimate in a table sortable by its headers', async ({ page }) => {
  await page.goto('/?view=estimates');
  const table = page.getByRole('table', { name: /All \d+ figures/ });
  // Every estimate, and the five totals derived from their parts.
  await expect(table.getByRole('row')).toHaveCount(1 + 56 + 5);

  const figureHeader = table.getByRole('columnheader', { name: /Figure/ });
  await figureHeader.getByRole('button').click();
  await expect(figureHeader).toHaveAttribute('aria-sort', 'ascending');
  // The smallest figure: Kirby's 'several dozen' of December 2024, coded as at least 12.
  await expect(table.getByRole('row').nth(1)).toContainText('us-nsc-casualties-2024-12-16');
  await figureHeader.getByRole('button').click();
  await expect(figureHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('row').nth(1)).toContainText('12,000,000');
  // The sort is part of the view's link: it survives a reload.
  await expect(page).toHaveURL(/sort=-value/);
  await page.reload();
  await expect(table.getByRole('columnheader', { name: /Figure/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(table.getByRole('link', { name: 'Newsweek, 24 Jan 2025' }).first()).toHaveAttribute(
    'href',
    'https://www.newsweek.com/north-koreas-kim-sending-more-troops-weapons-russia-putin-2020119',
  );
});
