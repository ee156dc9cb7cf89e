import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from '../../testing/loadJson';
import { makeClaim } from '../../testing/factories/makeClaim';
import { makeMetric, makeSource } from '../../testing/factories/makeDataset';
import type { Claim } from './claim';
import { keepLatestPerClaimant, selectFigures } from './selectFigures';

const ids = (claims: readonly Claim[]) => claims.map((c) => c.id);

describe('selectFigures', () => {
  const claims = [
    makeClaim({ id: 'old', asOf: '2025-01-05' }),
    makeClaim({ id: 'new', asOf: '2025-02-05' }),
  ];

  it('gives every figure for "all"', () => {
    expect(selectFigures(claims, 'all')).toBe(claims);
  });

  it('gives each claimant\'s latest figure for "latest"', () => {
    expect(ids(selectFigures(claims, 'latest'))).toEqual(['new']);
  });
});

describe('keepLatestPerClaimant', () => {
  const alpha = makeSource({ shortName: 'Alpha' });
  const beta = makeSource({ id: 'beta', name: 'Beta' });
  const wounded = makeMetric({ id: 'wounded', label: 'Wounded' });

  it('keeps the latest figure of each claimant and metric, in the order given', () => {
    const claims = [
      makeClaim({ id: 'a-jan', asOf: '2025-01-09', source: alpha }),
      makeClaim({ id: 'b-feb', asOf: '2025-02', source: beta }),
      makeClaim({ id: 'a-feb', asOf: '2025-02-01', source: alpha }),
      makeClaim({ id: 'a-wounded', asOf: '2024-12', source: alpha, metric: wounded }),
      makeClaim({ id: 'b-jan', asOf: '2025-01', source: beta }),
    ];
    expect(ids(keepLatestPerClaimant(claims))).toEqual(['b-feb', 'a-feb', 'a-wounded']);
  });

  it('breaks a tie on the date by the later statement', () => {
    const claims = [
      makeClaim({ id: 'restated', asOf: '2025-02', statedOn: '2025-03-05' }),
      makeClaim({ id: 'first', asOf: '2025-02' }),
    ];
    expect(ids(keepLatestPerClaimant(claims))).toEqual(['restated']);
  });

  it('prefers a later date to a later statement of an earlier date', () => {
    const claims = [
      makeClaim({ id: 'old-date', asOf: '2025-01-05', statedOn: '2025-06-01' }),
      makeClaim({ id: 'new-date', asOf: '2025-01-09' }),
    ];
    expect(ids(keepLatestPerClaimant(claims))).toEqual(['new-date']);
  });

  it('keeps a count over a window apart from the running figures', () => {
    const claims = [
      makeClaim({ id: 'running', asOf: '2025-01-05' }),
      makeClaim({
        id: 'week',
        asOf: '2024-12-27',
        period: { from: '2024-12-20', to: '2024-12-27' },
      }),
      makeClaim({ id: 'month', asOf: '2025-01-31', period: { from: '2025-01', to: '2025-01' } }),
      makeClaim({ id: 'running-old', asOf: '2024-12-01' }),
    ];
    expect(ids(keepLatestPerClaimant(claims))).toEqual(['running', 'month']);
  });

  it('returns nothing for nothing', () => {
    expect(keepLatestPerClaimant([])).toEqual([]);
  });

  it('keeps, on the default dataset, one running figure per claimant and metric', () => {
    const model = loadDefaultModel();
    const kept = keepLatestPerClaimant(model.claims);
    // 56 stated and 5 derived figures.
    expect(model.claims).toHaveLength(61);
    expect(kept).toHaveLength(49);
    const own = (source: string, metric: string) =>
      ids(kept.filter((c) => c.source.id === source && c.metric.id === metric));
    expect(own('ua-hur', 'casualties')).toEqual(['ua-hur-casualties-2025-02']);
    expect(own('ua-president', 'casualties')).toEqual(['ua-president-casualties-2025-01-09']);
    expect(own('kr-nis', 'casualties')).toEqual(['derived:casualties:kr-nis:kr-nis@2025-04-30']);
    expect(own('kr-nis', 'troops-sent')).toEqual([
      'kr-nis-troops-first-shipment',
      'kr-nis-troops-sent-2025-09-02',
    ]);
    expect(own('us-nsc', 'casualties')).toEqual([
      'us-nsc-casualties-2024-12-16',
      'us-nsc-casualties-2024-12-27',
    ]);
  });
});
