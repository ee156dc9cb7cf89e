import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../data/schema/calendarDate';
import { formatCalendarDate, formatPeriod } from './formatDate';

const period = (from: string, to: string) =>
  formatPeriod(parseCalendarDate(from), parseCalendarDate(to));

describe('formatCalendarDate', () => {
  it.each([
    ['2025-01-13', '13 Jan 2025'],
    ['2024-12-01', '1 Dec 2024'],
    ['2025-09', 'Sep 2025'],
    ['2025-01', 'Jan 2025'],
    ['2024', '2024'],
  ])('shows %s at its own precision: %s', (text, shown) => {
    expect(formatCalendarDate(parseCalendarDate(text))).toBe(shown);
  });

  it('never turns a month into its first day', () => {
    expect(formatCalendarDate(parseCalendarDate('2025-01'))).not.toContain('1 Jan');
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2024-12-20', '2024-12-27', '20\u201327 Dec 2024'],
    ['2025-01-05', '2025-02-20', '5 Jan \u2013 20 Feb 2025'],
    ['2024-12-20', '2025-01-03', '20 Dec 2024 \u2013 3 Jan 2025'],
    ['2024-10', '2024-12', 'Oct \u2013 Dec 2024'],
    ['2024-10', '2025-01', 'Oct 2024 \u2013 Jan 2025'],
    ['2023-12', '2025-01-08', 'Dec 2023 \u2013 8 Jan 2025'],
    ['2025-01', '2025-01-15', 'Jan 2025 \u2013 15 Jan 2025'],
    ['2022', '2024-08-27', '2022 \u2013 27 Aug 2024'],
    ['2024', '2025', '2024 \u2013 2025'],
  ])('%s to %s reads "%s"', (from, to, shown) => {
    expect(period(from, to)).toBe(shown);
  });

  it.each([
    ['2024', '2024'],
    ['2025-01', 'Jan 2025'],
    ['2025-01-13', '13 Jan 2025'],
  ])('a period from %s to the same date is that date alone', (text, shown) => {
    expect(period(text, text)).toBe(shown);
  });
});
