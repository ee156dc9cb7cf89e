import { describe, expect, it } from 'vitest';
import { makeDataset, withValue } from '../../testing/factories/makeDataset';
import { expectOnlyProblem, problemLines } from '../../testing/problems';
import {
  calendarDatePattern,
  explainCalendarDate,
  getDateSpan,
  getDaysInMonth,
  getUtcTime,
  parseCalendarDate,
} from './calendarDate';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('explainCalendarDate', () => {
  it.each(['2025', '2025-01', '2025-01-31', '2024-02-29', '2000-02-29', '1999-12-31'])(
    'accepts %s',
    (text) => {
      expect(explainCalendarDate(text)).toBeUndefined();
    },
  );

  it.each([
    ['2025-02-30', '"2025-02-30" is not a real date: February 2025 has 28 days'],
    ['2023-02-29', '"2023-02-29" is not a real date: February 2023 has 28 days'],
    ['1900-02-29', '"1900-02-29" is not a real date: February 1900 has 28 days'],
    ['2025-04-31', '"2025-04-31" is not a real date: April 2025 has 30 days'],
    ['2025-01-00', '"2025-01-00" is not a real date: January 2025 has 31 days'],
    ['2025-13', '"2025-13" has no month 13: months run from 01 to 12'],
    ['2025-00-10', '"2025-00-10" has no month 00: months run from 01 to 12'],
    ['2025-1-1', '"2025-1-1" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2025-01-01T00:00', '"2025-01-01T00:00" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD'],
    ['25', '"25" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD'],
    ['', '"" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('explains why %j is not a date', (text, why) => {
    expect(explainCalendarDate(text)).toBe(why);
  });
});

describe('getUtcTime', () => {
  it('is Date.UTC for modern years, and keeps years 0-99 as they are', () => {
    expect(getUtcTime(2025, 0, 31)).toBe(Date.UTC(2025, 0, 31));
    expect(getUtcTime(2025, 12, 1)).toBe(Date.UTC(2026, 0, 1));
    expect(new Date(getUtcTime(50, 0, 1)).toISOString()).toBe('0050-01-01T00:00:00.000Z');
    expect(new Date(getUtcTime(0, 1, 29)).toISOString()).toBe('0000-02-29T00:00:00.000Z');
  });
});

describe('getDaysInMonth', () => {
  it.each([
    [2025, 1, 31],
    [2025, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(getDaysInMonth(year, month)).toBe(days);
  });
});

describe('parseCalendarDate', () => {
  it('keeps the precision the text gives', () => {
    expect(parseCalendarDate('2025')).toEqual({ text: '2025', precision: 'year', year: 2025 });
    expect(parseCalendarDate('2025-01')).toEqual({
      text: '2025-01',
      precision: 'month',
      year: 2025,
      month: 1,
    });
    expect(parseCalendarDate('2025-01-13')).toEqual({
      text: '2025-01-13',
      precision: 'day',
      year: 2025,
      month: 1,
      day: 13,
    });
  });

  it('splits, without checking again, what the validator already checked', () => {
    // Validation happens once, at the edge (explainCalendarDate); parsing only splits.
    expect(parseCalendarDate('2025-02-30')).toMatchObject({ year: 2025, month: 2, day: 30 });
  });

  it('throws on text that is not shaped like a date at all', () => {
    expect(() => parseCalendarDate('13/01/2025')).toThrow('is not a calendar date');
  });
});

describe('getDateSpan', () => {
  it('covers a day as 24 hours', () => {
    expect(getDateSpan(parseCalendarDate('2025-01-13'))).toEqual({
      start: utc(2025, 1, 13),
      end: utc(2025, 1, 14),
    });
  });

  it('covers a month as the whole month, not its first day', () => {
    expect(getDateSpan(parseCalendarDate('2025-01'))).toEqual({
      start: utc(2025, 1, 1),
      end: utc(2025, 2, 1),
    });
    expect(getDateSpan(parseCalendarDate('2024-02'))).toEqual({
      start: utc(2024, 2, 1),
      end: utc(2024, 3, 1),
    });
  });

  it('covers December up to the first of January of the next year', () => {
    expect(getDateSpan(parseCalendarDate('2024-12'))).toEqual({
      start: utc(2024, 12, 1),
      end: utc(2025, 1, 1),
    });
    expect(getDateSpan(parseCalendarDate('2024-12-31')).end).toBe(utc(2025, 1, 1));
  });

  it('covers a year as the whole year', () => {
    expect(getDateSpan(parseCalendarDate('2024'))).toEqual({
      start: utc(2024, 1, 1),
      end: utc(2025, 1, 1),
    });
  });
});

describe('dates in a dataset', () => {
  const fields = [
    [['updated'], 'updated'],
    [['citations', 0, 'published'], 'citations[0].published'],
    [['estimates', 0, 'asOf'], 'estimates[0].asOf'],
    [['estimates', 0, 'statedOn'], 'estimates[0].statedOn'],
  ] as const;

  it.each(fields)('accepts year, month and day precision, and 29 February 2024, in %j', (at) => {
    for (const date of ['2025', '2025-01', '2025-01-13', '2024-02-29']) {
      expect(problemLines(withValue(makeDataset(), at, date))).toEqual([]);
    }
  });

  it.each([
    ['2025-02-30', '"2025-02-30" is not a real date: February 2025 has 28 days'],
    ['2023-02-29', '"2023-02-29" is not a real date: February 2023 has 28 days'],
    ['2025-13', '"2025-13" has no month 13: months run from 01 to 12'],
    ['2025-1-1', 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2025-01-01T00:00', 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD'],
    ['13 January 2025', 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('refuses %j with exactly one message', (date, message) => {
    for (const [at, path] of fields) {
      expectOnlyProblem(withValue(makeDataset(), at, date), path, message);
    }
  });

  it('refuses a date that is not a string', () => {
    expectOnlyProblem(
      withValue(makeDataset(), ['estimates', 0, 'asOf'], 20250113),
      'estimates[0].asOf',
      'must be a string',
    );
  });

  it('checks both ends of a period', () => {
    const period = { from: '2025-02-30', to: '2025-13' };
    expect(problemLines(withValue(makeDataset(), ['estimates', 0, 'period'], period))).toEqual([
      'estimates[0].period.from: "2025-02-30" is not a real date: February 2025 has 28 days',
      'estimates[0].period.to: "2025-13" has no month 13: months run from 01 to 12',
    ]);
  });

  it('exports the date pattern used by the JSON Schema, matching the three precisions only', () => {
    const pattern = new RegExp(calendarDatePattern);
    expect(['2025', '2025-01', '2025-01-13'].map((t) => pattern.test(t))).toEqual([
      true,
      true,
      true,
    ]);
    expect(['2025-1', '20251', '2025-01-13Z', ' 2025'].some((t) => pattern.test(t))).toBe(false);
  });
});
