import { formatBytes } from '../../data/formatBytes';
import { isTruncatedJson } from '../../data/read/isTruncatedJson';
import { briefingFormat, briefingLimits, type BriefingFile } from './briefing';
import { BriefingError } from './BriefingError';
import { validateBriefing } from './validateBriefing';

/**
 * A `briefing/v1` file's text, read and checked whole (docs/briefing-format.md): the briefing
 * with its slides keyed, and the dataset it was made on. Throws a BriefingError that lists
 * every problem otherwise. `fileName` names the file in messages.
 */
export function readBriefingText(text: string, fileName: string): BriefingFile {
  checkSize(text, fileName);
  // A byte-order mark is legal at the start of a UTF-8 file but not in JSON.
  const json = text.replace(/^\uFEFF/, '');
  if (!/\S/.test(json)) {
    throw new BriefingError('not-json', fileName, `${fileName} is empty: a briefing is JSON.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json) as unknown;
  } catch (cause) {
    throw explainNotJson(json, fileName, cause);
  }
  const result = validateBriefing(parsed);
  if (result.ok) return result.file;
  const count = result.problems.length;
  const summary = `${fileName} is not a valid briefing (format ${briefingFormat}): ${count} problem${count === 1 ? '' : 's'}.`;
  throw new BriefingError('invalid', fileName, summary, { problems: result.problems });
}

/** Refuses text past the size limit, in bytes of UTF-8, before anything reads it. */
function checkSize(text: string, fileName: string): void {
  const limit = briefingLimits.fileBytes;
  // UTF-8 takes at most three bytes per UTF-16 unit: short text needs no encoding to tell.
  if (text.length * 3 <= limit) return;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > limit) {
    throw new BriefingError(
      'too-large',
      fileName,
      `${fileName} is ${formatBytes(bytes)}, more than the ${formatBytes(limit)} a briefing may be.`,
    );
  }
}

function explainNotJson(text: string, fileName: string, cause: unknown): BriefingError {
  if (/^\s*</.test(text)) {
    return new BriefingError('html', fileName, `${fileName} is a web page (HTML), not JSON.`, {
      cause,
    });
  }
  if (isTruncatedJson(text)) {
    return new BriefingError(
      'truncated',
      fileName,
      `${fileName} stops part-way: its JSON ends before every object and list is closed.`,
      { cause },
    );
  }
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new BriefingError(
    'not-json',
    fileName,
    `${fileName} is not valid JSON: ${locate(reason, text)}.`,
    { cause },
  );
}

/**
 * The engine's reason with the line and column added where it gives only a position (V8:
 * "at position 13"), so that the person can find the place in an editor.
 */
function locate(reason: string, text: string): string {
  const position = /\bposition (\d+)/.exec(reason)?.[1];
  if (position === undefined || /\bline \d+/.test(reason)) return reason;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `${reason} (line ${line}, column ${column})`;
}
