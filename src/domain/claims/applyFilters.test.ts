import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../data/schema/calendarDate';
import { loadDefaultModel } from '../../testing/loadJson';
import { makeModel } from '../../testing/factories/makeClaim';
import { applyFilters, describeHidden, hasFilters } from './applyFilters';
import type { Claim } from './claim';

const date = parseCalendarDate;
const ids = (claims: readonly Claim[]) => claims.map((c) => c.id);

// Alpha's killed and wounded of 10 Jan 2025, their derived total, and Beta's total for Feb 2025.
const small = makeModel();
const derivedAlpha = 'derived:casualties:alpha:alpha@2025-01-10';

describe('applyFilters', () => {
  it('returns the very same model when nothing is filtered', () => {
    expect(applyFilters(small, {})).toBe(small);
  });

  it('keeps the dataset and every claim in dataset order, derived totals last', () => {
    expect(ids(small.claims)).toEqual([
      'alpha-killed-2025-01-10',
      'alpha-wounded-2025-01-10',
      'beta-casualties-2025-02',
      derivedAlpha,
    ]);
    const filtered = applyFilters(small, { claimants: ['alpha', 'beta'] });
    expect(filtered).not.toBe(small);
    expect(filtered.dataset).toBe(small.dataset);
    expect(ids(filtered.claims)).toEqual(ids(small.claims));
  });

  it('keeps only the chosen claimants, their derived totals included', () => {
    expect(ids(applyFilters(small, { claimants: ['alpha'] }).claims)).toEqual([
      'alpha-killed-2025-01-10',
      'alpha-wounded-2025-01-10',
      derivedAlpha,
    ]);
    expect(ids(applyFilters(small, { claimants: ['beta'] }).claims)).toEqual([
      'beta-casualties-2025-02',
    ]);
  });

  it('keeps a derived total when its parts are filtered out, and drops it like any figure', () => {
    expect(ids(applyFilters(small, { metrics: ['casualties'] }).claims)).toEqual([
      'beta-casualties-2025-02',
      derivedAlpha,
    ]);
    expect(ids(applyFilters(small, { metrics: ['killed', 'wounded'] }).claims)).toEqual([
      'alpha-killed-2025-01-10',
      'alpha-wounded-2025-01-10',
    ]);
  });

  it('combines every filter: a claim must pass them all', () => {
    const filters = { claimants: ['alpha'], metrics: ['casualties'], to: date('2025-01-10') };
    expect(ids(applyFilters(small, filters).claims)).toEqual([derivedAlpha]);
    expect(applyFilters(small, { ...filters, from: date('2025-01-11') }).claims).toEqual([]);
  });

  it.each([
    ['from 10 Jan 2025 keeps a figure of that very day', { from: '2025-01-10' }, 4],
    ['from 11 Jan 2025 drops the figures of 10 Jan', { from: '2025-01-11' }, 1],
    ['to 10 Jan 2025 keeps a figure of that very day', { to: '2025-01-10' }, 3],
    ['to 9 Jan 2025 drops the figures of 10 Jan', { to: '2025-01-09' }, 0],
    ['from Feb 2025 keeps only the February figure', { from: '2025-02' }, 1],
    ['to 1 Feb 2025 keeps the February figure, its month overlapping', { to: '2025-02-01' }, 4],
    ['from 28 Feb 2025 keeps the February figure', { from: '2025-02-28' }, 1],
    ['from Mar 2025 keeps nothing', { from: '2025-03' }, 0],
    [
      'from and to on 15 Feb 2025 keep the February figure',
      { from: '2025-02-15', to: '2025-02-15' },
      1,
    ],
    ['the year 2025 keeps everything', { from: '2025', to: '2025' }, 4],
    ['to 2024 keeps nothing', { to: '2024' }, 0],
  ])('takes each date as its whole span: %s', (_, window, count) => {
    const filters = {
      ...('from' in window ? { from: date(window.from) } : {}),
      ...('to' in window ? { to: date(window.to) } : {}),
    };
    expect(applyFilters(small, filters).claims).toHaveLength(count);
  });

  it('counts a month-precision figure as inside a window of one day in that month', () => {
    const model = loadDefaultModel();
    const filtered = applyFilters(model, { from: date('2025-01-24'), to: date('2025-01-24') });
    expect(ids(filtered.claims)).toEqual([
      'us-intelligence-casualties-2025-01',
      'western-officials-killed-2025-01',
      'western-officials-casualties-2025-01',
    ]);
  });

  it('keeps, on the default dataset, only figures overlapping the window', () => {
    const model = loadDefaultModel();
    const from = date('2025-01');
    const to = date('2025-02');
    const filtered = applyFilters(model, { from, to, claimants: ['ua-hur'] });
    expect(ids(filtered.claims)).toEqual([
      'ua-hur-casualties-2025-02',
      'ua-hur-troops-kursk-2025-02',
      'ua-hur-koksan-2025-01-23',
      'ua-hur-m1991-2025-01-23',
      'ua-hur-kn-23-expected-2025',
      'derived:guns-and-launchers:ua-hur:ua-hur@2025-01-23:2024-10..2025-01',
    ]);
  });
});

describe('hasFilters', () => {
  it('is false for no filters and true for any one of them', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ claimants: ['alpha'] })).toBe(true);
    expect(hasFilters({ metrics: ['killed'] })).toBe(true);
    expect(hasFilters({ from: date('2025') })).toBe(true);
    expect(hasFilters({ to: date('2025-01-31') })).toBe(true);
  });
});

describe('describeHidden', () => {
  const model = loadDefaultModel();
  const claimants = model.dataset.sources.map((s) => s.id);

  it('says nothing when nothing is filtered', () => {
    expect(describeHidden(model, {})).toEqual([]);
  });

  it('counts the claimants and metrics left out of the dataset totals', () => {
    expect(describeHidden(model, { claimants: claimants.slice(3) })).toEqual(['3 of 15 claimants']);
    expect(describeHidden(model, { metrics: ['casualties', 'killed'] })).toEqual([
      '20 of 22 metrics',
    ]);
  });

  it('does not count ids the dataset lacks as shown', () => {
    expect(describeHidden(model, { claimants: ['kr-nis', 'nobody'] })).toEqual([
      '14 of 15 claimants',
    ]);
  });

  it('names the window at the precision of its dates, in a fixed order', () => {
    expect(describeHidden(model, { from: date('2025-01'), to: date('2025-01-31') })).toEqual([
      'figures before Jan 2025',
      'figures after 31 Jan 2025',
    ]);
    expect(
      describeHidden(model, { to: date('2025'), metrics: ['killed'], claimants: ['kr-nis'] }),
    ).toEqual(['14 of 15 claimants', '21 of 22 metrics', 'figures after 2025']);
  });
});
