import { expect, test } from './fixtures';

const casualties = 'Casualties (killed and wounded) by claimant';

test('compare: which totals can be compared, how far apart, on whose word, within a window', async ({
  page,
}) => {
  await page.goto('/?view=compare');
  await page.getByText('Filters: claimants, metrics, dates, which figures').click();
  const to = page.getByRole('textbox', { name: 'To', exact: true });
  await to.fill('2025-01');
  await to.press('Enter');
  await expect(page).toHaveURL(/view=compare&to=2025-01$/);
  const stats = page.getByRole('definition');
  await expect(stats.nth(0)).toHaveText(
    'about 1,200 people (US intelligence, Jan 2025, unverified)',
  );
  await expect(stats.nth(1)).toHaveText('about 4,000 people (Zelensky, 9 Jan 2025)');
  await expect(stats.nth(3)).toHaveText('3.3x');
  const summary = page.getByRole('figure', { name: casualties });
  await expect(summary).toHaveAccessibleDescription(
    /Estimates of casualties \(killed and wounded\) range from about 1,200 \(US intelligence, Jan 2025, unverified\) to about 4,000 \(Zelensky, 9 Jan 2025\), 3\.3 times apart/,
  );
  await expect(
    page.getByText(
      /South Korea NIS's total of about 3,000 \(13 Jan 2025\) is derived from about 300 killed and about 2,700 wounded/,
    ),
  ).toBeVisible();
  await expect(
    page.getByText(
      /not comparable: .*Western officials \(BBC\) \(Jan 2025 · battle casualties, including missing and captured\)/,
    ),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText(
    'hidden: figures after Jan 2025',
  );
});

test('a pasted link reproduces the view exactly, and back and forward step through changes', async ({
  page,
}) => {
  const link = '/?view=forces&claimants=kr-nis,us-dod&from=2024-10&mode=latest&theme=dark';
  await page.goto(link);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const rows = page
    .getByRole('table', { name: /Figures in the chart: Forces deployed/ })
    .getByRole('row');
  await expect(rows).toHaveCount(1 + 5);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText(
    '13 of 15 claimants',
  );

  await page.getByText('Filters: claimants, metrics, dates, which figures').click();
  await page.getByRole('radio', { name: 'Every dated figure' }).check();
  await expect(page).toHaveURL(/claimants=kr-nis,us-dod&from=2024-10&theme=dark$/);
  await page.getByRole('checkbox', { name: /^US Pentagon/ }).uncheck();
  await expect(page).toHaveURL(/claimants=kr-nis&from=2024-10&theme=dark$/);

  await page.goBack();
  await expect(page).toHaveURL(/claimants=kr-nis,us-dod&from=2024-10&theme=dark$/);
  await page.goBack();
  await expect(page).toHaveURL(/mode=latest/);
  await expect(rows).toHaveCount(1 + 5);
  await page.goForward();
  await expect(page.getByRole('radio', { name: 'Every dated figure' })).toBeChecked();

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\?view=forces&theme=dark$/);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText(
    'nothing filtered out',
  );
});

test("the device's dark theme is honoured unless the link chooses, and the toggle shows its state", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveText('Dark themeOn');
  await toggle.click();
  await expect(page).toHaveURL(/\?theme=light$/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toHaveText('Dark themeOff');

  // The link's choice holds whatever the device says; without one, the page follows the device.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a stale link falls back with a visible notice, never a crash', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/?view=compare&metric=tanks&claimants=kr-nis,nobody&mode=sometimes&to=2025-13');
  for (const notice of [
    '"sometimes" is not a mode',
    '"2025-13" is not a date',
    'This dataset has no claimant "nobody"; ignored.',
    'This dataset has no metric "tanks"',
  ]) {
    await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
  }
  await expect(page.getByRole('figure', { name: casualties })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('hovering or focusing a claimant highlights it in every chart and table', async ({ page }) => {
  await page.goto('/?view=casualties');
  const row = page
    .getByRole('table', { name: /Figures in the chart/ })
    .getByRole('row', { name: /^Zelensky/ });
  const mark = page.getByRole('button', { name: /^Zelensky, as of 9 Jan 2025/ });
  await mark.focus();
  await expect(row).toHaveClass(/is-highlighted/);
  await expect(page.locator('.highlight-veil')).not.toHaveCount(0);
  await page.keyboard.press('Escape');
  // Focus and pointer both away: nothing is highlighted, so the hover below is what lights it.
  await mark.blur();
  await page.mouse.move(0, 0);
  await expect(row).not.toHaveClass(/is-highlighted/);
  await row.hover();
  await expect(row).toHaveClass(/is-highlighted/);
});

test('Copy link puts the exact view on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?view=over-time&metric=troops-sent');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/\?view=over-time&metric=troops-sent&fp=[0-9a-f]{6}$/,
  );
});

for (const view of ['compare', 'casualties', 'over-time', 'forces', 'equipment', 'estimates']) {
  test(`keyboard only: ${view} can be reached, used and its figures opened`, async ({ page }) => {
    await page.goto('/');
    // From the top of the page, Tab to the view's link and open it.
    const link = page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link')
      .filter({
        hasText: new RegExp(
          `^${view === 'over-time' ? 'Over time' : view === 'estimates' ? 'All estimates' : view.slice(0, 5)}`,
          'i',
        ),
      });
    for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`view=${view}`));
    // The view is drawn just after the link is followed: wait for the main region to be it.
    const title = ((await link.textContent()) ?? '').trim();
    const main = page.getByRole('main', { name: title, exact: true });
    await expect(main.getByRole('heading', { level: 2, name: title, exact: true })).toBeFocused();
    if (view === 'estimates') {
      const sortButton = page.getByRole('button', { name: /^Figure/ });
      for (
        let i = 0;
        i < 80 && !(await sortButton.evaluate((el) => el === document.activeElement));
        i++
      ) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/sort=value/);
      return;
    }
    // Tab on to the first data point of the chart and open its card.
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const role = await page.evaluate(() => document.activeElement?.getAttribute('class'));
      if (role === 'mark-hit-area') break;
    }
    await expect(page.locator('.mark-hit-area:focus')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });
}

test('a comparison whose ends are months apart offers, on screen only, to compare as of one time', async ({
  page,
}) => {
  await page.goto('/?view=compare');
  const hint = page.getByRole('link', { name: 'Compare them as of the end of Jan 2025' });
  await expect(hint).toBeVisible();
  await expect(
    page.getByText('They were given 5 months apart, and running totals grow.').first(),
  ).toBeVisible();
  await expect(page.getByText(/pick an earlier date/)).toHaveCount(0);
  await hint.click();
  await expect(page).toHaveURL(/\?view=compare&to=2025-01$/);
  await expect(page.getByRole('combobox', { name: 'Figures as of' })).toHaveValue('2025-01');
  await expect(hint).toHaveCount(0);
});
