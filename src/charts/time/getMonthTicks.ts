import { getMonthName } from '../../domain/formatDate';

/**
 * Ticks on the first of months (UTC ms) between `start` and `end`, every 1, 2, 3, 6 or 12
 * months so that at most `maxTicks` fit.
 */
export function getMonthTicks(start: number, end: number, maxTicks: number): number[] {
  const first = new Date(start);
  const year = first.getUTCFullYear();
  let month = first.getUTCMonth() + (first.getUTCDate() > 1 ? 1 : 0);
  const months: number[] = [];
  for (let t = Date.UTC(year, month, 1); t <= end; t = Date.UTC(year, ++month, 1)) months.push(t);
  const step =
    [1, 2, 3, 6, 12].find((s) => Math.ceil(months.length / s) <= Math.max(1, maxTicks)) ?? 12;
  // Keep ticks on months divisible by the step (Jan, Apr, Jul, Oct for 3), for a regular rhythm.
  const kept = months.filter((t) => new Date(t).getUTCMonth() % step === 0);
  return kept.length ? kept : months.slice(0, 1);
}

/** "Jan 2025" for January (and the first tick), else "Feb". */
export function formatMonthTick(time: number, index: number): string {
  const date = new Date(time);
  const name = getMonthName(date.getUTCMonth() + 1);
  return date.getUTCMonth() === 0 || index === 0 ? `${name} ${date.getUTCFullYear()}` : name;
}
