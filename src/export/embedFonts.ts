import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import latin600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url';
import latinExt600 from '@fontsource/inter/files/inter-latin-ext-600-normal.woff2?url';
import latinExt700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff2?url';

// Unicode ranges of @fontsource's latin and latin-ext subsets, so a renderer only uses a face
// for the characters it has (other scripts fall back to the system's fonts).
const latin =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const latinExt =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

const faces = [
  { url: latin400, weight: 400, range: latin },
  { url: latin600, weight: 600, range: latin },
  { url: latin700, weight: 700, range: latin },
  { url: latinExt400, weight: 400, range: latinExt },
  { url: latinExt600, weight: 600, range: latinExt },
  { url: latinExt700, weight: 700, range: latinExt },
];

let cached: Promise<string> | undefined;

/**
 * @font-face rules for Inter with the font files inside them (base64 data URLs), so an
 * exported SVG renders the same in a browser, Inkscape or a slide tool, with nothing fetched.
 * The files ship with the app and are fetched from its own origin once.
 */
export function buildEmbeddedFontCss(): Promise<string> {
  cached ??= Promise.all(
    faces.map(async ({ url, weight, range }) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Could not load the font ${url} (${response.status})`);
      const data = toBase64(new Uint8Array(await response.arrayBuffer()));
      return `@font-face{font-family:Inter;font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${range}}`;
    }),
  ).then((rules) => rules.join('\n'));
  cached.catch(() => (cached = undefined));
  return cached;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode with a whole font's bytes would overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
