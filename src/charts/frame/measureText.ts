import { toCssFont, type TextStyle } from '../chartStyle';

/** Width in pixels of `text` set in `style`. */
export type MeasureText = (text: string, style: TextStyle) => number;

let context: CanvasRenderingContext2D | null | undefined;
/** The font last given to the canvas: setting it parses the string, which is slow. */
let contextFont = '';
const cache = new Map<string, number>();

/**
 * Measures with a canvas in the browser (the same fonts the SVG uses, once loaded); elsewhere,
 * such as in unit tests, estimates from an average glyph width so that layouts still compute.
 */
export const measureText: MeasureText = (text, style) => {
  const font = toCssFont(style);
  const key = `${font}|${text}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  context ??=
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  let width: number;
  if (context) {
    if (font !== contextFont) {
      context.font = font;
      contextFont = font;
    }
    width = context.measureText(text).width;
  } else {
    width = estimateTextWidth(text, style);
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(key, width);
  return width;
};

/** About 0.55 em per character for Inter's regular weight, a little more for bold. */
export const estimateTextWidth: MeasureText = (text, style) =>
  text.length * style.size * (style.weight >= 600 ? 0.58 : 0.55);

/** Fonts finished loading: measurements taken before are stale. */
export function clearMeasureCache(): void {
  cache.clear();
}
