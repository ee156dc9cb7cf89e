import { useSyncExternalStore } from 'react';

/** How far one attempt to fetch a dataset has got. */
export interface LoadProgress {
  /** When the attempt started, in ms since the epoch (Date.now()). */
  readonly startedAt: number;
  /** Bytes received so far; undefined until the server answers. */
  readonly received: number | undefined;
  /** Bytes expected, when the server said so and the transfer is not compressed. */
  readonly total: number | undefined;
  /** Every byte is in and the data is being parsed and checked. */
  readonly checking?: true;
}

const progressByPath = new Map<string, LoadProgress>();
const listeners = new Set<() => void>();

/** Records an attempt's progress for whoever shows it. */
export function setLoadProgress(path: string, progress: LoadProgress): void {
  progressByPath.set(path, progress);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The latest progress of fetching `path`, if a fetch has started. */
export function useLoadProgress(path: string): LoadProgress | undefined {
  return useSyncExternalStore(subscribe, () => progressByPath.get(path));
}
