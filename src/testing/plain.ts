import { stripIsolates } from '../domain/format/isolate';

/**
 * `value` with the isolate marks taken out of every string in it (arrays and plain objects
 * followed, cycles kept), so that assertions can be written as a reader sees the text. The
 * marks themselves are tested in isolate.test.ts, prepareDataset.test.ts and e2e/bidi.spec.ts.
 */
export function plain<T>(value: T): T {
  return strip(value, new WeakMap()) as T;
}

function strip(value: unknown, seen: WeakMap<object, unknown>): unknown {
  if (typeof value === 'string') return stripIsolates(value);
  if (typeof value !== 'object' || value === null) return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value) copy.push(strip(item, seen));
    return copy;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = strip(item, seen);
  return copy;
}
