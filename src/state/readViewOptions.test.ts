import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../data/schema/calendarDate';
import type { Filters } from '../domain/claims/applyFilters';
import { sortKeys } from '../domain/claims/sortKeys';
import type { ClaimSort } from '../domain/views/viewContent';
import { getView } from '../domain/views/viewRegistry';
import { readFilters, readViewOptions, writeSort } from './readViewOptions';
import type { ViewState } from './viewState';

const noFilters: Filters = {};

describe('readFilters', () => {
  it('parses from and to into calendar dates, at the precision given', () => {
    const filters = readFilters({ view: 'compare', from: '2024-12', to: '2025-01-24' });
    expect(filters.from).toEqual({ text: '2024-12', precision: 'month', year: 2024, month: 12 });
    expect(filters.to).toEqual({
      text: '2025-01-24',
      precision: 'day',
      year: 2025,
      month: 1,
      day: 24,
    });
  });

  it('parses each date once: the filters hold the one parsed date of that text', () => {
    const filters = readFilters({ view: 'compare', from: '2024', to: '2025-02' });
    expect(filters.from).toBe(parseCalendarDate('2024'));
    expect(filters.to).toBe(parseCalendarDate('2025-02'));
  });

  it('leaves out the dates and lists the state does not have', () => {
    expect(readFilters({ view: 'dashboard' })).toEqual({});
    const onlyTo = readFilters({ view: 'dashboard', to: '2025' });
    expect(Object.keys(onlyTo)).toEqual(['to']);
    const onlyFrom = readFilters({ view: 'dashboard', from: '2025' });
    expect(Object.keys(onlyFrom)).toEqual(['from']);
  });

  it('keeps the claimants and metrics the state names', () => {
    const state: ViewState = {
      view: 'dashboard',
      claimants: ['kr-nis', 'us-intelligence'],
      metrics: ['killed'],
    };
    expect(readFilters(state)).toEqual({
      claimants: ['kr-nis', 'us-intelligence'],
      metrics: ['killed'],
    });
  });
});

describe('readViewOptions: the mode', () => {
  it("takes the URL's mode over the view's default", () => {
    expect(getView('forces').defaultMode).toBe('all');
    const forces = readViewOptions(getView('forces'), { view: 'forces', mode: 'latest' }, {});
    expect(forces.mode).toBe('latest');
    const compare = readViewOptions(getView('compare'), { view: 'compare', mode: 'all' }, {});
    expect(compare.mode).toBe('all');
  });

  it("takes the view's default where the URL gives no mode", () => {
    expect(readViewOptions(getView('forces'), { view: 'forces' }, noFilters).mode).toBe('all');
    expect(readViewOptions(getView('estimates'), { view: 'estimates' }, noFilters).mode).toBe(
      'all',
    );
    expect(readViewOptions(getView('compare'), { view: 'compare' }, noFilters).mode).toBe('latest');
  });

  it('is "latest" for a view with no default mode', () => {
    const overTime = getView('over-time');
    expect(overTime.defaultMode).toBeUndefined();
    expect(readViewOptions(overTime, { view: 'over-time' }, noFilters).mode).toBe('latest');
  });
});

describe('readViewOptions: the date, the metric and the sort', () => {
  it("takes its as-of date from the filters' end date, the same parsed date", () => {
    const state: ViewState = { view: 'casualties', to: '2025-01' };
    const filters = readFilters(state);
    const options = readViewOptions(getView('casualties'), state, filters);
    expect(options.asOf).toBe(filters.to);
  });

  it('reads the as-of date from the filters, not from the text of the state', () => {
    const to = parseCalendarDate('2025-03');
    const options = readViewOptions(getView('casualties'), { view: 'casualties' }, { to });
    expect(options.asOf).toBe(to);
  });

  it('has no as-of date, metric or sort where none is asked for', () => {
    const from = parseCalendarDate('2024');
    const options = readViewOptions(getView('compare'), { view: 'compare' }, { from });
    expect(options).toEqual({ mode: 'latest' });
  });

  it('passes the metric the URL names', () => {
    const state: ViewState = { view: 'over-time', metric: 'killed' };
    expect(readViewOptions(getView('over-time'), state, noFilters).metric).toBe('killed');
  });

  it.each<[NonNullable<ViewState['sort']>, ClaimSort]>([
    ['-value', { column: 'value', direction: 'descending' }],
    ['value', { column: 'value', direction: 'ascending' }],
    ['claimant', { column: 'claimant', direction: 'ascending' }],
    ['-asOf', { column: 'asOf', direction: 'descending' }],
    ['-credibility', { column: 'credibility', direction: 'descending' }],
  ])('reads sort=%s as %j', (sort, expected) => {
    const state: ViewState = { view: 'estimates', sort };
    expect(readViewOptions(getView('estimates'), state, noFilters).sort).toEqual(expected);
  });
});

describe('writeSort', () => {
  it('leaves the default, by date ascending, out of the URL', () => {
    expect(writeSort({ column: 'asOf', direction: 'ascending' })).toBeUndefined();
  });

  it('writes a descending sort with a leading "-", an ascending one bare', () => {
    expect(writeSort({ column: 'value', direction: 'descending' })).toBe('-value');
    expect(writeSort({ column: 'asOf', direction: 'descending' })).toBe('-asOf');
    expect(writeSort({ column: 'metric', direction: 'ascending' })).toBe('metric');
  });

  const everySort = sortKeys.flatMap((column) =>
    (['ascending', 'descending'] as const).map((direction): ClaimSort => ({ column, direction })),
  );

  it.each(everySort)('is read back by readViewOptions as written: $column $direction', (sort) => {
    const written = writeSort(sort);
    const state: ViewState = { view: 'estimates', ...(written ? { sort: written } : {}) };
    const read = readViewOptions(getView('estimates'), state, noFilters).sort;
    expect(read ?? { column: 'asOf', direction: 'ascending' }).toEqual(sort);
  });
});
