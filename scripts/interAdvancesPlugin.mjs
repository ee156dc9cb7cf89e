import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { create } from 'fontkit';

const moduleId = 'virtual:inter-advances';
const resolvedId = `\0${moduleId}`;
const weights = /** @type {const} */ ([400, 600, 700]);
const require = createRequire(import.meta.url);

/**
 * Inter's advance widths, read from the font files the page loads (@fontsource/inter's latin
 * subset, the weights charts use). `virtual:inter-advances` maps each weight to the advance of
 * every character the subset covers, as a fraction of the font size: the page measures chart text by
 * adding these up instead of asking a canvas to shape each word, which was the largest part of
 * laying out the first chart. Kerning is left out, so a measured width is at most a little wider
 * than the text drawn.
 *
 * @returns {import('vite').Plugin}
 */
export function interAdvancesPlugin() {
  return {
    name: 'crosscheck:inter-advances',
    resolveId: (source) => (source === moduleId ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      /** @type {number[] | undefined} */
      let codePoints;
      let unitsPerEm = 0;
      /** @type {Record<number, number[]>} */
      const advances = {};
      for (const weight of weights) {
        const path = require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);
        this.addWatchFile(path);
        const font = create(await readFile(path));
        if (!('glyphForCodePoint' in font)) throw new Error(`${path} is a font collection`);
        // Printable characters only: below U+0020 are controls, U+FFFF maps to no glyph.
        const covered = font.characterSet.filter((cp) => cp >= 0x20 && cp < 0xfffe);
        covered.sort((a, b) => a - b);
        codePoints ??= covered;
        if (covered.join() !== codePoints.join()) {
          throw new Error(`Inter ${weight} covers other characters than Inter ${weights[0]}`);
        }
        unitsPerEm = font.unitsPerEm;
        advances[weight] = codePoints.map((cp) => font.glyphForCodePoint(cp).advanceWidth);
      }
      const table = {
        unitsPerEm,
        characters: String.fromCodePoint(...(codePoints ?? [])),
        advances,
      };
      // Indexed here, in the chunk loaded on demand, rather than by the code loaded at start.
      return [
        `const { unitsPerEm, characters, advances } = ${JSON.stringify(table)};`,
        'const codePoints = Array.from(characters, (c) => c.codePointAt(0));',
        'export const interAdvances = new Map(',
        '  Object.entries(advances).map(([weight, list]) => [',
        '    Number(weight),',
        '    new Map(codePoints.map((cp, i) => [cp, list[i] / unitsPerEm])),',
        '  ]),',
        ');',
      ].join('\n');
    },
  };
}
