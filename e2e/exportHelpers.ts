import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readable } from './fixtures';

export interface ExportChoice {
  readonly format: 'PNG image' | 'SVG image' | 'CSV data';
  readonly preset?: 'screen' | 'slide' | '4x3' | 'square';
  readonly density?: 1 | 2 | 3;
  readonly theme?: 'Light' | 'Dark';
}

export interface ExportedFile {
  readonly fileName: string;
  readonly bytes: Buffer;
}

/** What an export downloaded: its first file (the only one, mostly), every file, and its status. */
export interface Exported extends ExportedFile {
  /** One file, or one per slide where a chart does not fit one slide at projection sizes. */
  readonly files: readonly ExportedFile[];
  readonly status: string;
}

/** Opens a chart's export control (if closed), chooses as a person would, downloads the files. */
export async function exportFromChart(
  page: Page,
  chart: string,
  choice: ExportChoice,
): Promise<Exported> {
  const control = page.getByRole('button', { name: `Export chart: ${chart}` });
  if ((await control.getAttribute('aria-expanded')) !== 'true') await control.click();
  const panel = page.getByRole('group', { name: `Export: ${chart}` });
  await panel.getByRole('radio', { name: choice.format }).check();
  if (choice.format !== 'CSV data') {
    await panel.getByLabel('Size').selectOption(choice.preset ?? 'screen');
    await panel.getByRole('radio', { name: choice.theme ?? 'Light' }).check();
  }
  if (choice.format === 'PNG image') {
    await panel.getByRole('radio', { name: `${choice.density ?? 1}x` }).check();
  }
  const downloads: Download[] = [];
  const collect = (download: Download) => downloads.push(download);
  page.on('download', collect);
  try {
    const status = panel.getByRole('status');
    // The click clears the status' count of files saved; it is set again once they are.
    await panel.getByRole('button', { name: /^Download/ }).click();
    await expect(status).toHaveAttribute('data-files', /^\d+$/, { timeout: 60_000 });
    const said = (await status.textContent()) ?? '';
    const count = Number(await status.getAttribute('data-files'));
    await expect.poll(() => downloads.length, { timeout: 10_000 }).toBe(count);
    const files = await Promise.all(
      downloads.map(async (download) => ({
        fileName: download.suggestedFilename(),
        bytes: readFileSync(await download.path()),
      })),
    );
    const [first] = files;
    if (!first) throw new Error('no file downloaded');
    return { ...first, files, status: said };
  } finally {
    page.off('download', collect);
  }
}

/** Width and height from a PNG's IHDR chunk. */
export function readPngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Opens an SVG document as a page of its own and measures its text: every text box must lie
 * inside the canvas, and no two may overlap (by more than half a pixel). Returns the problems.
 */
export async function findTextProblems(page: Page, svg: string): Promise<string[]> {
  await page.route('**/__export-check__.svg', (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: svg }),
  );
  await page.goto('/__export-check__.svg');
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    const boxes = [...document.querySelectorAll('text')]
      .filter((t) => t.textContent.trim() !== '')
      .map((t) => ({
        text: t.textContent.trim().slice(0, 40),
        box: t.getBoundingClientRect(),
      }));
    const problems: string[] = [];
    const slack = 0.5;
    for (const { text, box } of boxes) {
      if (
        box.left < -slack ||
        box.top < -slack ||
        box.right > width + slack ||
        box.bottom > height + slack
      ) {
        problems.push(`outside the canvas: "${text}"`);
      }
    }
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (x > slack && y > slack) problems.push(`"${a.text}" overlaps "${b.text}"`);
      }
    });
    return problems;
  });
}

/** The text a figure's chart draws, as a reader sees it (see readable). */
export async function textOf(svgFigure: Locator): Promise<string> {
  return readable(
    await svgFigure
      .locator('svg')
      .first()
      .evaluate((svg) => svg.textContent),
  );
}

/** Each <text> of an SVG document: its words (isolate marks left out) and font size in px. */
export function readSvgTexts(svg: string): { text: string; size: number }[] {
  return [...svg.matchAll(/<text\b([^>]*)>(.*?)<\/text>/gs)].map(
    ([, attributes = '', inner = '']) => {
      // An attribute on our own text; Recharts sets its axis label's in CSS.
      const size =
        /font-size="([\d.]+)"/.exec(attributes) ?? /font-size:\s*([\d.]+)px/.exec(attributes);
      const text = inner.replace(/<[^>]+>/g, '').replace(/[\u2066-\u2069]/g, '');
      return { text: text.trim(), size: Number(size?.[1] ?? 0) };
    },
  );
}
