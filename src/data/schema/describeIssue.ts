import type { z } from './zod';
import { formatPath, type Problem } from './problem';

type Issue = z.core.$ZodIssue;

/** A zod issue as a `path: message` problem, in words a dataset author can act on. */
export function describeIssue(issue: Issue): Problem {
  const path = issue.path.filter((p) => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    // One problem per key, at the key's own path, so that each typo is named where it is.
    const [key] = issue.keys;
    return {
      path: formatPath([...path, key ?? '']),
      message: 'unknown key: format v1 has no such field (a typo?)',
    };
  }
  return { path: formatPath(path), message: describeMessage(issue) };
}

/** Every issue as problems; an issue naming several unknown keys gives one problem per key. */
export function describeIssues(issues: readonly Issue[]): Problem[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => describeIssue({ ...issue, keys: [key] }))
      : [describeIssue(issue)],
  );
}

function describeMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (issue.expected === 'int') return `must be a whole number (got ${show(issue.input)})`;
      return `must be ${withArticle(issue.expected)} (got ${describeType(issue.input)})`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${String(issue.minimum)} (got ${show(issue.input)})`;
    case 'too_big':
      if (issue.origin === 'array') return `has too many items: at most ${String(issue.maximum)}`;
      if (issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? issue.input.length : 0;
        return `is too long: ${length} characters, at most ${String(issue.maximum)}`;
      }
      return `must be at most ${String(issue.maximum)} (got ${show(issue.input)})`;
    case 'invalid_value':
      if (issue.input === undefined) return 'is required';
      // One value, or too many to list (country codes): the schema's own message says it.
      if (issue.values.length === 1 || issue.values.length > 12) return issue.message;
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (got ${show(issue.input)})`;
    case 'invalid_format':
      return `${issue.message} (got ${show(issue.input)})`;
    default:
      return issue.message;
  }
}

function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value)) return show(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${show(value)}`;
}

/**
 * A value as it appears in JSON, shortened so that a 10 MB string does not flood the list. Bidi
 * controls and paragraph breaks JSON leaves raw are written as escapes: the user sees what the
 * file holds, and an override in it cannot reorder the message around it.
 */
function show(value: unknown): string {
  // JSON.parse turns a number too large for a double (1e400) into Infinity; JSON would say null.
  if (typeof value === 'number' && !Number.isFinite(value)) {
    if (Number.isNaN(value)) return 'NaN';
    return value > 0 ? 'a number too large to hold' : 'a negative number too large to hold';
  }
  let json: string;
  try {
    json = stringify(value) ?? String(value);
  } catch {
    // A BigInt or a cyclic object (not from JSON.parse, but the validator must never throw).
    json =
      typeof value === 'bigint' ? `${value.toString()}n` : Object.prototype.toString.call(value);
  }
  const shown = json.length > 60 ? `${json.slice(0, 57)}...` : json;
  return shown.replace(
    invisibles,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Marks that change how text around them is ordered or broken, yet show nothing. */
const invisibles = /[\u0085\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON.stringify gives undefined for undefined and functions, whatever its types say. */
function stringify(value: unknown): string | undefined {
  return JSON.stringify(value);
}
