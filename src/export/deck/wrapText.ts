import { splitCharacters as splitGraphemes } from '../../data/schema/countCharacters';

/** Width of a piece of text in the units of the width it must fit (points, here). */
export type MeasureLine = (text: string) => number;

/**
 * Breaks text into lines no wider than `width`: at spaces, and in a URL also after / ? & = # -
 * (a URL has no spaces). A word wider than a whole line is broken between characters, so no line
 * ever overflows. Spaces at a break are dropped; an empty text is one empty line.
 */
export function wrapText(
  text: string,
  width: number,
  measure: MeasureLine,
  isUrl = false,
): string[] {
  const tokens = text.split(isUrl ? /(?<=[/?&=#-])/ : /(?<= )/).filter((token) => token !== '');
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (measure(candidate.trimEnd()) <= width) {
      line = candidate;
      continue;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
    for (const piece of breakWord(token, width, measure)) {
      if (line !== '') lines.push(line.trimEnd());
      line = piece;
    }
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** A token cut into pieces that each fit the width (the last one may have room to spare). */
function breakWord(token: string, width: number, measure: MeasureLine): string[] {
  const word = token.trimEnd();
  if (measure(word) <= width) return [token];
  const pieces: string[] = [];
  let piece = '';
  // By grapheme, never inside a character (a letter and its accents, an emoji); the space after
  // the word stays out of it.
  for (const character of splitGraphemes(word)) {
    if (piece !== '' && measure(piece + character) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += character;
  }
  pieces.push(piece + token.slice(word.length));
  return pieces;
}

/**
 * At most `max` lines: past that, the last kept line ends in an ellipsis, shortened until it
 * fits. For frame text with no length limit of its own (a title, a citation's title).
 */
export function clampLines(
  lines: readonly string[],
  max: number,
  width: number,
  measure: MeasureLine,
): string[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, max);
  let last = kept[max - 1] ?? '';
  while (last !== '' && measure(`${last}\u2026`) > width) {
    last = splitGraphemes(last).slice(0, -1).join('');
  }
  kept[max - 1] = `${last.trimEnd()}\u2026`;
  return kept;
}
