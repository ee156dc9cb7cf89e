import type { FontSpec, MeasureText } from '../../lib/measureText';
import { deckLayout } from './deckLayout';
import { clampLines, wrapText } from './wrapText';

/**
 * A run of frame text placed on a slide, in points from the top left. The PDF writer draws its
 * `lines`; the PPTX writer gives PowerPoint the whole `text` in a box of the same size and lets
 * it wrap (in Inter, or in the sans-serif it substitutes, whose widths may differ a little).
 */
export interface TextBlock {
  /** The whole text, unbroken. */
  readonly text: string;
  /** The text broken into lines that fit `width` in Inter at `font`. */
  readonly lines: readonly string[];
  readonly x: number;
  /** Top of the first line's box. */
  readonly y: number;
  readonly width: number;
  readonly font: FontSpec;
  readonly lineHeight: number;
  /** "#rrggbb". */
  readonly color: string;
  /** The text is this link (drawn clickable). */
  readonly url?: string;
}

export interface BlockOptions {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly font: FontSpec;
  readonly color: string;
  readonly url?: string;
  /** At most this many lines, the last one ending in an ellipsis past it. */
  readonly maxLines?: number;
  /** The text is a URL: it breaks after its separators (it has no spaces). */
  readonly isUrl?: boolean;
}

/** A block of text at a position, wrapped to its width with `measure` (Inter's metrics). */
export function placeText(text: string, options: BlockOptions, measure: MeasureText): TextBlock {
  const { font, width, url, maxLines, isUrl = false } = options;
  const measureLine = (line: string) => measure(line, font);
  const wrapped = wrapText(text, width, measureLine, isUrl);
  const lines =
    maxLines === undefined ? wrapped : clampLines(wrapped, maxLines, width, measureLine);
  return {
    text,
    lines,
    x: options.x,
    y: options.y,
    width,
    font,
    lineHeight: font.size * deckLayout.leading,
    color: options.color,
    ...(url === undefined ? {} : { url }),
  };
}

/** Height of a block's lines, in points. */
export function measureBlockHeight(block: TextBlock): number {
  return block.lines.length * block.lineHeight;
}

/**
 * Distance in points from the top of a line's box to its baseline: Inter's ascender (0.969 em)
 * plus half the leading above its text box (ascender + descender, 1.211 em).
 */
export function getBaselineOffset(block: TextBlock): number {
  const { size } = block.font;
  return size * (0.96875 + (deckLayout.leading - 1.2109375) / 2);
}
