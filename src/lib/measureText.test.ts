import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  type FontSpec,
  forgetTextMetrics,
  loadTextMetrics,
  measureText,
} from './measureText';

const require = createRequire(import.meta.url);
const regular: FontSpec = { size: 20, weight: 400 };
const bold: FontSpec = { ...regular, weight: 700 };

/** The advance of each character, read with fontkit from the file the page loads. */
function addFontAdvances(text: string, style: FontSpec): number {
  const path = require.resolve(`@fontsource/inter/files/inter-latin-${style.weight}-normal.woff2`);
  const font = create(readFileSync(path));
  if (!('glyphForCodePoint' in font)) throw new Error('a font collection');
  let units = 0;
  for (const c of text) units += font.glyphForCodePoint(c.codePointAt(0) ?? 0).advanceWidth;
  return (units / font.unitsPerEm) * style.size;
}

// One sequence, in order: the table is loaded once per page, and forgotten for good.
describe('measureText', () => {
  it('estimates without a canvas or the advance table', () => {
    expect(measureText('Zelensky', regular)).toBe(estimateTextWidth('Zelensky', regular));
  });

  it("adds up Inter's advances once the table is loaded, per weight", async () => {
    await loadTextMetrics();
    for (const text of ['Zelensky', 'South Korea NIS, 13 Jan 2025', '£1,200 – €4,000 (é ü ß)']) {
      expect(measureText(text, regular)).toBeCloseTo(addFontAdvances(text, regular), 6);
      expect(measureText(text, bold)).toBeCloseTo(addFontAdvances(text, bold), 6);
    }
    expect(measureText('Wide', bold)).toBeGreaterThan(measureText('Wide', regular));
  });

  it('falls back for text with a character Inter’s latin subset lacks', () => {
    expect(measureText('Zelensky', regular)).not.toBe(estimateTextWidth('Zelensky', regular));
    expect(measureText('≥ 300', regular)).toBe(estimateTextWidth('≥ 300', regular));
    expect(measureText('Ким Чен Ын', regular)).toBe(estimateTextWidth('Ким Чен Ын', regular));
  });

  it('stops using the table when Inter did not load', () => {
    forgetTextMetrics();
    expect(measureText('Zelensky', regular)).toBe(estimateTextWidth('Zelensky', regular));
  });
});
