import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../data/schema/calendarDate';
import type { Estimate } from '../../data/schema/datasetSchema';
import { makeClaim, makeModel } from '../../testing/factories/makeClaim';
import { makeCasualtyMetrics, makeEstimate } from '../../testing/factories/makeDataset';
import { filterByCutoff, getLead, selectLatestFigures } from './selectLatestFigures';

const [, , casualties] = makeCasualtyMetrics();

function latest(estimates: Estimate[]) {
  if (!casualties) throw new Error('no casualties metric');
  return selectLatestFigures(makeModel({ estimates }).claims, casualties);
}

const total = (id: string, asOf: string, best: number, extra: Partial<Estimate> = {}) =>
  makeEstimate({ id, metric: 'casualties', asOf, value: { best }, ...extra });
const part = (id: string, metric: string, asOf: string, best: number) =>
  makeEstimate({ id, metric, asOf, value: { best } });

describe('selectLatestFigures', () => {
  it('picks the latest snapshot that has a total, stated or derived', () => {
    const result = latest([
      total('t-dec', '2024-12-23', 1100),
      part('k-jan', 'killed', '2025-01-13', 300),
      part('w-jan', 'wounded', '2025-01-13', 2700),
    ]);
    const alpha = result.get('alpha');
    expect(alpha?.snapshot.total?.id).toBe('derived:casualties:alpha:alpha@2025-01-13');
    expect(alpha?.snapshot.parts.map((c) => c.id)).toEqual(['k-jan', 'w-jan']);
    expect(alpha?.snapshot.asOf.text).toBe('2025-01-13');
    expect(alpha?.newerWithoutTotal).toEqual([]);
  });

  it('reports newer snapshots without a total, and keeps the latest total', () => {
    const result = latest([
      part('k-apr', 'killed', '2025-04-30', 600),
      part('w-apr', 'wounded', '2025-04-30', 4100),
      part('k-sep', 'killed', '2025-09-02', 2000),
    ]);
    const alpha = result.get('alpha');
    expect(alpha?.snapshot.total?.value.best).toBe(4700);
    expect(alpha?.newerWithoutTotal.map((s) => s.asOf.text)).toEqual(['2025-09-02']);
    expect(alpha?.newerWithoutTotal[0]?.parts.map((c) => c.id)).toEqual(['k-sep']);
  });

  it('lists every newer snapshot without a total, oldest first, not only one', () => {
    const result = latest([
      part('w-may', 'wounded', '2025-05-15', 4500),
      total('t-mar', '2025-03', 3000),
      part('k-jun', 'killed', '2025-06', 1500),
      part('k-apr', 'killed', '2025-04-02', 900),
    ]);
    const alpha = result.get('alpha');
    expect(alpha?.snapshot.total?.id).toBe('t-mar');
    expect(alpha?.newerWithoutTotal.map((s) => s.asOf.text)).toEqual([
      '2025-04-02',
      '2025-05-15',
      '2025-06',
    ]);
    expect(alpha?.newerWithoutTotal.map((s) => s.parts.map((c) => c.id))).toEqual([
      ['k-apr'],
      ['w-may'],
      ['k-jun'],
    ]);
    expect(alpha?.snapshots).toHaveLength(4);
  });

  it('falls back to the latest parts of a claimant that never gave a total', () => {
    const result = latest([
      part('k-dec', 'killed', '2024-12', 500),
      part('k-jan', 'killed', '2025-01', 1000),
    ]);
    const alpha = result.get('alpha');
    expect(alpha?.snapshot.total).toBeUndefined();
    expect(alpha?.snapshot.parts.map((c) => c.id)).toEqual(['k-jan']);
    expect(alpha?.newerWithoutTotal).toEqual([]);
  });

  it('leaves flows out', () => {
    const result = latest([
      total('running', '2024-12-23', 3000),
      total('week', '2024-12-27', 1000, { period: { from: '2024-12-20', to: '2024-12-27' } }),
    ]);
    expect(result.get('alpha')?.snapshot.total?.id).toBe('running');
  });

  it('takes the later statement of two totals for one date', () => {
    const result = latest([
      total('briefing', '2025-02', 4000, { statedOn: '2025-03-05' }),
      total('interview', '2025-02', 3900),
    ]);
    expect(result.get('alpha')?.snapshot.total?.id).toBe('briefing');
    expect(result.get('alpha')?.snapshot.superseded.map((c) => c.id)).toEqual(['interview']);
  });

  it('keeps claimants in first-seen order, each once', () => {
    const result = latest([
      total('b1', '2025-01', 1, { source: 'beta' }),
      total('a1', '2025-01', 2),
      total('b2', '2025-02', 3, { source: 'beta' }),
    ]);
    expect([...result.keys()]).toEqual(['beta', 'alpha']);
    expect(result.get('beta')?.snapshot.total?.id).toBe('b2');
  });

  it('leaves out metrics that are not the total or its parts', () => {
    const other = makeEstimate({ id: 'x', metric: 'killed', source: 'beta' });
    const only = latest([other]);
    expect(only.get('beta')?.snapshot.parts.map((c) => c.id)).toEqual(['x']);
  });
});

describe('getLead', () => {
  it('is the total, else the first part', () => {
    const a = makeClaim({ id: 'a' });
    const b = makeClaim({ id: 'b' });
    const asOf = parseCalendarDate('2025-01');
    expect(getLead({ asOf, total: a, parts: [b], superseded: [] })).toBe(a);
    expect(getLead({ asOf, parts: [b, a], superseded: [] })).toBe(b);
  });
});

describe('filterByCutoff', () => {
  const claims = ['2024-12-31', '2025-01', '2025-01-24', '2025-01-25', '2025-02', '2025'].map(
    (asOf) => makeClaim({ id: asOf, asOf }),
  );
  const ids = (cutoff?: string) =>
    filterByCutoff(claims, cutoff ? parseCalendarDate(cutoff) : undefined).map((c) => c.id);

  it('keeps every claim without a cut-off, in a new array', () => {
    expect(ids()).toEqual(claims.map((c) => c.id));
    expect(filterByCutoff(claims)).not.toBe(claims);
  });

  it('includes a month-precision claim when the cut-off is that month', () => {
    expect(ids('2025-01')).toEqual(['2024-12-31', '2025-01', '2025-01-24', '2025-01-25', '2025']);
  });

  it('includes the claims of the cut-off day and the month it falls in', () => {
    expect(ids('2025-01-24')).toEqual(['2024-12-31', '2025-01', '2025-01-24', '2025']);
  });

  it('excludes a month that begins after the cut-off', () => {
    expect(ids('2024-12')).toEqual(['2024-12-31']);
  });
});
