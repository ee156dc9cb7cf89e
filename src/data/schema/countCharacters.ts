// Made on first use: building a segmenter costs the page's start a few milliseconds, and most
// pages count no briefer's text at all.
let segmenter: Intl.Segmenter | undefined;
const graphemes = () => (segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' }));

/**
 * Characters as a reader counts them (graphemes): an emoji or a letter with its accents is one,
 * as the briefer's edits count them (state/chartEdits.ts). Past `longest` UTF-16 units the text
 * is not segmented, and its length in units is returned: hostile input costs nothing to refuse.
 */
export function countCharacters(text: string, longest = 100_000): number {
  if (text.length > longest) return text.length;
  let count = 0;
  for (const _ of graphemes().segment(text)) count += 1;
  return count;
}

/** The text split into characters as a reader counts them (graphemes), none cut in two. */
export function splitCharacters(text: string): string[] {
  return Array.from(graphemes().segment(text), (part) => part.segment);
}

/** The text within `limit` characters: cut at a character and ended "…" where it was longer. */
export function shortenText(text: string, limit: number): string {
  const characters = splitCharacters(text);
  return characters.length <= limit ? text : `${characters.slice(0, limit - 1).join('')}\u2026`;
}
