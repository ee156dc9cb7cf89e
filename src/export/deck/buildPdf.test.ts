import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { buildPdf, type DrawVectorPage, type PdfTools } from './buildPdf';
import type { InterFont } from './fetchInterFonts';
import { makeDeckFixture } from './makeDeckFixture';

// svg2pdf.js needs a browser's DOM (jsdom lacks text measurement and more): here each chart page
// is drawn by a stand-in, or as its PNG; the SVG route itself is checked in a real browser by
// the e2e tests, with the readers of e2e/readDeck.ts.
const require = createRequire(import.meta.url);
const fonts: InterFont[] = (
  [
    [400, '400Regular/Inter_400Regular.ttf'],
    [600, '600SemiBold/Inter_600SemiBold.ttf'],
    [700, '700Bold/Inter_700Bold.ttf'],
  ] as const
).map(([weight, file]) => ({
  weight,
  data: new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/inter/${file}`))),
}));

/** Draws the page's title as text, the way the SVG route draws a chart's text. */
const drawTitle: DrawVectorPage = (doc, page, pdfFonts) => {
  pdfFonts.select({ size: 26, weight: 700 });
  doc.text(pdfFonts.toDrawable(page.title), 16, 41);
  return Promise.resolve(true);
};

/** The PDF as text, one character per byte: its dictionaries are readable, its streams not. */
async function writeText(tools: Partial<PdfTools> = {}, input = makeDeckFixture()) {
  const bytes = await buildPdf(input, { fonts, drawVectorPage: drawTitle, ...tools });
  return { bytes, text: Buffer.from(bytes).toString('latin1') };
}

describe('buildPdf', () => {
  it('writes 16:9 pages: the title, one per chart page, the sources', async () => {
    const { text } = await writeText();
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toMatch(/\/Type \/Pages\s*\/Kids \[[^\]]*\]\s*\/Count 5/);
    expect(text).toMatch(/\/MediaBox \[0 0 960\.? 540\.?\]/);
  });

  it('embeds the three weights of Inter, named as subsets, and no other font', async () => {
    const { text } = await writeText();
    const fontNames = [...text.matchAll(/\/BaseFont \/([^\s/]+)/g)].map(([, name]) => name);
    expect(new Set(fontNames)).toEqual(
      new Set(['INTERA+Inter-Regular', 'INTERB+Inter-SemiBold', 'INTERC+Inter-Bold']),
    );
    expect(text.match(/\/FontFile2 /g)).toHaveLength(3);
  });

  it('links every cited URL and bookmarks every page', async () => {
    const { text } = await writeText();
    expect(text).toContain('/URI (https://en.yna.co.kr/view/AEN20250113000351315)');
    expect(text).toContain('/URI (https://world.kbs.co.kr/news?id=192)');
    for (const title of ['Casualties by claimant', 'Forces deployed \\(2 of 2\\)', 'Sources']) {
      expect(text).toContain(`/Title (${title})`);
    }
  });

  it('sets the properties, dated by the export, and gives the same bytes twice', async () => {
    const input = { ...makeDeckFixture(), title: 'Kursk \u2192 what was claimed' };
    const { bytes, text } = await writeText({}, input);
    // Not ASCII: UTF-16BE with a byte order mark.
    const utf16 = Buffer.from('\ufeffKursk \u2192', 'utf16le').swap16().toString('latin1');
    expect(text).toContain(`/Title (${utf16}`);
    expect(text).toContain('/Creator (Crosscheck)');
    expect(text).toMatch(/\/CreationDate \(D:20261205\d{6}[+-Z]/);
    expect(text).toMatch(/\/ID \[ <([0-9A-F]{32})> <\1> \]/);
    expect((await writeText({}, input)).bytes).toEqual(bytes);
  });

  it('draws a page as its PNG where the vector route declines or fails', async () => {
    const declined = await writeText({ drawVectorPage: () => Promise.resolve(false) });
    expect(declined.text.match(/\/Subtype \/Image/g)).toHaveLength(3);

    let calls = 0;
    const failing: DrawVectorPage = async (doc, page, pdfFonts) => {
      calls += 1;
      await drawTitle(doc, page, pdfFonts);
      if (calls === 2) throw new Error('svg2pdf.js stand-in failed half-way');
      return true;
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failed = await writeText({ drawVectorPage: failing });
    expect(warn).toHaveBeenCalledOnce();
    expect(failed.text).toMatch(/\/Type \/Pages\s*\/Kids \[[^\]]*\]\s*\/Count 5/);
    expect(failed.text.match(/\/Subtype \/Image/g)).toHaveLength(1);
  });
});
