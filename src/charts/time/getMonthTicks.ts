import { getUtcTime } from '../../data/schema/calendarDate';
import { getMonthName } from '../../domain/format/formatDate';

/** Steps between ticks, in months: up to a year, then whole years for long spans. */
const monthSteps = [
  1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12_000, 24_000, 60_000,
];

/**
 * Ticks on the first of months (UTC ms) between `start` and `end`, spaced by the shortest step
 * that lets at most `maxTicks` fit, on months divisible by it (Jan, Apr, Jul, Oct for 3) for a
 * regular rhythm. Counted, not enumerated: a span of centuries costs no more than one of weeks.
 */
export function getMonthTicks(start: number, end: number, maxTicks: number): number[] {
  const first = new Date(start);
  const last = new Date(end);
  // Months counted from January of year 0; a span that starts mid-month ticks from the next.
  const from = first.getUTCFullYear() * 12 + first.getUTCMonth() + (first.getUTCDate() > 1 ? 1 : 0);
  const to = last.getUTCFullYear() * 12 + last.getUTCMonth();
  if (to < from) return [];
  const count = to - from + 1;
  const step =
    monthSteps.find((s) => Math.ceil(count / s) <= Math.max(1, maxTicks)) ??
    monthSteps.at(-1) ??
    12;
  const ticks: number[] = [];
  for (let m = Math.ceil(from / step) * step; m <= to; m += step) ticks.push(toTime(m));
  return ticks.length ? ticks : [toTime(from)];
}

const toTime = (months: number) => getUtcTime(Math.floor(months / 12), months % 12, 1);

/** "Jan 2025" for January (and the first tick), else "Feb". */
export function formatMonthTick(time: number, index: number): string {
  const date = new Date(time);
  const name = getMonthName(date.getUTCMonth() + 1);
  return date.getUTCMonth() === 0 || index === 0 ? `${name} ${date.getUTCFullYear()}` : name;
}
