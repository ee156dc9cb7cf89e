import { jsPDF } from 'jspdf';
import type { DeckInput, DeckPage } from './deckInput';
import { deckLayout } from './deckLayout';
import { drawTextBlocks, toPdfTextString } from './drawPdfText';
import type { InterFont } from './fetchInterFonts';
import { layoutSourcePages } from './layoutSourcePages';
import { layoutTitleSlide } from './layoutTitleSlide';
import { registerInterFonts, type PdfFonts } from './registerInterFonts';
import { placeText } from './textBlock';

/**
 * Draws a chart's page as vectors on the document's current page; resolves false, having drawn
 * nothing, when it cannot (text Inter has no glyph for), and the page is then its PNG.
 */
export type DrawVectorPage = (doc: jsPDF, page: DeckPage, fonts: PdfFonts) => Promise<boolean>;

export interface PdfTools {
  readonly fonts: readonly InterFont[];
  readonly drawVectorPage: DrawVectorPage;
}

/**
 * A briefing as a PDF of 16:9 pages (960 × 540 pt): the title page, each chart's pages as vectors
 * where they can be (text stays text, in the embedded Inter), the sources with clickable links,
 * an outline with a bookmark per page, and the document's properties. Same input, same bytes:
 * the dates and the file identifier come from the input, not the clock.
 */
export async function buildPdf(input: DeckInput, tools: PdfTools): Promise<Uint8Array> {
  const { width, height } = deckLayout;
  const doc = new jsPDF({
    unit: 'pt',
    format: [width, height],
    orientation: 'landscape',
    compress: true,
    // Else jsPDF lists the 14 standard fonts, unembedded, in every document.
    putOnlyUsedFonts: true,
  });
  const fonts = registerInterFonts(doc, tools.fonts);
  doc.setDocumentProperties({
    title: toPdfTextString(input.title),
    subject: toPdfTextString(
      `Briefing on ${input.datasetTitle}, dataset updated ${input.datasetUpdated}, fingerprint ${input.fingerprint}`,
    ),
    creator: 'Crosscheck',
  });
  doc.setCreationDate(input.exportedAt);
  doc.setFileId(await deriveFileId(input));
  doc.setLanguage('en');

  drawTextBlocks(doc, fonts, layoutTitleSlide(input, fonts.measure));
  doc.outline.add(null, toPdfTextString(input.title), { pageNumber: 1 });
  for (const slide of input.slides) {
    for (const page of slide.pages) {
      doc.addPage();
      await drawChartPage(doc, page, fonts, tools.drawVectorPage);
      const pageNumber = doc.getNumberOfPages();
      doc.outline.add(null, toPdfTextString(page.title), { pageNumber });
    }
  }
  const sources = layoutSourcePages(input.citations, fonts.measure);
  sources.forEach((page, i) => {
    doc.addPage();
    drawTextBlocks(doc, fonts, [page.heading]);
    drawTextBlocks(
      doc,
      fonts,
      page.entries.flatMap(({ citation, url }) => (url ? [citation, url] : [citation])),
    );
    if (i === 0) doc.outline.add(null, 'Sources', { pageNumber: doc.getNumberOfPages() });
  });
  fonts.nameSubsets();
  return new Uint8Array(doc.output('arraybuffer'));
}

/**
 * The page as vectors, or as its PNG where that cannot be: the fallback also takes over if
 * svg2pdf.js fails half-way, on a fresh page, so a chart is never missing from the deck.
 */
async function drawChartPage(
  doc: jsPDF,
  page: DeckPage,
  fonts: PdfFonts,
  drawVectorPage: DrawVectorPage,
): Promise<void> {
  try {
    if (await drawVectorPage(doc, page, fonts)) return;
  } catch (error) {
    console.warn(`PDF: "${page.title}" drawn as a picture, svg2pdf.js failed`, error);
    if (doc.isAdvancedAPI()) doc.compatAPI();
    doc.deletePage(doc.getNumberOfPages());
    doc.addPage();
  }
  drawPngPage(doc, page, fonts);
}

/**
 * The page's PNG over the whole page, with its alt text behind it as invisible text, so that the
 * page can still be searched, copied from and read aloud.
 */
function drawPngPage(doc: jsPDF, page: DeckPage, fonts: PdfFonts): void {
  const { width, height, margin, type, colors } = deckLayout;
  const font = type.citation;
  const alt = placeText(
    page.alt,
    { x: margin, y: margin, width: width - 2 * margin, font, color: colors.text },
    fonts.measure,
  );
  fonts.select(font);
  alt.lines.forEach((line, i) => {
    doc.text(fonts.toDrawable(line), alt.x, alt.y + (i + 1) * alt.lineHeight, {
      renderingMode: 'invisible',
    });
  });
  // An alias of our own: jsPDF's default is a hash of the first half of the bytes only, and two
  // pages alike in their upper half would show the same picture.
  const alias = `chart-page-${doc.getNumberOfPages()}`;
  doc.addImage(page.png, 'PNG', 0, 0, width, height, alias, 'FAST');
}

/** The trailer's file identifier (32 hex digits), from what the deck is: no random bytes. */
async function deriveFileId(input: DeckInput): Promise<string> {
  const text = [input.title, input.fingerprint, input.exportedAt.toISOString()].join('\n');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).subarray(0, 16), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}
