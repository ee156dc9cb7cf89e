import type { CalendarDate } from '../../data/schema/calendarDate';

const monthsShort = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** "Jan" for 1 ... "Dec" for 12. */
export function getMonthName(month: number): string {
  return monthsShort[month - 1] ?? '';
}

/** At the date's own precision: "13 Jan 2025", "Jan 2025", "2025". */
export function formatCalendarDate(date: CalendarDate): string {
  const { year, month, day } = date;
  if (month === undefined) return String(year);
  const name = getMonthName(month);
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** A window, without repeating what both ends share: "20-27 Dec 2024", "Oct 2024 - Jan 2025". */
export function formatPeriod(from: CalendarDate, to: CalendarDate): string {
  if (from.text === to.text) return formatCalendarDate(from);
  const sameYear = from.year === to.year;
  const sameMonth = sameYear && from.month === to.month;
  if (sameMonth && from.day !== undefined && to.day !== undefined) {
    return `${from.day}\u2013${formatCalendarDate(to)}`;
  }
  if (sameYear && from.precision === to.precision && from.precision !== 'year') {
    const fromText = formatCalendarDate(from).replace(` ${from.year}`, '');
    return `${fromText} \u2013 ${formatCalendarDate(to)}`;
  }
  return `${formatCalendarDate(from)} \u2013 ${formatCalendarDate(to)}`;
}
