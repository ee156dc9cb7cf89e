/** The typeface of every chart and export; Inter ships with the app (@fontsource/inter). */
export const fontFamily = 'Inter, "Helvetica Neue", Arial, sans-serif';

/** What a width depends on: the size in pixels and the weight, in Inter. */
export interface FontSpec {
  readonly size: number;
  readonly weight: 400 | 600 | 700;
}

/** Width in pixels of `text` set in `style`. */
export type MeasureText = (text: string, style: FontSpec) => number;

/** The CSS `font` shorthand for a text style, as a canvas takes it. */
export function toCssFont(style: FontSpec): string {
  return `${style.weight} ${style.size}px ${fontFamily}`;
}

/** Per weight, each covered character's advance as a fraction of the font size. */
let advanceTable: ReadonlyMap<number, ReadonlyMap<number, number>> | undefined;
let tableLoad: Promise<void> | undefined;

let context: CanvasRenderingContext2D | null | undefined;
/** The font last given to the canvas: setting it parses the string, which is slow. */
let contextFont = '';
const cache = new Map<string, number>();

/**
 * Measures Inter text from its advance widths (see loadTextMetrics) when every character is in
 * the table; otherwise with a canvas in the browser (the same fonts the SVG uses, once loaded);
 * elsewhere, such as in unit tests, estimates from an average glyph width so that layouts still
 * compute.
 */
export const measureText: MeasureText = (text, style) => {
  const font = toCssFont(style);
  const key = `${font}|${text}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const width =
    addAdvances(text, style) ?? measureOnCanvas(text, font) ?? estimateTextWidth(text, style);
  if (cache.size > 20_000) cache.clear();
  cache.set(key, width);
  return width;
};

/** About 0.55 em per character for Inter's regular weight, a little more for bold. */
export const estimateTextWidth: MeasureText = (text, style) =>
  text.replace(/[\u2066-\u2069]/g, '').length * style.size * (style.weight >= 600 ? 0.58 : 0.55);

/** Fonts finished loading: measurements taken before are stale. */
export function clearMeasureCache(): void {
  cache.clear();
}

/**
 * Loads Inter's advance widths (a small chunk written at build time): a canvas shapes each word
 * it measures, which took ~11 ms of the first chart's layout; adding advances takes well under
 * one. Kerning is not in the table, so widths come out at most a little wide: text wraps a
 * touch early rather than overflowing. Resolves once loaded, or failed (the canvas measures).
 */
export function loadTextMetrics(): Promise<void> {
  tableLoad ??= import('virtual:inter-advances').then(
    ({ interAdvances }) => {
      advanceTable = interAdvances;
      clearMeasureCache();
    },
    () => undefined,
  );
  return tableLoad;
}

/** Inter did not load: text is drawn in a fallback font, whose widths only a canvas knows. */
export function forgetTextMetrics(): void {
  advanceTable = undefined;
  clearMeasureCache();
}

/** The sum of the characters' advances, or undefined when one is not in the table. */
function addAdvances(text: string, style: FontSpec): number | undefined {
  const advances = advanceTable?.get(style.weight);
  if (!advances) return undefined;
  let ems = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    // Bidirectional isolates (U+2066-U+2069) are drawn with no width.
    if (code >= 0x2066 && code <= 0x2069) continue;
    const advance = advances.get(code);
    if (advance === undefined) return undefined;
    ems += advance;
  }
  return ems * style.size;
}

function measureOnCanvas(text: string, font: string): number | undefined {
  context ??=
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  if (font !== contextFont) {
    context.font = font;
    contextFont = font;
  }
  return context.measureText(text).width;
}
