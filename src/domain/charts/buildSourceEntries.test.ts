import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from '../../testing/loadJson';
import { makeClaim } from '../../testing/factories/makeClaim';
import { makeCitation, makeSource } from '../../testing/factories/makeDataset';
import { buildSourceEntries, formatSourceEntry } from './buildSourceEntries';
import { plain } from '../../testing/plain';

const herald = makeCitation({ id: 'h', outlet: 'The Herald', published: '2025-01-10' });
const wire = makeCitation({ id: 'w', outlet: 'Wire', published: '2025-02' });
const gazette = makeCitation({ id: 'g', outlet: 'Gazette', published: '2025' });

describe('buildSourceEntries', () => {
  it('lists each claimant once, with each publication once, in first-plotted order', () => {
    const alpha = makeSource({ id: 'alpha', name: 'Alpha Agency', shortName: 'Alpha' });
    const beta = makeSource({ id: 'beta', name: 'Beta Ministry' });
    const entries = plain(
      buildSourceEntries([
        makeClaim({ source: alpha, citations: [herald, wire] }),
        makeClaim({ source: beta, citations: [wire] }),
        makeClaim({ source: alpha, citations: [wire, gazette] }),
      ]),
    );
    expect(entries).toEqual([
      {
        claimant: 'Alpha',
        publications: ['The Herald, 10 Jan 2025', 'Wire, Feb 2025', 'Gazette, 2025'],
      },
      { claimant: 'Beta Ministry', publications: ['Wire, Feb 2025'] },
    ]);
  });

  it('never collapses claimants into "and N others"', () => {
    const claims = Array.from({ length: 12 }, (_, i) =>
      makeClaim({ source: makeSource({ id: `s-${i}`, name: `Source ${i}` }), citations: [herald] }),
    );
    const entries = plain(buildSourceEntries(claims));
    expect(entries.map((e) => e.claimant)).toEqual(claims.map((_, i) => `Source ${i}`));
    expect(JSON.stringify(entries)).not.toMatch(/others/);
  });

  it("carries a derived total's citations, which are its parts' citations", () => {
    const model = loadDefaultModel();
    const derived = model.claims.find(
      (c) => c.id === 'derived:casualties:kr-nis:kr-nis@2025-04-30',
    );
    expect(derived).toBeDefined();
    expect(plain(buildSourceEntries(derived ? [derived] : []))).toEqual([
      { claimant: 'South Korea NIS', publications: ['Upday, 30 Apr 2025', 'KBS World, Apr 2025'] },
    ]);
  });

  it('gives nothing for nothing plotted', () => {
    expect(plain(buildSourceEntries([]))).toEqual([]);
  });
});

describe('formatSourceEntry', () => {
  it('joins the publications after the claimant', () => {
    expect(
      formatSourceEntry({
        claimant: 'South Korea NIS',
        publications: ['KBS World, 13 Jan 2025', 'Newsweek, 24 Jan 2025'],
      }),
    ).toBe('South Korea NIS \u2192 KBS World, 13 Jan 2025; Newsweek, 24 Jan 2025');
  });
});
