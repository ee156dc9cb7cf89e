import { describe, expect, it } from 'vitest';
import type { Dataset, Estimate } from '../../data/schema/datasetSchema';
import {
  makeCitation,
  makeDataset,
  makeEstimate,
  makeMetric,
} from '../../testing/factories/makeDataset';
import { buildStatedClaims } from './claim';
import { deriveTotals } from './deriveTotals';
import { prepareDataset } from './prepareDataset';

const derive = (dataset: Dataset) => deriveTotals(dataset.metrics, buildStatedClaims(dataset));

const killed = (overrides: Partial<Estimate> = {}) =>
  makeEstimate({
    id: 'k',
    metric: 'killed',
    value: { best: 300, qualifier: 'about' },
    ...overrides,
  });
const wounded = (overrides: Partial<Estimate> = {}) =>
  makeEstimate({
    id: 'w',
    metric: 'wounded',
    value: { best: 2700, qualifier: 'about' },
    ...overrides,
  });

describe('deriveTotals', () => {
  it('derives NIS-style 300 killed + 2,700 wounded = 3,000 casualties, with its parts', () => {
    const [total, ...rest] = derive(makeDataset({ estimates: [killed(), wounded()] }));
    expect(rest).toEqual([]);
    expect(total?.id).toBe('derived:casualties:alpha:alpha@2025-01-10');
    expect(total?.metric.id).toBe('casualties');
    expect(total?.source.id).toBe('alpha');
    expect(total?.asOf.text).toBe('2025-01-10');
    expect(total?.value).toEqual({ best: 3000, qualifier: 'about' });
    expect(total?.derivedFrom?.map((c) => c.id)).toEqual(['k', 'w']);
  });

  it('keeps the parts in the order of sumOf, whatever the dataset order', () => {
    const [total] = derive(makeDataset({ estimates: [wounded(), killed()] }));
    expect(total?.derivedFrom?.map((c) => c.metric.id)).toEqual(['killed', 'wounded']);
    expect(total?.order).toBe(0);
  });

  it('adds ranges and keeps floors', () => {
    const estimates = [
      killed({ value: { best: 100, qualifier: 'at-least' } }),
      wounded({ value: { low: 900, best: 1000, high: 1200, qualifier: 'at-least' } }),
    ];
    expect(derive(makeDataset({ estimates }))[0]?.value).toEqual({
      best: 1100,
      low: 1000,
      high: 1300,
      qualifier: 'at-least',
    });
  });

  it('is not derived when the same source stated a total for that date', () => {
    const stated = makeEstimate({ id: 't', metric: 'casualties', value: { best: 3100 } });
    expect(derive(makeDataset({ estimates: [killed(), wounded(), stated] }))).toEqual([]);
  });

  it('is derived when the stated total is for another date or another source', () => {
    const otherDate = makeEstimate({ id: 't1', metric: 'casualties', asOf: '2025-01-11' });
    const otherSource = makeEstimate({ id: 't2', metric: 'casualties', source: 'beta' });
    const totals = derive(
      makeDataset({ estimates: [killed(), wounded(), otherDate, otherSource] }),
    );
    expect(totals.map((c) => c.value.best)).toEqual([3000]);
  });

  it('is not derived when a part is missing', () => {
    expect(derive(makeDataset({ estimates: [killed()] }))).toEqual([]);
  });

  it('needs the parts from one source, as of one date, over one period', () => {
    const cases: Estimate[][] = [
      [killed(), wounded({ source: 'beta' })],
      [killed(), wounded({ asOf: '2025-01-11' })],
      [killed(), wounded({ asOf: '2025-01' })],
      [killed({ period: { from: '2025-01', to: '2025-01-10' } }), wounded()],
      [
        killed({ period: { from: '2025-01', to: '2025-01-10' } }),
        wounded({ period: { from: '2025-01-03', to: '2025-01-10' } }),
      ],
    ];
    for (const estimates of cases) expect(derive(makeDataset({ estimates }))).toEqual([]);
  });

  it('derives a flow from parts over the same period, keeping the period', () => {
    const period = { from: '2024-12-20', to: '2024-12-27' };
    const [total] = derive(makeDataset({ estimates: [killed({ period }), wounded({ period })] }));
    expect(total?.period?.from.text).toBe('2024-12-20');
    expect(total?.period?.to.text).toBe('2024-12-27');
    expect(total?.value.best).toBe(3000);
  });

  it('takes the later statement when a part was given twice for one date', () => {
    const estimates = [
      killed({ id: 'k-first', value: { best: 250 } }),
      killed({ id: 'k-later', value: { best: 300 }, statedOn: '2025-01-20' }),
      wounded(),
    ];
    const [total] = derive(makeDataset({ estimates }));
    expect(total?.derivedFrom?.map((c) => c.id)).toEqual(['k-later', 'w']);
    expect(total?.statedOn?.text).toBe('2025-01-20');
  });

  it('is stated on the latest date any part was stated on, whichever part that is', () => {
    const laterKilled = [killed({ statedOn: '2025-02-03' }), wounded({ statedOn: '2025-01-12' })];
    expect(derive(makeDataset({ estimates: laterKilled }))[0]?.statedOn?.text).toBe('2025-02-03');
    const laterWounded = [killed({ statedOn: '2025-01-12' }), wounded({ statedOn: '2025-02-03' })];
    expect(derive(makeDataset({ estimates: laterWounded }))[0]?.statedOn?.text).toBe('2025-02-03');
  });

  it('orders statement dates as claims are ordered: a year after its first day, by span', () => {
    const yearAndDay = [killed({ statedOn: '2025-01-01' }), wounded({ statedOn: '2025' })];
    expect(derive(makeDataset({ estimates: yearAndDay }))[0]?.statedOn?.text).toBe('2025');
  });

  it('is stated on the one date given when only one part has one, and on none when none does', () => {
    const one = [killed(), wounded({ statedOn: '2025-01-12' })];
    expect(derive(makeDataset({ estimates: one }))[0]?.statedOn?.text).toBe('2025-01-12');
    const [total] = derive(makeDataset({ estimates: [killed(), wounded()] }));
    expect(total && 'statedOn' in total).toBe(false);
  });

  it('unites the parts citations and takes the weakest credibility, if every part has one', () => {
    const citations = [makeCitation(), makeCitation({ id: 'second', outlet: 'Second' })];
    const estimates = [
      killed({ citations: ['herald-2025-01-10'], credibility: 2 }),
      wounded({ citations: ['second', 'herald-2025-01-10'], credibility: 4 }),
    ];
    const [total] = derive(makeDataset({ citations, estimates }));
    expect(total?.citations.map((c) => c.id)).toEqual(['herald-2025-01-10', 'second']);
    expect(total?.credibility).toBe(4);
    const ungraded = derive(makeDataset({ estimates: [killed({ credibility: 2 }), wounded()] }));
    expect(ungraded[0]?.credibility).toBeUndefined();
  });

  it('derives nested sums, a sum listed before the sums it is built from included', () => {
    const metrics = [
      makeMetric({ id: 'all', label: 'All losses', sumOf: ['casualties', 'missing'] }),
      makeMetric({ id: 'killed' }),
      makeMetric({ id: 'wounded', label: 'Wounded' }),
      makeMetric({ id: 'missing', label: 'Missing' }),
      makeMetric({ id: 'casualties', label: 'Casualties', sumOf: ['killed', 'wounded'] }),
    ];
    const missing = makeEstimate({
      id: 'm',
      metric: 'missing',
      value: { best: 500, qualifier: 'at-least' },
    });
    const totals = derive(makeDataset({ metrics, estimates: [killed(), wounded(), missing] }));
    expect(totals.map((c) => [c.metric.id, c.value])).toEqual([
      ['casualties', { best: 3000, qualifier: 'about' }],
      ['all', { best: 3500, qualifier: 'at-least' }],
    ]);
    const all = totals[1];
    expect(all?.derivedFrom?.map((c) => c.id)).toEqual([totals[0]?.id, 'm']);
    expect(all?.derivedFrom?.[0]?.derivedFrom?.map((c) => c.id)).toEqual(['k', 'w']);
  });

  it('never changes the dataset', () => {
    const dataset = makeDataset({ estimates: [killed(), wounded()] });
    const copy = structuredClone(dataset);
    const model = prepareDataset(dataset);
    expect(model.claims.some((c) => c.derivedFrom)).toBe(true);
    expect(dataset).toEqual(copy);
    expect(model.dataset).toBe(dataset);
  });
});

describe('prepareDataset', () => {
  it('lists stated claims in dataset order, then derived totals', () => {
    const model = prepareDataset(makeDataset());
    expect(model.claims.map((c) => c.id)).toEqual([
      'alpha-killed-2025-01-10',
      'alpha-wounded-2025-01-10',
      'beta-casualties-2025-02',
      'derived:casualties:alpha:alpha@2025-01-10',
    ]);
  });
});
