/** One reason a dataset is refused: where (`estimates[3].value.low`) and what. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

export type PathSegment = string | number;

/** `['estimates', 3, 'value']` -> `estimates[3].value`; the root is `(dataset)`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out === '' ? '(dataset)' : out;
}

const topLevelOrder: readonly string[] = [
  'format',
  'id',
  'title',
  'description',
  'updated',
  'metrics',
  'sources',
  'citations',
  'estimates',
  'briefings',
];

/**
 * For a stable sort into document order: top-level keys in the format's order, items by index
 * (`estimates[2]` before `estimates[10]`); keys inside an item keep the order they were found in.
 */
export function compareProblems(a: Problem, b: Problem): number {
  const left = splitPath(a.path);
  const right = splitPath(b.path);
  const [x0, x1] = left;
  const [y0, y1] = right;
  if (x0 !== y0) return rankTopLevel(x0) - rankTopLevel(y0);
  if (typeof x1 === 'number' && typeof y1 === 'number') return x1 - y1;
  return 0;
}

function rankTopLevel(key: PathSegment | undefined): number {
  const rank = topLevelOrder.indexOf(String(key));
  return rank === -1 ? topLevelOrder.length : rank;
}

/** `estimates[3].value` -> `['estimates', 3, 'value']`, the inverse of formatPath. */
export function splitPath(path: string): PathSegment[] {
  return path
    .split(/\.|(?=\[)/)
    .map((part) => (part.startsWith('[') ? Number(part.slice(1, -1)) : part));
}

/** Each problem once: a path and message given twice (by the shape and by a rule) read once. */
export function dedupeProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
