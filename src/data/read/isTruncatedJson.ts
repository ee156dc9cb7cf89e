/**
 * True when JSON text stops part-way: inside a string, or with an object or array still open.
 * Used only after JSON.parse has failed, to tell a cut-off transfer (worth retrying) from a file
 * that is wrong. Engines word their parse errors differently, so the text is scanned instead.
 */
export function isTruncatedJson(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === backslash) i += 1;
      else if (char === quote) inString = false;
    } else if (char === quote) {
      inString = true;
    } else if (char === openBrace || char === openBracket) {
      depth += 1;
    } else if (char === closeBrace || char === closeBracket) {
      depth -= 1;
      // More closed than opened: the text is wrong, not short.
      if (depth < 0) return false;
    }
  }
  return inString || depth > 0;
}

const quote = 0x22;
const backslash = 0x5c;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;
