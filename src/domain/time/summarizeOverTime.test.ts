import { describe, expect, it } from 'vitest';
import { getDateSpan } from '../../data/schema/calendarDate';
import type { Value } from '../../data/schema/datasetSchema';
import { loadDefaultModel } from '../../testing/loadJson';
import { makeClaim } from '../../testing/factories/makeClaim';
import type { TimePoint, TimeSeries } from '../charts/chartModel';
import { buildOverTimeChart } from './buildOverTimeChart';
import { getBounds, getCentral } from '../claims/valueMath';
import { summarizeOverTime } from './summarizeOverTime';
import { plain } from '../../testing/plain';

/** A point as the over-time chart draws it. */
function point(value: Value, asOf: string): TimePoint {
  const claim = makeClaim({ value, asOf });
  const { start, end } = getDateSpan(claim.asOf);
  return { claim, start, end, x: (start + end) / 2, y: getCentral(value), ...getBounds(value) };
}

function series(label: string, points: readonly TimePoint[]): TimeSeries {
  return { key: label.toLowerCase(), slot: 0, label, points };
}

describe('summarizeOverTime', () => {
  it('says there is nothing to draw, the label in lower case', () => {
    expect(plain(summarizeOverTime('Killed', []))).toBe('No running figures of killed to draw.');
  });

  it('keeps the capitals of a label that is not a plain word', () => {
    expect(plain(summarizeOverTime('KN-23 missiles', []))).toBe(
      'No running figures of KN-23 missiles to draw.',
    );
  });

  it('gives a claimant with one figure as what it gave, and when', () => {
    expect(
      plain(summarizeOverTime('Killed', [series('Alpha', [point({ best: 300 }, '2025-01-10')])])),
    ).toBe('Killed over time: Alpha gave about 300 (10 Jan 2025).');
  });

  it('gives the first and last figures of a claimant and how many there are', () => {
    const points = [
      point({ best: 100, qualifier: 'at-least' }, '2024-12'),
      point({ best: 500 }, '2025-01-09'),
      point({ low: 800, high: 1000 }, '2025'),
    ];
    expect(plain(summarizeOverTime('Killed', [series('Alpha', points)]))).toBe(
      'Killed over time: Alpha went from at least 100 (Dec 2024) to about 800\u20131,000 (2025) in 3 figures.',
    );
  });

  it('takes the points in the order given, first to last', () => {
    const points = [point({ best: 900 }, '2025-03-01'), point({ best: 100 }, '2025-01-01')];
    expect(plain(summarizeOverTime('Wounded', [series('Beta', points)]))).toBe(
      'Wounded over time: Beta went from about 900 (1 Mar 2025) to about 100 (1 Jan 2025) in 2 figures.',
    );
  });

  it('joins a clause per claimant, in the order of the series', () => {
    const result = plain(
      summarizeOverTime('Casualties', [
        series('Alpha', [point({ best: 36, qualifier: 'more-than' }, '2024-12-16')]),
        series('Beta', [point({ best: 3000 }, '2024-12-23'), point({ best: 4000 }, '2025-01-09')]),
        series('Gamma', []),
      ]),
    );
    expect(result).toBe(
      'Casualties over time: Alpha gave more than 36 (16 Dec 2024); ' +
        'Beta went from about 3,000 (23 Dec 2024) to about 4,000 (9 Jan 2025) in 2 figures; Gamma.',
    );
  });
});

describe('summarizeOverTime on the default dataset', () => {
  const model = loadDefaultModel();
  const casualties = model.metrics.find((m) => m.id === 'casualties');
  if (!casualties) throw new Error('the default dataset has no casualties metric');
  const chart = plain(buildOverTimeChart(model, casualties));

  it('is the summary of the over-time chart, a clause per claimant', () => {
    expect(chart.summary).toBe(plain(summarizeOverTime(casualties.label, chart.series)));
    expect(chart.summary.startsWith('Casualties (killed and wounded) over time: ')).toBe(true);
    expect(chart.summary.split('; ')).toHaveLength(chart.series.length);
    expect(chart.series).toHaveLength(8);
  });

  it('follows each claimant from its first to its last running figure', () => {
    expect(chart.summary).toContain(
      'South Korea NIS went from at least 1,100 (19 Dec 2024) to about 4,700 (30 Apr 2025) in 3 figures',
    );
    expect(chart.summary).toContain(
      'Zelensky went from more than 3,000 (23 Dec 2024) to about 4,000 (9 Jan 2025) in 3 figures',
    );
    expect(chart.summary).toContain(
      'White House NSC (Kirby) gave at least 12, stated as \u201cseveral dozen\u201d (16 Dec 2024);',
    );
    expect(chart.summary).toContain('US intelligence gave about 1,200 (Jan 2025);');
    expect(
      chart.summary.endsWith('UK Defence Intelligence gave more than 6,000 (15 Jun 2025).'),
    ).toBe(true);
  });

  it('leaves out the one-week count of Kirby, which is not a running total', () => {
    expect(chart.summary).not.toContain('more than 1,000');
  });
});
