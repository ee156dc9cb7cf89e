import { describe, expect, it } from 'vitest';
import { getDateSpan, parseCalendarDate, type CalendarDate } from './calendarDate';

/** UTC milliseconds of an ISO instant; ISO text keeps years 0-99 as written. */
const at = (iso: string): number => Date.parse(`${iso}T00:00:00.000Z`);

const day = 86_400_000;

describe('parseCalendarDate, cached', () => {
  it.each(['1987', '1987-06', '1987-06-05'])(
    'gives the same frozen object for the same text: %s',
    (text) => {
      const first = parseCalendarDate(text);
      expect(Object.isFrozen(first)).toBe(true);
      expect(parseCalendarDate(text)).toBe(first);
    },
  );

  it('gives different objects for different texts', () => {
    expect(parseCalendarDate('1987-06-05')).not.toBe(parseCalendarDate('1987-06-06'));
    expect(parseCalendarDate('1987-06')).not.toBe(parseCalendarDate('1987-06-01'));
  });

  it('refuses to let a shared date be changed', () => {
    const date = parseCalendarDate('1991-03-04') as { year: number };
    expect(() => {
      date.year = 1990;
    }).toThrow(TypeError);
    expect(parseCalendarDate('1991-03-04').year).toBe(1991);
  });
});

describe('getDateSpan, cached', () => {
  it('gives the same span object for the same date', () => {
    const date = parseCalendarDate('2025-01-13');
    const span = getDateSpan(date);
    expect(getDateSpan(date)).toBe(span);
    expect(getDateSpan(parseCalendarDate('2025-01-13'))).toBe(span);
  });

  it('works out the span of an equal date that is another object', () => {
    const date = parseCalendarDate('2025-02');
    const copy: CalendarDate = { ...date };
    expect(getDateSpan(copy)).toEqual(getDateSpan(date));
    expect(getDateSpan(copy)).not.toBe(getDateSpan(date));
  });

  it('gives different spans for different dates', () => {
    expect(getDateSpan(parseCalendarDate('2025-01'))).not.toEqual(
      getDateSpan(parseCalendarDate('2025-02')),
    );
  });
});

describe('getDateSpan', () => {
  it.each([
    ['2024', at('2024-01-01'), at('2025-01-01')],
    ['2024-02', at('2024-02-01'), at('2024-03-01')],
    ['2023-02', at('2023-02-01'), at('2023-03-01')],
    ['2024-12', at('2024-12-01'), at('2025-01-01')],
    ['2024-12-31', at('2024-12-31'), at('2025-01-01')],
    ['1970-01-01', 0, day],
    ['0100', at('0100-01-01'), at('0101-01-01')],
  ])('gives %s its whole span from year 100 on', (text, start, end) => {
    expect(getDateSpan(parseCalendarDate(text))).toEqual({ start, end });
  });

  it.each([
    ['0000', -62_167_219_200_000, at('0001-01-01')],
    ['0000-02', at('0000-02-01'), at('0000-03-01')],
    ['0000-02-29', at('0000-02-29'), at('0000-03-01')],
    ['0050', -60_589_296_000_000, at('0051-01-01')],
    ['0050-07-15', at('0050-07-15'), at('0050-07-16')],
    ['0099', at('0099-01-01'), -59_011_459_200_000],
    ['0099-12', at('0099-12-01'), at('0100-01-01')],
    ['0099-12-31', -59_011_545_600_000, -59_011_459_200_000],
  ])('keeps %s in its own century, not in the 1900s', (text, start, end) => {
    const span = getDateSpan(parseCalendarDate(text));
    expect(span).toEqual({ start, end });
    expect(new Date(span.start).getUTCFullYear()).toBe(Number(text.slice(0, 4)));
  });

  it('does not read year 50 as 1950, as Date.UTC would', () => {
    const { start } = getDateSpan(parseCalendarDate('0050'));
    expect(start).not.toBe(Date.UTC(50, 0, 1));
  });
});
