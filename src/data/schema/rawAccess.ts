/**
 * Safe reads of not-yet-validated JSON, so that the rules across a dataset's parts can run even
 * where the shape is broken, and every problem is listed at once.
 */
export type RawRecord = Readonly<Record<string, unknown>>;

export function asRecord(value: unknown): RawRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as RawRecord)
    : undefined;
}

/** The records of an array under `key`, with their index; anything else is skipped. */
export function readItems(parent: RawRecord, key: string): { index: number; item: RawRecord }[] {
  const list = parent[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((value: unknown, index) => {
    const item = asRecord(value);
    return item ? [{ index, item }] : [];
  });
}

export function readString(record: RawRecord, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

export function readStrings(record: RawRecord, key: string): { index: number; value: string }[] {
  const list = record[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((value: unknown, index) =>
    typeof value === 'string' ? [{ index, value }] : [],
  );
}

export function readNumber(record: RawRecord, key: string): number | undefined {
  const value = record[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
