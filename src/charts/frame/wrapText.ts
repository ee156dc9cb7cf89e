import type { TextStyle } from '../chartStyle';
import { balanceIsolates } from '../../domain/format/isolate';
import type { MeasureText } from '../../lib/measureText';

/**
 * Greedy word wrap to `maxWidth`. A word wider than a whole line is cut at character boundaries
 * rather than overflowing (URLs, long names). Never drops text unless `maxLines` says so, in
 * which case the last line ends with an ellipsis. A dataset string wrapped across lines stays
 * isolated on each (see balanceIsolates): each line is drawn as a paragraph of its own.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  style: TextStyle,
  measure: MeasureText,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let line = '';
  // A line's width is the sum of its words and spaces: each word is measured once (and cached
  // across charts) instead of the growing line after every word, which was most of the time
  // the first chart took to lay out its sources.
  let lineWidth = 0;
  const space = measure(' ', style);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = measure(word, style);
    const candidateWidth = line ? lineWidth + space + wordWidth : wordWidth;
    if (candidateWidth <= maxWidth) {
      line = line ? `${line} ${word}` : word;
      lineWidth = candidateWidth;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    lineWidth = wordWidth;
    while (lineWidth > maxWidth && line.length > 1) {
      const cut = fitPrefix(line, maxWidth, style, measure);
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
      lineWidth = measure(line, style);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return balanceIsolates(lines);
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(
    `${kept[maxLines - 1] ?? ''} ${lines[maxLines] ?? ''}`,
    maxWidth,
    style,
    measure,
  );
  return balanceIsolates(kept);
}

/** `text` cut to fit `maxWidth` with a trailing ellipsis. */
export function ellipsize(
  text: string,
  maxWidth: number,
  style: TextStyle,
  measure: MeasureText,
): string {
  if (measure(text, style) <= maxWidth) return text;
  let end = fitPrefix(text, maxWidth - measure('\u2026', style), style, measure);
  while (end > 0 && text[end - 1] === ' ') end--;
  return `${text.slice(0, end)}\u2026`;
}

/** How many leading characters fit in `maxWidth` (at least one, so wrapping always advances). */
function fitPrefix(text: string, maxWidth: number, style: TextStyle, measure: MeasureText): number {
  let low = 1;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, mid), style) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Wrapped lines, each but the last keeping its trailing space: invisible when drawn, but the
 * SVG's text (for search, copy and screen readers) then reads "Ukrainska Pravda", not
 * "UkrainskaPravda".
 */
export function keepWordBreaks(lines: readonly string[]): string[] {
  return lines.map((line, i) => (i < lines.length - 1 ? `${line} ` : line));
}
