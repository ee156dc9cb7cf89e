import { explainCalendarDate, getDateSpan, parseCalendarDate } from './calendarDate';
import { formatPath, type PathSegment, type Problem } from './problem';
import {
  asRecord,
  readItems,
  readNumber,
  readString,
  readStrings,
  type RawRecord,
} from './rawAccess';

const collections = ['metrics', 'sources', 'citations', 'estimates'] as const;
type Collection = (typeof collections)[number];

/**
 * Rules that span a dataset's parts: unique ids (briefings' too), references that resolve, sums
 * that add up, ranges in order. It reads the raw input defensively, so it also runs where the
 * shape check found problems and the author sees everything in one pass.
 */
export function checkDatasetRules(input: unknown): Problem[] {
  const root = asRecord(input);
  if (!root) return [];
  const problems: Problem[] = [];
  const report = (path: PathSegment[], message: string) =>
    problems.push({ path: formatPath(path), message });

  const ids = Object.fromEntries(
    collections.map((name) => [name, collectIds(root, name, report)]),
  ) as Record<Collection, Map<string, number>>;

  collectIds(root, 'briefings', report);
  checkSums(root, ids.metrics, report);
  for (const { index, item } of readItems(root, 'estimates')) {
    const at = (...rest: PathSegment[]) => ['estimates', index, ...rest];
    checkReference(item, 'metric', ids.metrics, 'metrics', at('metric'), report);
    checkReference(item, 'source', ids.sources, 'sources', at('source'), report);
    const cited = new Set<string>();
    for (const { index: j, value } of readStrings(item, 'citations')) {
      if (!ids.citations.has(value)) {
        report(at('citations', j), `unknown citation "${value}": no citations[].id has it`);
      } else if (cited.has(value)) {
        report(at('citations', j), `"${value}" is listed twice`);
      }
      cited.add(value);
    }
    const value = asRecord(item.value);
    if (value) checkValue(value, at('value'), report);
    const period = asRecord(item.period);
    if (period) checkPeriod(period, at('period'), report);
  }
  return problems;
}

type Report = (path: PathSegment[], message: string) => void;

/** Ids of one collection, each with the index that first used it; duplicates are reported. */
function collectIds(
  root: RawRecord,
  name: Collection | 'briefings',
  report: Report,
): Map<string, number> {
  const seen = new Map<string, number>();
  for (const { index, item } of readItems(root, name)) {
    const id = readString(item, 'id');
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else report([name, index, 'id'], `duplicate id "${id}": already used by ${name}[${first}]`);
  }
  return seen;
}

function checkReference(
  item: RawRecord,
  key: string,
  ids: Map<string, number>,
  collection: Collection,
  path: PathSegment[],
  report: Report,
): void {
  const id = readString(item, key);
  if (id !== undefined && !ids.has(id)) {
    report(path, `unknown ${key} "${id}": no ${collection}[].id has it`);
  }
}

function checkSums(root: RawRecord, metricIds: Map<string, number>, report: Report): void {
  const metrics = readItems(root, 'metrics');
  const unitOf = new Map(
    metrics.map(({ item }) => [readString(item, 'id'), readString(item, 'unit')]),
  );
  const partsOf = new Map<string, string[]>();
  for (const { index, item } of metrics) {
    const id = readString(item, 'id');
    const unit = readString(item, 'unit');
    const parts = readStrings(item, 'sumOf');
    const seen = new Set<string>();
    for (const { index: j, value: part } of parts) {
      const at: PathSegment[] = ['metrics', index, 'sumOf', j];
      if (!metricIds.has(part)) report(at, `unknown metric "${part}": no metrics[].id has it`);
      else if (part === id) report(at, `a metric cannot be a sum of itself ("${part}")`);
      else if (seen.has(part)) report(at, `"${part}" is listed twice`);
      else if (unit !== undefined && unitOf.get(part) !== undefined && unitOf.get(part) !== unit) {
        report(
          at,
          `"${part}" is counted in ${String(unitOf.get(part))}, not ${unit}: a sum needs one unit`,
        );
      }
      seen.add(part);
    }
    if (id !== undefined && parts.length > 0)
      partsOf.set(
        id,
        parts.map((p) => p.value),
      );
  }
  for (const cycle of findCycles(partsOf)) {
    const [first] = cycle;
    const index = first === undefined ? undefined : metricIds.get(first);
    if (index !== undefined) {
      report(['metrics', index, 'sumOf'], `sums form a cycle: ${[...cycle, first].join(' -> ')}`);
    }
  }
}

/** Each cycle of the sumOf graph once, starting at its first metric in dataset order. */
export function findCycles(partsOf: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    const at = trail.indexOf(id);
    if (at !== -1) {
      cycles.push(trail.slice(at));
      return;
    }
    if (done.has(id)) return;
    for (const part of partsOf.get(id) ?? []) if (part !== id) visit(part, [...trail, id]);
    done.add(id);
  };
  for (const id of partsOf.keys()) visit(id, []);
  return cycles;
}

function checkValue(value: RawRecord, path: PathSegment[], report: Report): void {
  const best = readNumber(value, 'best');
  const low = readNumber(value, 'low');
  const high = readNumber(value, 'high');
  const has = (key: string) => value[key] !== undefined;
  if (!has('best') && !(has('low') && has('high'))) {
    if (has('low') || has('high')) {
      const missing = has('low') ? 'high' : 'low';
      report(
        [...path, missing],
        `is required with ${missing === 'high' ? 'low' : 'high'} when there is no best`,
      );
    } else report(path, 'needs best, or both low and high');
  }
  if (low !== undefined && high !== undefined && low > high) {
    report([...path, 'low'], `must not exceed high (${low} > ${high})`);
  }
  if (low !== undefined && best !== undefined && low > best) {
    report([...path, 'low'], `must not exceed best (${low} > ${best})`);
  }
  if (best !== undefined && high !== undefined && best > high) {
    report([...path, 'best'], `must not exceed high (${best} > ${high})`);
  }
}

function checkPeriod(period: RawRecord, path: PathSegment[], report: Report): void {
  const from = readString(period, 'from');
  const to = readString(period, 'to');
  if (from === undefined || to === undefined) return;
  if (explainCalendarDate(from) !== undefined || explainCalendarDate(to) !== undefined) return;
  // Compared as spans: "2025-01" to "2025-01-15" is a valid window inside January.
  if (getDateSpan(parseCalendarDate(from)).start >= getDateSpan(parseCalendarDate(to)).end) {
    report([...path, 'from'], `must not be after to (${from} > ${to})`);
  }
}
