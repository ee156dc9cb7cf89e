import { expect, readable, test } from './fixtures';
import { exportFromChart, findTextProblems, readPngSize, textOf } from './exportHelpers';

const casualties = 'Casualties (killed and wounded) by claimant';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const presets = [
  ['slide', 1920, 1080],
  ['4x3', 1600, 1200],
  ['square', 1080, 1080],
] as const;

// Each export draws a chart afresh; a test that makes a dozen of them needs more than 30 s on
// a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  // A fixed day, so that the export line (and the screenshot baselines) do not change daily.
  await page.clock.setFixedTime(new Date('2026-11-26T12:00:00Z'));
});

test('PNGs come at a fixed density for each size: 2x on a slide is 3840 x 2160', async ({
  page,
}) => {
  await page.goto('/');
  // Taken over: at this screen's width (not a baked one) the chart is drawn live for its box.
  await expect(page.getByRole('button', { name: 'Datasets' })).toBeEnabled();
  const screenWidth = Number(
    await page
      .getByRole('figure', { name: casualties })
      .locator('svg')
      .first()
      .getAttribute('width'),
  );
  for (const density of [1, 2, 3] as const) {
    const screen = await exportFromChart(page, casualties, { format: 'PNG image', density });
    expect(readPngSize(screen.bytes).width).toBe(screenWidth * density);
    for (const [preset, width, height] of presets) {
      const png = await exportFromChart(page, casualties, { format: 'PNG image', preset, density });
      // On a slide, one file per slide where the chart's rows take more than one.
      const slides = png.files.length;
      for (const [i, file] of png.files.entries()) {
        expect(readPngSize(file.bytes)).toEqual({
          width: width * density,
          height: height * density,
        });
        const page = slides > 1 ? `-${i + 1}-of-${slides}` : '';
        expect(file.fileName).toMatch(
          new RegExp(
            `^crosscheck-casualties-by-claimant-2026-12-05-[0-9a-f]{6}-${preset}${page}${density > 1 ? `@${density}x` : ''}\\.png$`,
          ),
        );
      }
      expect(png.status).toContain(`(${width * density} × ${height * density} px`);
    }
  }
});

test('an SVG carries title, legend, notes, every source, the dataset date and fingerprint', async ({
  page,
}) => {
  await page.goto('/');
  const onScreen = await textOf(page.getByRole('figure', { name: casualties }));
  const svg = await exportFromChart(page, casualties, { format: 'SVG image', preset: 'slide' });
  // A slide too small for every row at projection sizes: the slides between them carry all.
  expect(svg.status).toMatch(/^Downloaded [2-9] slides/);
  const text = svg.files.map((file) => file.bytes.toString('utf8')).join('\n');
  // The words as drawn: lines of wrapped text joined, markup left out. Styles are dropped first:
  // parsed in the page, they would count against its Content-Security-Policy.
  const unstyled = svg.files.map((file) =>
    file.bytes
      .toString('utf8')
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/ style="[^"]*"/g, ''),
  );
  const drawn = readable(
    (
      await page.evaluate(
        (xmls) =>
          xmls.map(
            (xml) =>
              new DOMParser().parseFromString(xml, 'image/svg+xml').documentElement.textContent,
          ),
        unstyled,
      )
    ).join(' '),
  );
  const fingerprint = /-([0-9a-f]{6})-slide-1-of-\d\.svg$/.exec(svg.fileName)?.[1] ?? 'missing';
  expect(text).not.toMatch(/foreignObject|<div|<script/);
  const sources = /Sources: (.*?)Data:/.exec(onScreen)?.[1] ?? '';
  expect(sources.split(' · ').length).toBeGreaterThan(8);
  // Each claimant's sources on the slide drawing its figures: every publication is on one.
  for (const entry of sources.split(' · ')) {
    const [claimant = '', publications = ''] = entry.split(' → ');
    for (const publication of publications.split('; ')) {
      expect(drawn).toMatch(
        new RegExp(`${escape(claimant.trim())} → [^·]*${escape(publication.trim())}`),
      );
    }
  }
  expect(drawn).toContain('Comparable totals range from about 1,200');
  expect(drawn).toContain('Derived total (parts given)');
  expect(drawn).toContain('about 600 killed + about 4,100 wounded = about 4,700');
  expect(drawn).toContain('dataset updated 5 Dec 2026');
  expect(drawn).toContain(
    `Exported 26 Nov 2026 · dataset fingerprint ${fingerprint} · http://127.0.0.1:`,
  );
  expect(drawn).toContain('/?view=casualties');
  expect(text).toContain('@font-face{font-family:Inter');
});

const checkedCharts = [
  ['/?view=casualties', casualties],
  ['/?view=over-time', 'Casualties (killed and wounded) over time, by claimant'],
  ['/?view=forces', 'Forces deployed'],
  ['/?view=equipment', 'Equipment, counted in systems'],
] as const;

for (const [path, chart] of checkedCharts) {
  for (const [preset] of presets) {
    test(`${chart}, ${preset}: no text leaves the canvas or overlaps other text, in either theme`, async ({
      page,
    }) => {
      for (const theme of ['Light', 'Dark'] as const) {
        await page.goto(path);
        const svg = await exportFromChart(page, chart, { format: 'SVG image', preset, theme });
        for (const file of svg.files) {
          const problems = await findTextProblems(page, file.bytes.toString('utf8'));
          expect(problems, `${theme}: ${file.fileName}`).toEqual([]);
        }
      }
    });
  }
}

test('CSV holds exactly the figures the chart shows', async ({ page }) => {
  await page.goto('/?view=casualties&to=2025-01');
  const csv = await exportFromChart(page, casualties, { format: 'CSV data' });
  expect(csv.fileName).toMatch(/^crosscheck-casualties-by-claimant-2025-01-[0-9a-f]{6}\.csv$/);
  const lines = csv.bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const rows = await page
    .getByRole('table', { name: /Figures in the chart/ })
    .getByRole('row')
    .count();
  expect(lines).toHaveLength(rows);
  expect(lines[0]).toMatch(/^chart,group,claimant,/);
  expect(lines.find((l) => l.includes('South Korea NIS'))).toContain(
    'about 300 killed + about 2,700 wounded',
  );
});

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy image puts the PNG on the clipboard', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: `Export chart: ${casualties}` }).click();
    const panel = page.getByRole('group', { name: `Export: ${casualties}` });
    await panel.getByLabel('Size').selectOption('square');
    await panel.getByRole('radio', { name: '1x' }).check();
    await panel.getByRole('button', { name: 'Copy image' }).click();
    await expect(panel.getByRole('status')).toHaveText(/Copied the image/);
    const pasted = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      const bitmap = await createImageBitmap(await item.getType('image/png'));
      return { types: item.types, width: bitmap.width, height: bitmap.height };
    });
    expect(pasted).toEqual({ types: ['image/png'], width: 1080, height: 1080 });
  });
});

test('the export control works from the keyboard alone', async ({ page }) => {
  await page.goto('/?view=forces');
  const control = page.getByRole('button', { name: 'Export chart: Forces deployed' });
  await control.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('group', { name: 'Export: Forces deployed' });
  await expect(panel).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('radio', { name: 'PNG image' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByRole('radio', { name: 'SVG image' })).toBeChecked();
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download SVG' }).focus();
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/^crosscheck-forces-deployed-.*\.svg$/);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(control).toBeFocused();
});

test('exported slides look as they did (screenshot baselines)', async ({ page }) => {
  for (const [path, chart, name] of [
    ['/?view=casualties', casualties, 'casualties-slide.png'],
    ['/?view=forces', 'Forces deployed', 'forces-square-dark.png'],
  ] as const) {
    await page.goto(path);
    const dark = name.includes('dark');
    const png = await exportFromChart(page, chart, {
      format: 'PNG image',
      preset: dark ? 'square' : 'slide',
      theme: dark ? 'Dark' : 'Light',
    });
    expect(png.bytes).toMatchSnapshot(name, { maxDiffPixelRatio: 0.01 });
  }
});

test('a chart with more rows than a slide holds at projection sizes comes as several slides, and says why', async ({
  page,
}) => {
  await page.goto('/?view=forces');
  const png = await exportFromChart(page, 'Forces deployed', {
    format: 'PNG image',
    preset: 'slide',
  });
  const count = png.files.length;
  expect(count).toBeGreaterThan(1);
  expect(png.status).toMatch(
    new RegExp(
      `^Downloaded ${count} slides \\(1920 × 1080 px each\\): crosscheck-forces-deployed-`,
    ),
  );
  expect(png.status).toContain('does not fit one slide at sizes a room can read');
  expect(png.files.map((file) => file.fileName.replace(/^.*-slide/, ''))).toEqual(
    Array.from({ length: count }, (_, i) => `-${i + 1}-of-${count}.png`),
  );
  // A chart that fits stays one file.
  await page.goto('/?view=equipment');
  const one = await exportFromChart(page, 'Munitions, counted in missiles', {
    format: 'PNG image',
    preset: 'slide',
  });
  expect(one.files).toHaveLength(1);
  expect(one.fileName).toMatch(/-slide\.png$/);
});
