import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/findChromium.mjs';
import { expect, test } from './fixtures';

/**
 * Bringing one's own data: import by picker, drop and paste; kept across reloads and a browser
 * restart; deleted with confirmation and undone; broken files refused with row and column;
 * downloaded back identical; links made on another version of a dataset flagged.
 */

/** An analyst's tally as a spreadsheet saves it: thousands separators, a partial date, Cyrillic. */
const tally = [
  'estimate_id,metric,source,best,low,high,as_of,citation,source_name,source_type,citation_outlet,citation_published,metric_label,metric_unit,metric_kind,dataset_id,dataset_title,dataset_updated',
  'e1,troops,gur,"11,000",,,2024-11,c1,Головне управління розвідки,intelligence,Укрінформ,2024-11-05,Troops sent,people,forces,my-tally,My tally of troops,2025-01-10',
  'e2,troops,nis,,"10,000","12,000",2024-12-18,c2,National Intelligence Service,intelligence,"Yonhap, Seoul",2024-12-19,,,,,,',
].join('\n');

const firstFile = { name: 'tally.csv', mimeType: 'text/csv', buffer: Buffer.from(tally) };

async function openDatasets(page: Page) {
  const button = page.getByRole('button', { name: 'Datasets' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  return page.getByRole('region', { name: 'Datasets' });
}

async function importByPicker(page: Page, file = firstFile) {
  const panel = await openDatasets(page);
  const chooser = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(file);
  return panel;
}

/** The tally's figures, charted with who said them. */
async function expectTallyShown(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My tally of troops');
  const forces = page.getByRole('figure').filter({ hasText: 'Forces deployed' });
  await expect(forces).toShowText('11,000');
  await expect(forces).toShowText('10,000–12,000');
  await expect(forces).toShowText('Укрінформ');
  await expect(forces).toShowText('Yonhap, Seoul');
}

test('a CSV chosen with the file picker is charted with attribution, and kept after a reload', async ({
  page,
}) => {
  await page.goto('/');
  const panel = await importByPicker(page);
  await expect(panel.getByRole('status').filter({ hasText: 'Imported tally.csv' })).toContainText(
    '“My tally of troops”, 2 estimates, kept in this browser.',
  );
  await expect(page).toHaveURL(/\?dataset=imported:my-tally$/);
  await expectTallyShown(page);
  await page.reload();
  await expectTallyShown(page);
  const list = (await openDatasets(page)).getByRole('table');
  const row = list.getByRole('row').filter({ hasText: 'My tally of troops' });
  // Updated, estimates, imported: each in its own column.
  await expect(row.getByRole('cell').nth(0)).toHaveText('10 Jan 2025');
  await expect(row.getByRole('cell').nth(1)).toHaveText('2');
  await expect(row).toContainText('from tally.csv');
  await expect(list.getByRole('row').filter({ hasText: 'Shipped with Crosscheck' })).toContainText(
    'North Korean troops, losses and arms',
  );
  // Escape closes the panel and gives the focus back to its button.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Datasets' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Datasets' })).toBeFocused();
});

test('a file dropped on the page is imported', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('figure')).toHaveCount(4);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return transfer;
  }, tally);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop a CSV or JSON file to import it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Drop a CSV or JSON file to import it')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Imported dropped.csv' })).toBeVisible();
  await expectTallyShown(page);
});

test('a file dropped before the Datasets control has loaded waits for it, and is imported', async ({
  page,
}) => {
  // The control's code is held back until the file has been dropped.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/DatasetsControl-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('figure')).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Datasets' })).toBeDisabled();
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'early.csv', { type: 'text/csv' }));
    return transfer;
  }, tally);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop a CSV or JSON file to import it')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  // Still the app, not the file opened in its place.
  await expect(page.getByRole('figure')).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Datasets' })).toBeDisabled();
  release();
  await expect(page.getByRole('status').filter({ hasText: 'Imported early.csv' })).toBeVisible();
  await expectTallyShown(page);
});

test('pasted JSON is imported like a file', async ({ page }) => {
  const json = await readFile('data/north-korea-russia-2024-2025.json', 'utf8');
  const pasted = json.replace('"id": "north-korea-russia-2024-2025"', '"id": "pasted-copy"');
  await page.goto('/');
  const panel = await openDatasets(page);
  await panel.getByLabel('Or paste CSV or JSON text').fill(pasted);
  await panel.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Imported pasted text' })).toBeVisible();
  await expect(page).toHaveURL(/dataset=imported:pasted-copy/);
  await expect(page.getByRole('figure')).toHaveCount(4);
});

test('a kept dataset survives closing the browser and starting it again', async ({
  browserName,
}, testInfo) => {
  test.skip(browserName !== 'chromium');
  const profile = await mkdtemp(join(tmpdir(), 'crosscheck-profile-'));
  const executablePath = findChromium();
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      ...(executablePath ? { executablePath } : {}),
      args: chromiumArgs,
      baseURL: testInfo.project.use.baseURL ?? '',
    });
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto('/');
    const panel = await importByPicker(page);
    await expect(
      panel.getByRole('status').filter({ hasText: 'kept in this browser' }),
    ).toBeVisible();
    await first.close();
    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto('/?dataset=imported:my-tally');
    await expectTallyShown(again);
    await second.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('deleting asks first, and can be undone', async ({ page }) => {
  await page.goto('/');
  const panel = await importByPicker(page);
  await expectTallyShown(page);
  await panel.getByRole('button', { name: 'Delete My tally of troops' }).click();
  const confirm = panel.getByRole('group', { name: /Delete “My tally of troops”/ });
  await expect(confirm).toContainText('2 estimates');
  // Keeping it is the choice under the keyboard's focus.
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(panel.getByRole('row').filter({ hasText: 'My tally' })).toHaveCount(1);
  const deleteButton = panel.getByRole('button', { name: 'Delete My tally of troops' });
  await expect(deleteButton).toBeFocused();
  // Escape answers the question the same way, and leaves the panel open.
  await deleteButton.click();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(deleteButton).toBeFocused();
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Delete My tally of troops' }).click();
  await panel.getByRole('button', { name: 'Delete it' }).click();
  await expect(panel.getByRole('row').filter({ hasText: 'My tally' })).toHaveCount(0);
  // The dataset shown was the one deleted: the default takes its place.
  await expect(page).not.toHaveURL(/dataset=/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'North Korean troops, losses and arms',
  );
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();
  await expectTallyShown(page);
  await expect(panel.getByRole('link', { name: 'My tally of troops' })).toBeFocused();
  await page.reload();
  await expectTallyShown(page);
});

test('a broken CSV is refused whole, each problem at its row and column', async ({ page }) => {
  const broken = [
    tally.split('\n')[0],
    'e1,troops,gur,"11,000",,,2024-11,c1,GUR,intelligence,Ukrinform,2024-11-05,Troops,people,forces,t,T,2025-01',
    'e2,troops,gur,about 300,,,2025-02-30,c1,GUR,intelligence,Ukrinform,2024-11-05',
    'e3,troops,nis,,"12,000","10,000",2024-12,c2,NIS,spy agency,Yonhap,2024-12-19,,,,,,',
  ].join('\n');
  await page.goto('/');
  const panel = await importByPicker(page, {
    ...firstFile,
    name: 'broken.csv',
    buffer: Buffer.from(broken),
  });
  const alert = panel.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('broken.csv was not imported');
  const problems = panel.getByRole('list', { name: 'Problems in the dataset' });
  await expect(problems.getByRole('listitem')).toHaveText([
    'row 3: has 12 cells where the header has 18',
    /^row 4, column low: must not exceed high/,
    /^row 4, column source_type: /,
  ]);
  // Nothing was half-loaded: the dataset shown is as it was.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'North Korean troops, losses and arms',
  );
  await expect(page).not.toHaveURL(/dataset=/);
});

test('an unclosed quote stops the import and says on which line', async ({ page }) => {
  const broken = `${tally}\ne3,troops,nis,"12,000,,,2024-12,c2`;
  await page.goto('/');
  const panel = await importByPicker(page, {
    ...firstFile,
    name: 'quote.csv',
    buffer: Buffer.from(broken),
  });
  await expect(panel.getByRole('listitem')).toHaveText([
    /^row 4: a quoted cell that starts on line 4 is never closed/,
  ]);
});

test('the dataset downloads as CSV and as JSON, and comes back identical', async ({ page }) => {
  await page.goto('/');
  const panel = await openDatasets(page);
  const csvDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('north-korea-russia-2024-2025.csv');
  const csvPath = testFile('north-korea-russia-2024-2025.csv');
  await csv.saveAs(csvPath);
  await expect(panel.getByText(/its briefing is left out/)).toBeVisible();
  await importByPicker(page, {
    name: 'round-trip.csv',
    mimeType: 'text/csv',
    buffer: await readFile(csvPath),
  });
  await expect(page).toHaveURL(/dataset=imported:north-korea-russia-2024-2025/);
  const jsonDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download JSON' }).click();
  const json = await (await jsonDownload).path();
  // The CSV form holds the figures; the briefings the dataset ships are left out, as it said.
  const { briefings, ...original } = JSON.parse(
    await readFile('data/north-korea-russia-2024-2025.json', 'utf8'),
  ) as Record<string, unknown>;
  expect(briefings).toBeDefined();
  expect(JSON.parse(await readFile(json, 'utf8'))).toEqual(original);
});

test('a link made on another version of the dataset says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?view=forces');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\?view=forces&fp=[0-9a-f]{6}$/);
  await page.goto(link);
  await expect(page.getByRole('figure')).toHaveCount(1);
  // Copy link computes the same fingerprint the check does: once it is done, so is the check.
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  await expect(page.getByText(/made on another version/)).toHaveCount(0);
  // The same link once a figure in the dataset has changed.
  await page.route('**/north-korea-russia-2024-2025.json', async (route) => {
    const text = await (await route.fetch()).text();
    await route.fulfill({
      body: text.replace('"best": 12000', '"best": 12500'),
      contentType: 'application/json',
    });
  });
  await page.goto(link);
  await expect(
    page.getByRole('status').filter({ hasText: 'made on another version' }),
  ).toContainText('its figures may have changed since the link was shared');
});

test('when the browser refuses to store it, the dataset is still shown for the session', async ({
  page,
  context,
}) => {
  // What a private window or blocked site data does: opening the database fails, on the page
  // and in the dataset worker alike.
  const refuse = `IDBFactory.prototype.open = function () {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  };`;
  await context.addInitScript(refuse);
  await context.route(/datasetWorker-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${refuse}\n${await response.text()}` });
  });
  await page.goto('/');
  const panel = await importByPicker(page);
  await expect(panel.getByRole('status').filter({ hasText: 'Imported tally.csv' })).toContainText(
    'could not be kept in this browser: the browser refused to store data for this site',
  );
  await expectTallyShown(page);
  await expect(panel.getByRole('button', { name: 'Download CSV' })).toBeVisible();
  await expect(panel.getByRole('row').filter({ hasText: 'My tally of troops' })).toContainText(
    'not kept: shown until this tab is closed',
  );
  // It was not kept: after a reload the page says why it cannot open it, not a blank page.
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('The browser’s storage could not be read');
  await expect(alert).toContainText('the browser refused to store data for this site');
});

function testFile(name: string): string {
  return test.info().outputPath(name);
}
