import type { Page } from '@playwright/test';
import { exportFromChart } from './exportHelpers';
import { expect, fixtureUrl, serveFixture, test } from './fixtures';

/**
 * No dataset string may reorder the text around it. bidi.json has a claimant whose short name
 * carries a stray isolate end, a paragraph break (NEL) and then a right-to-left override
 * left open ("Ostmark \u2069\u0085\u202eMoD"), and one named in Arabic; each is written next to a date
 * ("…, 18 May 2022"). Read from where the glyphs are drawn, each date must run left to right,
 * after the name, in the chart (SVG), in the summary under it (HTML) and in an exported SVG.
 */
const cases = [
  { name: 'Ostmark', date: '18 May 2022' },
  {
    name: '\u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u062f\u0641\u0627\u0639',
    date: '20 May 2022',
  },
] as const;

interface Placement {
  readonly where: string;
  readonly text: string;
  /** The date's glyphs run left to right. */
  readonly inOrder: boolean;
  /** Every glyph of the date is drawn right of every glyph of the name. */
  readonly afterName: boolean;
}

/** Where each date is drawn, in every SVG text and chart summary that names its claimant. */
function measurePlacements(page: Page): Promise<Placement[]> {
  return page.evaluate((pairs) => {
    const found: Placement[] = [];
    const increasing = (xs: number[]) => xs.every((x, k) => k === 0 || x > (xs[k - 1] ?? 0));
    // Every character here is one UTF-16 unit, so offsets into the string are glyph offsets.
    const offsets = (s: string, skipSpaces: boolean) =>
      Array.from({ length: s.length }, (_, k) => k).filter((k) => !skipSpaces || s[k] !== ' ');
    for (const text of document.querySelectorAll('svg text')) {
      const content = text.textContent;
      const element = text as SVGTextContentElement;
      for (const { name, date } of pairs) {
        const at = content.indexOf(date);
        const nameAt = content.indexOf(name);
        if (at < 0 || nameAt < 0) continue;
        const xs = offsets(date, true).map((k) => element.getStartPositionOfChar(at + k).x);
        const nameXs = offsets(name, false).map(
          (k) => element.getStartPositionOfChar(nameAt + k).x,
        );
        found.push({
          where: 'svg',
          text: content,
          inOrder: increasing(xs),
          afterName: Math.min(...xs) > Math.max(...nameXs),
        });
      }
    }
    for (const paragraph of document.querySelectorAll('.chart-summary')) {
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const flat = nodes.map((node) => node.data).join('');
      const box = (index: number) => {
        let k = index;
        for (const node of nodes) {
          if (k < node.data.length) {
            const range = document.createRange();
            range.setStart(node, k);
            range.setEnd(node, k + 1);
            return range.getBoundingClientRect();
          }
          k -= node.data.length;
        }
        throw new Error(`no character ${index}`);
      };
      for (const { name, date } of pairs) {
        const at = flat.indexOf(date);
        const nameAt = flat.indexOf(name);
        if (at < 0 || nameAt < 0) continue;
        const dateBoxes = offsets(date, true).map((k) => box(at + k));
        const nameBoxes = offsets(name, false).map((k) => box(nameAt + k));
        const oneLine = [...dateBoxes, ...nameBoxes].every(
          (b) => Math.abs(b.top - (dateBoxes[0]?.top ?? 0)) < 2,
        );
        // Wrapped across lines, order within a line is all that can be read.
        if (!oneLine) continue;
        found.push({
          where: 'html',
          text: flat,
          inOrder: increasing(dateBoxes.map((b) => b.left)),
          afterName:
            Math.min(...dateBoxes.map((b) => b.left)) >
            Math.max(...nameBoxes.map((b) => b.right - 1)),
        });
      }
    }
    return found;
  }, cases);
}

function expectInOrder(placements: readonly Placement[], where: readonly string[]) {
  expect(new Set(placements.map((p) => p.where))).toEqual(new Set(where));
  for (const placement of placements) {
    expect(placement, `${placement.where}: ${placement.text}`).toMatchObject({
      inOrder: true,
      afterName: true,
    });
  }
}

test.beforeEach(async ({ page }) => {
  await serveFixture(page, 'bidi.json');
});

test('no claimant name moves a date next to it, in the chart and its summary', async ({ page }) => {
  await page.goto(`/?dataset=${fixtureUrl('bidi.json')}&view=casualties`);
  await expect(page.getByRole('figure', { name: 'Casualties by claimant' })).toBeVisible();
  const placements = await measurePlacements(page);
  // The callout and the sources line of the chart, and its summary: both names, each time.
  expect(placements.filter((p) => p.where === 'svg').length).toBeGreaterThanOrEqual(4);
  expect(placements.filter((p) => p.where === 'html')).toHaveLength(2);
  expectInOrder(placements, ['svg', 'html']);
});

test('no claimant name moves a date next to it in an exported SVG', async ({ page }) => {
  await page.goto(`/?dataset=${fixtureUrl('bidi.json')}&view=casualties`);
  const { bytes } = await exportFromChart(page, 'Casualties by claimant', {
    format: 'SVG image',
  });
  await page.route('**/__bidi-check__.svg', (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: bytes }),
  );
  await page.goto('/__bidi-check__.svg');
  const placements = await measurePlacements(page);
  expect(placements.length).toBeGreaterThanOrEqual(4);
  expectInOrder(placements, ['svg']);
});
