import type { jsPDF } from 'jspdf';
import type { PdfFonts } from './registerInterFonts';
import { getBaselineOffset, type TextBlock } from './textBlock';

/**
 * Draws frame text as laid out (title slide, sources slides): each line at its baseline, in
 * Inter, a link's lines each clickable to the whole URL.
 */
export function drawTextBlocks(doc: jsPDF, fonts: PdfFonts, blocks: readonly TextBlock[]): void {
  for (const block of blocks) {
    fonts.select(block.font);
    doc.setTextColor(block.color);
    const baseline = getBaselineOffset(block);
    block.lines.forEach((line, i) => {
      const text = fonts.toDrawable(line);
      const y = block.y + i * block.lineHeight + baseline;
      doc.text(text, block.x, y);
      if (block.url !== undefined) {
        // The line's box: from its top to its bottom, as wide as the text drawn.
        const top = block.y + i * block.lineHeight;
        const width = fonts.measure(text, block.font);
        doc.link(block.x, top, width, block.lineHeight, { url: block.url });
      }
    });
  }
}

/**
 * Text for the document's information dictionary or outline, which jsPDF writes as a literal
 * string byte for byte: ASCII as it is, anything else as UTF-16BE with a byte order mark (PDF's
 * text string encoding), each byte one character of a "binary string". A carriage return byte
 * would be read back as a line feed, so characters with one (č is U+010D) are decomposed first,
 * or replaced.
 */
export function toPdfTextString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const safe = text
    .normalize('NFD')
    .replace(/[\s\S]/g, (unit) => ((unit.charCodeAt(0) & 0xff) === 0x0d ? '?' : unit));
  let binary = '\u00fe\u00ff';
  for (let i = 0; i < safe.length; i++) {
    const unit = safe.charCodeAt(i);
    binary += String.fromCharCode(unit >> 8, unit & 0xff);
  }
  return binary;
}
