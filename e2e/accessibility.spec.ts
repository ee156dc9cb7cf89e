import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const views = ['', 'compare', 'casualties', 'over-time', 'forces', 'equipment', 'estimates'];

/** WCAG 2.1 A and AA rules, as axe-core checks them, on the whole page. */
async function findViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

for (const view of views) {
  for (const theme of ['light', 'dark']) {
    test(`axe finds no WCAG 2.1 AA violation: ${view || 'dashboard'}, ${theme}`, async ({
      page,
    }) => {
      const query = new URLSearchParams({
        ...(view ? { view } : {}),
        ...(theme === 'dark' ? { theme } : {}),
      });
      await page.goto(`/?${query.toString()}`);
      await expect(page.getByRole('main')).toBeVisible();
      await page.getByText('Filters: claimants, metrics, dates, which figures').click();
      const exportControl = page.getByRole('button', { name: /^Export chart/ }).first();
      if (await exportControl.count()) await exportControl.click();
      expect(await findViolations(page)).toEqual([]);
    });
  }
}

test('axe finds no violation on a refused dataset, or with a claim card open', async ({ page }) => {
  await page.goto('/?dataset=/no/such.json');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await findViolations(page)).toEqual([]);
  await page.goto('/?view=casualties');
  await page.getByRole('button', { name: /^Zelensky, as of 9 Jan 2025/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await findViolations(page)).toEqual([]);
});

for (const theme of ['light', 'dark']) {
  test(`axe finds no violation in the Datasets panel: a refused import, a deletion to confirm, ${theme}`, async ({
    page,
  }) => {
    await page.goto(theme === 'dark' ? '/?theme=dark' : '/');
    await page.getByRole('button', { name: 'Datasets' }).click();
    const panel = page.getByRole('region', { name: 'Datasets' });
    await panel.getByLabel('Or paste CSV or JSON text').fill('estimate_id,metric\n"unclosed,x');
    await panel.getByRole('button', { name: 'Import pasted text' }).click();
    await expect(panel.getByRole('alert')).toContainText('pasted text was not imported');
    expect(await findViolations(page)).toEqual([]);
    const json = JSON.stringify({
      format: 'estimates/v1',
      id: 'tiny',
      title: 'Tiny',
      updated: '2025',
      metrics: [{ id: 'm', label: 'M', unit: 'people', kind: 'other' }],
      sources: [{ id: 's', name: 'S', type: 'other' }],
      citations: [{ id: 'c', outlet: 'C', published: '2025' }],
      estimates: [],
    });
    await panel.getByLabel('Or paste CSV or JSON text').fill(json);
    await panel.getByRole('button', { name: 'Import pasted text' }).click();
    await panel.getByRole('button', { name: 'Delete Tiny' }).click();
    await expect(panel.getByRole('button', { name: 'Keep it' })).toBeFocused();
    expect(await findViolations(page)).toEqual([]);
  });
}
