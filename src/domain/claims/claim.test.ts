import { describe, expect, it } from 'vitest';
import { makeClaim } from '../../testing/factories/makeClaim';
import { makeDataset, makeEstimate, makeSource } from '../../testing/factories/makeDataset';
import { plain } from '../../testing/plain';
import { isolate } from '../format/isolate';
import { buildStatedClaims, getSourceLabel } from './claim';
import { groupBy } from './groupBy';
import { listClaimMonths } from './listClaimMonths';

describe('buildStatedClaims', () => {
  it('resolves every reference and parses every date, keeping the dataset order', () => {
    const dataset = makeDataset();
    const claims = buildStatedClaims(dataset);
    expect(claims.map((c) => [c.id, c.order])).toEqual([
      ['alpha-killed-2025-01-10', 0],
      ['alpha-wounded-2025-01-10', 1],
      ['beta-casualties-2025-02', 2],
    ]);
    const [, , beta] = claims;
    expect(plain(beta?.metric)).toEqual(dataset.metrics[2]);
    expect(plain(beta?.source)).toEqual(dataset.sources[1]);
    expect(plain(beta?.citations)).toEqual([
      {
        ...dataset.citations[1],
        published: { text: '2025-02', precision: 'month', year: 2025, month: 2 },
      },
    ]);
    // Claims carry the dataset's text isolated, ready to be put next to other text.
    expect(beta?.metric.label).toBe(isolate('Casualties'));
    expect(beta?.source.name).toBe(isolate('Beta Ministry of Defence'));
    expect(beta?.citations[0]?.outlet).toBe(isolate(dataset.citations[1]?.outlet ?? ''));
    expect(beta?.asOf).toEqual({ text: '2025-02', precision: 'month', year: 2025, month: 2 });
    expect(beta?.credibility).toBe(3);
  });

  it('keeps optional fields only where given', () => {
    const estimates = [
      makeEstimate({
        statedOn: '2025-01-22',
        period: { from: '2025-01', to: '2025-01-10' },
        note: 'A note.',
      }),
    ];
    const [claim] = buildStatedClaims(makeDataset({ estimates }));
    expect(claim?.statedOn?.text).toBe('2025-01-22');
    expect(claim?.period?.from.precision).toBe('month');
    expect(claim?.period?.to.text).toBe('2025-01-10');
    expect(claim?.note).toBe(isolate('A note.'));
    const [bare] = buildStatedClaims(makeDataset({ estimates: [makeEstimate()] }));
    expect(bare && Object.keys(bare).sort()).toEqual(
      ['asOf', 'citations', 'id', 'metric', 'order', 'source', 'value'].sort(),
    );
  });

  it('throws on a reference that does not resolve (never reached after validation)', () => {
    const estimates = [makeEstimate({ source: 'nobody' })];
    expect(() => buildStatedClaims(makeDataset({ estimates }))).toThrow(
      'Unresolved reference "nobody"',
    );
  });
});

describe('getSourceLabel', () => {
  it('prefers the short name', () => {
    expect(
      getSourceLabel(makeSource({ name: 'National Intelligence Service', shortName: 'NIS' })),
    ).toBe('NIS');
    expect(getSourceLabel(makeSource({ name: 'National Intelligence Service' }))).toBe(
      'National Intelligence Service',
    );
  });
});

describe('listClaimMonths', () => {
  it('lists the months claims are dated in, oldest first, each once, year-only dates left out', () => {
    const claims = ['2025-01-13', '2024-12', '2025', '2025-01', '2024-02-29'].map((asOf) =>
      makeClaim({ asOf }),
    );
    expect(listClaimMonths(claims).map((month) => month.text)).toEqual([
      '2024-02',
      '2024-12',
      '2025-01',
    ]);
  });
});

describe('groupBy', () => {
  it('groups in first-seen order, items in order', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s.charAt(0));
    expect([...groups]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });
});
