import { describe, expect, it } from 'vitest';
import { getUtcTime } from '../../data/schema/calendarDate';
import { formatMonthTick, getMonthTicks } from './getMonthTicks';

const utc = (y: number, m: number, d = 1) => getUtcTime(y, m - 1, d);
const iso = (t: number) => new Date(t).toISOString().slice(0, 7);

describe('getMonthTicks', () => {
  it('puts a tick on the first of each month inside the span', () => {
    expect(getMonthTicks(utc(2024, 12, 19), utc(2025, 4, 2), 12).map(iso)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
    ]);
  });

  it('includes a start that falls on the first of a month', () => {
    expect(getMonthTicks(utc(2025, 1, 1), utc(2025, 2, 15), 12).map(iso)).toEqual([
      '2025-01',
      '2025-02',
    ]);
  });

  it('steps by 3, 6 or 12 months to stay within the number of ticks, on regular months', () => {
    const ticks = getMonthTicks(utc(2022, 6, 15), utc(2025, 7, 13), 6).map(iso);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.every((t) => t.endsWith('-01') || t.endsWith('-07'))).toBe(true);
  });

  it('steps by whole years over spans of centuries, still within the number of ticks', () => {
    const ticks = getMonthTicks(utc(1, 1, 1), utc(9999, 12, 31), 8).map(iso);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.every((t) => t.endsWith('-01'))).toBe(true);
    expect(ticks[0]).toBe('2000-01');
  });

  it('keeps years below 100 as they are (not 1900-1999)', () => {
    expect(getMonthTicks(utc(50, 1, 1), utc(50, 3, 1), 12).map(iso)).toEqual([
      '0050-01',
      '0050-02',
      '0050-03',
    ]);
  });
});

describe('formatMonthTick', () => {
  it('names the year on January and on the first tick only', () => {
    expect(formatMonthTick(utc(2024, 11), 0)).toBe('Nov 2024');
    expect(formatMonthTick(utc(2024, 12), 1)).toBe('Dec');
    expect(formatMonthTick(utc(2025, 1), 2)).toBe('Jan 2025');
  });
});
