import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { create } from 'fontkit';
import subsetFont from 'subset-font';
import { createInterFallbackCss } from './interFallbackCss.mjs';

const require = createRequire(import.meta.url);

/**
 * What the first screen is set in: printable ASCII and the punctuation the app writes (no-break
 * space, middle dot, dashes, curly quotes, bullet, ellipsis, arrows, comparison and times signs,
 * the minus, and the isolates around dataset strings). The bake checks that the baked pages use
 * no other character of Inter's Latin files (scripts/bakePlugin.mjs).
 */
export const firstScreenCharacters =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '\u00a0\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2191\u2193\u2212\u2264\u2265\u00d7\u2068\u2069';

const fallbackModule = 'virtual:inter-fallback.css';
const fallbackId = '/__crosscheck-inter-fallback.css';

/**
 * Inter for the first screen in files of their own, a third of the bytes: @fontsource/inter's
 * Latin file of each weight is cut down to `firstScreenCharacters` (about 14 kB, against 25 kB),
 * and its @font-face rule split in two by unicode-range, so that the browser takes those
 * characters from the small file and any other from the full one, fetched only once such a
 * character shows. No character is in both, so none is fetched twice. Glyphs, advance widths
 * and kerning are Inter's own: text measures (virtual:inter-advances) and looks as before.
 * The small files are written under node_modules/.cache, and Vite hashes and emits them as it
 * does the full ones.
 * Also serves `virtual:inter-fallback.css`, the fonts a baked page is first drawn in, before
 * Inter's files come (see scripts/bakedBoot.js).
 * @returns {import('vite').Plugin}
 */
export function firstScreenFontsPlugin() {
  const cache = join(
    dirname(require.resolve('@fontsource/inter/package.json')),
    '../../.cache/crosscheck-fonts',
  );
  return {
    name: 'crosscheck:first-screen-fonts',
    // Before Vite's CSS plugin reads the url()s.
    enforce: 'pre',
    // Inter's metric-matched stand-ins (scripts/interFallbackCss.mjs). The id ends in .css, so
    // that Vite's CSS plugin takes the module up as it does a file.
    resolveId: (id) => (id === fallbackModule ? fallbackId : undefined),
    load: (id) => (id === fallbackId ? createInterFallbackCss() : undefined),
    async transform(code, id) {
      const weight = /@fontsource[\\/]inter[\\/](\d+)\.css$/.exec(id)?.[1];
      if (!weight) return undefined;
      const { face, range } = findLatinFace(code, id);
      const fullFile = require.resolve(
        `@fontsource/inter/files/inter-latin-${weight}-normal.woff2`,
      );
      const full = await readFile(fullFile);
      const font = create(full);
      if (!('characterSet' in font)) throw new Error(`${fullFile} is a font collection`);
      const latin = parseUnicodeRange(range);
      const drawn = new Set(font.characterSet);
      const small = [...firstScreenCharacters]
        .map((character) => character.codePointAt(0) ?? 0)
        // Format characters (the isolates) draw nothing: the small file takes them too, so that
        // they never fetch the full one.
        .filter(
          (code) =>
            latin.has(code) && (drawn.has(code) || /\p{Cf}/u.test(String.fromCodePoint(code))),
        );
      const smallSet = new Set(small);
      const rest = [...latin].filter((code) => !smallSet.has(code));
      await mkdir(cache, { recursive: true });
      const smallFile = join(cache, `inter-first-${weight}.woff2`);
      await writeFile(
        smallFile,
        await subsetFont(full, String.fromCodePoint(...small), { targetFormat: 'woff2' }),
      );
      const url = relative(dirname(id), smallFile).split('\\').join('/');
      const smallFace = face
        .replace(/src:[^;}]+/, `src: url(${url}) format('woff2')`)
        .replace(/unicode-range:[^;}]+/, `unicode-range: ${formatUnicodeRange(small)}`);
      const fullFace = face.replace(
        /unicode-range:[^;}]+/,
        `unicode-range: ${formatUnicodeRange(rest)}`,
      );
      return { code: code.replace(face, `${smallFace}\n${fullFace}`), map: null };
    },
  };
}

/**
 * The @font-face rule of an @fontsource/inter stylesheet that serves Inter's Latin file, and its
 * unicode-range.
 * @param {string} css @param {string} file where the stylesheet is, for the error
 * @returns {{ face: string, range: string }}
 */
function findLatinFace(css, file) {
  const face = /@font-face\s*\{[^}]*inter-latin-\d+-normal\.woff2[^}]*\}/.exec(css)?.[0];
  const range = face && /unicode-range:\s*([^;}]+)/.exec(face)?.[1];
  if (!face || !range) throw new Error(`${file}: no @font-face for Inter's Latin file`);
  return { face, range };
}

/**
 * The code points of a CSS unicode-range ("U+0000-00FF,U+0131,U+01??": spans, single points and
 * wildcards).
 * @param {string} range
 * @returns {Set<number>}
 */
export function parseUnicodeRange(range) {
  const codes = new Set();
  for (const part of range.split(',')) {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    if (!from) continue;
    const start = parseInt(from.replaceAll('?', '0'), 16);
    const end = parseInt((to ?? from).replaceAll('?', 'F'), 16);
    for (let code = start; code <= end; code += 1) codes.add(code);
  }
  return codes;
}

/**
 * A CSS unicode-range for code points, consecutive ones as spans.
 * @param {Iterable<number>} codes
 * @returns {string} e.g. "U+20-7E,U+B7,U+2013"
 */
export function formatUnicodeRange(codes) {
  const sorted = [...new Set(codes)].sort((a, b) => a - b);
  /** @type {string[]} */
  const parts = [];
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === (sorted[end] ?? 0) + 1) end += 1;
    const hex = (/** @type {number} */ index) => (sorted[index] ?? 0).toString(16).toUpperCase();
    parts.push(end > start ? `U+${hex(start)}-${hex(end)}` : `U+${hex(start)}`);
    start = end + 1;
  }
  return parts.join(',');
}

/**
 * The characters of the pages' text (tags dropped, entities read) that Inter's Latin files
 * draw but the small files do not: each would make the first screen fetch a full file too.
 * @param {string[]} markups
 * @returns {Promise<string>}
 */
export async function listMissedCharacters(markups) {
  const file = require.resolve('@fontsource/inter/400.css');
  const latin = parseUnicodeRange(findLatinFace(await readFile(file, 'utf8'), file).range);
  const missed = new Set();
  for (const markup of markups) {
    for (const character of decodeEntities(markup.replace(/<[^>]*>/g, ''))) {
      const code = character.codePointAt(0) ?? 0;
      if (code >= 0x20 && latin.has(code) && !firstScreenCharacters.includes(character)) {
        missed.add(character);
      }
    }
  }
  return [...missed].join('');
}

/** @param {string} text */
function decodeEntities(text) {
  /** @type {Record<string, string>} */
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, /** @type {string} */ body) => {
    if (body[0] !== '#') return named[body.toLowerCase()] ?? entity;
    const hex = body[1] === 'x' || body[1] === 'X';
    return String.fromCodePoint(hex ? parseInt(body.slice(2), 16) : Number(body.slice(1)));
  });
}
