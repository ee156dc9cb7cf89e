import type { MeasureText } from '../../lib/measureText';
import type { TextStyle } from '../chartStyle';
import { wrapText } from '../frame/wrapText';

/** A callout's words set in lines, and the room they take, in pixels (padding not included). */
export interface CalloutText {
  readonly lines: readonly string[];
  /** The widest line. */
  readonly width: number;
  /** Lines times the line height. */
  readonly height: number;
}

/** The most lines a callout is set in while a wider line would do. */
const mostLines = 3;

/**
 * A callout's words set in 1, 2 or 3 balanced lines, each no wider than `maxWidth`: the ways it
 * may be placed, the likeliest first (the fewest lines that keep within a sensible measure of
 * about 30 characters, then the others, the narrower first). Words are never cut nor dropped; where
 * `maxWidth` is too narrow for three lines, the words take as many as they need.
 */
export function wrapCallout(
  text: string,
  style: TextStyle,
  measure: MeasureText,
  maxWidth: number,
): CalloutText[] {
  const sensible = 16 * style.size;
  const set = (width: number) =>
    toCalloutText(wrapText(text, width, style, measure), style, measure);
  const found: CalloutText[] = [];
  for (let lines = 1; lines <= mostLines; lines++) {
    const width = findLeastWidth(text, lines, style, measure);
    if (width === undefined || width > maxWidth) continue;
    const candidate = set(width);
    if (!found.some((other) => other.lines.join('\n') === candidate.lines.join('\n'))) {
      found.push(candidate);
    }
  }
  if (found.length === 0) return [set(Math.max(1, maxWidth))];
  const preferred = found.find((candidate) => candidate.width <= sensible) ?? found.at(-1);
  return [
    ...(preferred ? [preferred] : []),
    ...found.filter((candidate) => candidate !== preferred).reverse(),
  ];
}

/**
 * The least width (whole pixels) at which the words wrap to `lines` lines or fewer; undefined
 * where a word alone is too wide for that many (it would be cut).
 */
function findLeastWidth(
  text: string,
  lines: number,
  style: TextStyle,
  measure: MeasureText,
): number | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const widest = Math.ceil(Math.max(0, ...words.map((word) => measure(word, style))));
  // As wrapText adds up a line: its words and the spaces between them.
  const spaces = Math.max(0, words.length - 1) * measure(' ', style);
  // A pixel over: the same widths added in another order may come out a hair wider.
  const whole = Math.ceil(words.reduce((sum, word) => sum + measure(word, style), spaces)) + 1;
  if (wrapText(text, widest, style, measure).length <= lines) return widest;
  if (lines === 1) return whole;
  let low = widest;
  let high = whole;
  // Invariant: `high` wraps to `lines` or fewer, `low` to more.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (wrapText(text, middle, style, measure).length <= lines) high = middle;
    else low = middle;
  }
  return high;
}

function toCalloutText(lines: string[], style: TextStyle, measure: MeasureText): CalloutText {
  return {
    lines,
    width: Math.max(0, ...lines.map((line) => measure(line, style))),
    height: lines.length * style.lineHeight,
  };
}
