/**
 * Bidirectional isolation of text that comes from a dataset. A string is put between FIRST STRONG
 * ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069), so that nothing in it (a right-to-left
 * name, an override such as U+202E) can reorder the text around it: a figure, a date, another
 * name. The string itself keeps its own direction inside. HTML draws isolated runs as <bdi>; SVG
 * keeps the characters, which every Unicode text renderer honours; CSV cells and accessible names
 * drop them.
 */
export const isolateStart = '\u2068';
export const isolateEnd = '\u2069';

/** The isolate controls U+2066-U+2069 (a dataset's own embeddings and overrides are kept). */
const controls = /[\u2066-\u2069]/g;

/**
 * Characters that end a bidi paragraph (line and paragraph separators, CR, LF, the information
 * separators U+001C-U+001E, NEL) or a segment (tab). Each resets the bidi algorithm, closing every
 * isolate and override open at that point; a string carrying one would end its isolate early and
 * let what follows act on its neighbours. Inside one isolated string they read as a space.
 */
// eslint-disable-next-line no-control-regex -- the information separators are the point
const breaks = /[\t\n\r\u001c-\u001e\u0085\u2028\u2029]/;

// eslint-disable-next-line no-control-regex -- as breaks, with the isolate controls
const needsWork = /[\t\n\r\u001c-\u001e\u0085\u2028\u2029\u2066-\u2069]/;

/** Isolate openers a string may carry of its own: LRI, RLI, FSI. */
const openers = new Set(['\u2066', '\u2067', isolateStart]);

/**
 * `text` isolated from its neighbours (unchanged when empty), on one bidi paragraph: its
 * paragraph and segment breaks become spaces. The string's own isolates are balanced first: a stray U+2069 would otherwise close the isolate early and let the rest of the
 * string (an override, say) act on the text after it; one left open is closed.
 */
export function isolate(text: string): string {
  if (!text) return text;
  // Nearly every string has neither: one native scan instead of a walk, for 100,000 notes.
  if (!needsWork.test(text)) return `${isolateStart}${text}${isolateEnd}`;
  let open = 0;
  let inner = '';
  for (const character of text) {
    if (breaks.test(character)) {
      inner += ' ';
      continue;
    }
    if (openers.has(character)) open += 1;
    else if (character === isolateEnd) {
      if (open === 0) continue;
      open -= 1;
    }
    inner += character;
  }
  return `${isolateStart}${inner}${isolateEnd.repeat(open)}${isolateEnd}`;
}

/**
 * `text` without isolate marks: for a chart's data (CSV) and accessible names, read in logical
 * order. The dataset's own files (JSON, CSV downloads) are written from the dataset, untouched.
 */
export function stripIsolates(text: string): string {
  return text.replace(controls, '');
}

/**
 * `text` cut into lines (wrapped at spaces) with every isolate balanced on each line: one left
 * open at a line's end is closed there and opened again at the next line's start, so that no
 * line lets a string's direction leak into the words after it.
 */
export function balanceIsolates(lines: readonly string[]): string[] {
  const open: string[] = [];
  return lines.map((line) => {
    const reopened = open.join('');
    for (const character of line) {
      if (openers.has(character)) open.push(character);
      else if (character === isolateEnd) open.pop();
    }
    return `${reopened}${line}${isolateEnd.repeat(open.length)}`;
  });
}
