/** Prefix of the performance measures the app records; `npm run bench` reads them. */
export const measurePrefix = 'crosscheck:';

/**
 * Runs `work` and records how long it took as the performance measure `crosscheck:<name>`, on
 * the thread that ran it. Cheap enough to leave on: one entry per load or per view change.
 */
export function measureTime<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`${measurePrefix}${name}`, { start, end: performance.now() });
  }
}
