import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import roboto from '@capsizecss/metrics/roboto';
import { fromBuffer } from '@capsizecss/unpack';

const require = createRequire(import.meta.url);

/**
 * Fonts most readers already have, each with its metrics (@capsizecss/metrics, font units):
 * Windows, macOS and iOS have Arial; Linux has Liberation Sans or Arimo (drawn to Arial's
 * widths, so Arial's metrics hold) or else DejaVu Sans; Android has Roboto.
 * @type {import('@capsizecss/core').FontMetrics[]}
 */
const localFonts = [
  arial,
  {
    ...arial,
    familyName: 'Liberation Sans',
    fullName: 'Liberation Sans',
    postscriptName: 'LiberationSans',
  },
  { ...arial, familyName: 'Arimo', fullName: 'Arimo Regular', postscriptName: 'Arimo-Regular' },
  roboto,
  // Not in @capsizecss/metrics: read from DejaVuSans.ttf 2.37 (Debian's fonts-dejavu-core) with
  // @capsizecss/unpack.
  {
    familyName: 'DejaVu Sans',
    fullName: 'DejaVu Sans',
    postscriptName: 'DejaVuSans',
    category: 'sans-serif',
    capHeight: 1493,
    ascent: 1901,
    descent: -483,
    lineGap: 0,
    unitsPerEm: 2048,
    xHeight: 1120,
    xWidthAvg: 1041,
  },
];

/**
 * Inter's stand-ins while its files are on their way: @font-face rules over the fonts above,
 * each scaled (size-adjust) to Inter's average width and given Inter's ascent and descent, so
 * that a line set in one takes about the room it takes in Inter, and text re-set in Inter moves
 * by a pixel or two, not a line. The metrics are read from the Inter files the page loads.
 *
 * Each stand-in has two faces, both its regular font: one for regular text, and one declared
 * weight 500, which the browser picks for semibold and bold text and emboldens, scaled to Inter
 * Bold's wider letters (the metrics above are of regular faces: a bold local font's are not
 * known for all of them).
 *
 * Also two custom properties: --font-inter (Inter, then the stand-ins) and --font-inter-fallback
 * (the stand-ins alone).
 * @returns {Promise<string>} CSS
 */
export async function createInterFallbackCss() {
  const [regular, bold] = await Promise.all([readInterMetrics(400), readInterMetrics(700)]);
  const faces = [
    createFontStack([regular, ...localFonts], { fontFaceProperties: { fontWeight: 400 } }),
    createFontStack([bold, ...localFonts], { fontFaceProperties: { fontWeight: 500 } }),
  ];
  const fontFamily = faces[0]?.fontFamily ?? '';
  const fallback = fontFamily.replace(/^Inter, /, '');
  if (fallback === fontFamily) throw new Error(`Unexpected font stack: ${fontFamily}`);
  return `${faces.map(({ fontFaces }) => fontFaces).join('\n')}
:root {
  --font-inter: ${fontFamily}, sans-serif;
  --font-inter-fallback: ${fallback}, sans-serif;
}
`;
}

/**
 * The metrics of @fontsource/inter's Latin file of a weight, named Inter whatever the weight.
 * @param {number} weight
 * @returns {Promise<import('@capsizecss/core').FontMetrics>}
 */
async function readInterMetrics(weight) {
  const file = require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);
  return { ...(await fromBuffer(await readFile(file))), familyName: 'Inter' };
}
