import { listNoteTexts } from '../charts/listNoteTexts';
import { describe, expect, it } from 'vitest';
import { getDateSpan, parseCalendarDate } from '../../data/schema/calendarDate';
import type { Metric } from '../../data/schema/datasetSchema';
import { figureRows, rowsUnder, summarizeRows } from '../../testing/factories/chartRows';
import { loadDefaultModel } from '../../testing/loadJson';
import { makeModel } from '../../testing/factories/makeClaim';
import { makeCasualtyMetrics, makeEstimate, makeMetric } from '../../testing/factories/makeDataset';
import { buildComparisonChart } from './buildComparisonChart';
import type { DatasetModel } from '../claims/prepareDataset';
import { plain } from '../../testing/plain';

const model = loadDefaultModel();
const comparable = 'Troops sent to Russia: comparable';
const apart = 'Not comparable with those totals';

function metricOf(of: DatasetModel, id: string): Metric {
  const metric = of.metrics.find((m) => m.id === id);
  if (!metric) throw new Error(`no metric ${id}`);
  return metric;
}

const troopsSent = metricOf(model, 'troops-sent');

describe('buildComparisonChart for troops sent, each claimant latest figure', () => {
  const chart = plain(buildComparisonChart(model, troopsSent));

  it('is the default mode', () => {
    expect(plain(buildComparisonChart(model, troopsSent, { mode: 'latest' }))).toEqual(chart);
  });

  it('names the chart after the metric, in its unit, with a stated-total series only', () => {
    expect(chart?.id).toBe('compare-troops-sent');
    expect(chart?.unit).toBe('troops');
    expect(chart?.series).toEqual([{ key: 'total', label: 'Stated total' }]);
    expect(chart?.frame.title).toBe('Troops sent to Russia by claimant');
    expect(chart?.frame.subtitle).toBe(
      "Each claimant's latest figure, in troops. Bars split where the parts were given.",
    );
  });

  it('ranks the latest running total of each claimant, one whole bar each', () => {
    expect(summarizeRows(rowsUnder(chart, comparable))).toEqual([
      'South Korea NIS | 2 Sep 2025 | total 13000',
      'US at the UN (Shea) | 8 Jan 2025 | total 12000',
      'Ukraine HUR (Budanov) | Oct 2024 \u00b7 party to the conflict | total 11000',
      'US, S. Korean, Ukrainian intel | Oct 2024 | total 11000',
      'US Pentagon | Oct 2024 | total 10000',
    ]);
    expect(figureRows(chart).some((r) => r.figure.derivedFrom !== undefined)).toBe(false);
  });

  it('sets other forces measures in troops and the flow apart, latest per claimant', () => {
    const rows = rowsUnder(chart, apart);
    expect(rows.map((r) => r.figure.id)).toEqual([
      'ua-hur-troops-expected-2025-07-02',
      'ua-president-troops-kursk-2024-11-04',
      'ua-hur-troops-kursk-2025-02',
      'us-dod-troops-kursk-2024-10',
      'kr-nis-troops-expected-2025-09-02',
      'ua-hur-reinforcements-in-training-2025-03-05',
      'kr-jcs-troops-reinforcements-2025-03-27',
      'kr-nis-troops-first-shipment',
      'ua-hur-reinforcements-at-front-2025-03-05',
    ]);
    expect(rows.every((r) => r.muted)).toBe(true);
    expect(summarizeRows(rows.slice(-2, -1))).toEqual([
      'South Korea NIS | 8\u201313 Oct 2024 only | total 1500 | muted',
    ]);
    expect(chart?.claims).toHaveLength(14);
  });

  it('explains in the notes why each figure stands apart', () => {
    const note = listNoteTexts(chart?.frame ?? { notes: [] }).find((n) =>
      n.startsWith('Not comparable with the totals: '),
    );
    expect(note).toContain(
      'South Korea NIS (13 Oct 2024) counts 8\u201313 Oct 2024 only, not a running total.',
    );
    expect(note).toContain(
      'Zelensky (4 Nov 2024) counts troops in the Kursk region, another measure than troops sent to Russia.',
    );
    expect(listNoteTexts(chart?.frame ?? { notes: [] })).not.toContain(
      "The spread compares each claimant's latest total only.",
    );
  });

  it('measures the spread over the five latest totals, a ceiling never the highest', () => {
    expect(chart?.spread?.lowest.id).toBe('us-dod-troops-sent-2024-10');
    expect(chart?.spread?.highest.id).toBe('kr-nis-troops-sent-2025-09-02');
    expect(chart?.spread?.ratio).toBeCloseTo(1.3, 10);
    expect(chart?.spread?.ratioIsFloor).toBe(false);
    expect(chart?.spread?.median).toBe(11000);
    expect(chart?.spread?.count).toBe(5);
    // US at the UN's "more than 12,000" is a floor: it has no place in the median.
    expect(chart?.spread?.medianCount).toBe(4);
    expect(chart?.spread?.daysApart).toBe(336);
  });

  it('says the spread and what is left apart in its summary', () => {
    expect(chart?.summary).toMatch(
      /^Estimates of troops sent to Russia range from about 10,000 \(US Pentagon, Oct 2024\) to about 13,000 \(South Korea NIS, 2 Sep 2025\), 1\.3 times apart; the median of 4 figures given as numbers \(1 bound left out\) is 11,000\. They were given 11 months apart, and running totals grow\. 9 figures are not comparable: South Korea NIS \(8\u201313 Oct 2024 only\); /,
    );
    expect(chart?.frame.callout).toMatch(
      /^Comparable troops sent to Russia figures range from about 10,000 .* 1\.3x apart\. They were given 11 months apart/,
    );
  });
});

describe('buildComparisonChart for troops sent, every dated figure', () => {
  const latest = plain(buildComparisonChart(model, troopsSent));
  const chart = plain(buildComparisonChart(model, troopsSent, { mode: 'all' }));

  it('makes every running total of each claimant a comparable row', () => {
    expect(summarizeRows(rowsUnder(chart, comparable))).toEqual([
      'South Korea NIS | 30 Apr 2025 | total 15000',
      'South Korea NIS | 2 Sep 2025 | total 13000',
      'US at the UN (Shea) | 8 Jan 2025 | total 12000',
      'Ukraine HUR (Budanov) | Oct 2024 \u00b7 party to the conflict | total 11000',
      'US, S. Korean, Ukrainian intel | Oct 2024 | total 11000',
      'US Pentagon | Oct 2024 | total 10000',
    ]);
    const apartIds = rowsUnder(chart, apart).map((r) => r.figure.id);
    expect(apartIds).toHaveLength(11);
    expect(apartIds).toContain('kr-nis-troops-expected-2024-10-18');
    expect(apartIds).toContain('ua-hur-troops-kursk-2024-10');
    expect(chart?.claims).toHaveLength(17);
  });

  it("still takes the spread over each claimant's latest total, and says so", () => {
    expect(chart?.spread).toEqual(latest?.spread);
    expect(chart?.spread?.highest.id).toBe('kr-nis-troops-sent-2025-09-02');
    expect(chart?.spread?.count).toBe(5);
    expect(listNoteTexts(chart?.frame ?? { notes: [] })).toContain(
      "The spread compares each claimant's latest total only.",
    );
    expect(chart?.frame.subtitle).toBe(
      'Every dated figure of each claimant, in troops. Bars split where the parts were given.',
    );
  });
});

describe('buildComparisonChart as of a date', () => {
  const asOf = parseCalendarDate('2025-01');
  const chart = plain(buildComparisonChart(model, troopsSent, { asOf }));

  it('names the date in the subtitle and leaves out every later figure', () => {
    expect(chart?.frame.subtitle).toBe(
      "Each claimant's latest figure as of Jan 2025, in troops. Bars split where the parts were given.",
    );
    const end = getDateSpan(asOf).end;
    expect(chart?.claims.every((c) => getDateSpan(c.asOf).start < end)).toBe(true);
    expect(rowsUnder(chart, comparable).map((r) => r.figure.id)).toEqual([
      'us-un-mission-troops-sent-2025-01-08',
      'ua-hur-troops-sent-2024-10',
      'us-kr-ua-intelligence-troops-sent-2024-10',
      'us-dod-troops-sent-2024-10',
    ]);
  });

  it('bounds the ratio from below when the highest figure is a floor', () => {
    expect(chart?.spread?.highest.id).toBe('us-un-mission-troops-sent-2025-01-08');
    expect(chart?.spread?.ratioIsFloor).toBe(true);
    expect(chart?.spread?.median).toBe(11000);
    expect(chart?.spread?.count).toBe(4);
    expect(chart?.spread?.medianCount).toBe(3);
    expect(chart?.summary).toContain(
      'to more than 12,000 (US at the UN (Shea), 8 Jan 2025), at least 1.2 times apart; the median of 3 figures given as numbers (1 bound left out) is 11,000.',
    );
  });

  it('is undefined before the first figure of the metric', () => {
    expect(
      plain(buildComparisonChart(model, troopsSent, { asOf: parseCalendarDate('2024-09') })),
    ).toBe(undefined);
  });
});

describe('buildComparisonChart options and edge cases', () => {
  it('takes its id from the options', () => {
    expect(plain(buildComparisonChart(model, troopsSent, { id: 'my-chart' }))?.id).toBe('my-chart');
  });

  it('is undefined for a metric without figures, even when its kind and unit have some', () => {
    const captured = makeMetric({ id: 'captured', label: 'Captured' });
    const small = makeModel({ metrics: [...makeCasualtyMetrics(), captured] });
    expect(plain(buildComparisonChart(small, captured))).toBe(undefined);
  });

  it('compares only flows apart when a metric has no running figure', () => {
    const chart = plain(buildComparisonChart(model, metricOf(model, 'ballistic-missiles')));
    expect(chart?.spread).toBe(undefined);
    expect(rowsUnder(chart, 'Ballistic missiles: comparable')).toEqual([]);
    expect(chart?.summary).toMatch(
      /^No estimate of ballistic missiles can be compared\. 3 figures are not comparable: /,
    );
  });

  it('splits a derived total into its parts, with the parts as series', () => {
    const small = makeModel();
    const chart = plain(buildComparisonChart(small, metricOf(small, 'casualties')));
    expect(chart?.series.map((s) => s.key)).toEqual(['killed', 'wounded', 'total']);
    expect(summarizeRows(figureRows(chart))).toEqual([
      'Alpha | 10 Jan 2025 | killed 300 + wounded 2700',
      'Beta Ministry of Defence | Feb 2025 | total 1200',
    ]);
    expect(chart?.spread?.median).toBe(2100);
    expect(chart?.spread?.count).toBe(2);
  });

  // In "all" mode the rows run oldest first; the summary still names the latest.
  it('names the latest total when only one claimant gave totals, in "all" mode', () => {
    const small = makeModel({
      estimates: [
        makeEstimate({
          id: 'b-jan',
          metric: 'casualties',
          source: 'beta',
          value: { best: 1000 },
          asOf: '2025-01',
        }),
        makeEstimate({
          id: 'b-feb',
          metric: 'casualties',
          source: 'beta',
          value: { best: 2000 },
          asOf: '2025-02',
        }),
      ],
    });
    const chart = plain(
      buildComparisonChart(small, metricOf(small, 'casualties'), { mode: 'all' }),
    );
    expect(chart?.summary).toContain('about 2,000 (Beta Ministry of Defence, Feb 2025)');
  });
});

describe('the spread rule on the chart', () => {
  const rule = 'Spread: A floor (\u201cat least\u201d) is never the lowest figure';

  it('says how bounds count where a comparable total is one', () => {
    const chart = plain(buildComparisonChart(model, metricOf(model, 'casualties')));
    expect(chart?.spread && chart.spread.count - chart.spread.medianCount).toBe(3);
    expect(listNoteTexts(chart?.frame ?? { notes: [] }).some((note) => note.startsWith(rule))).toBe(
      true,
    );
  });

  it('leaves it out where every comparable total is a number', () => {
    const small = makeModel();
    const chart = plain(buildComparisonChart(small, metricOf(small, 'casualties')));
    expect(chart?.spread?.count).toBe(2);
    expect(chart?.spread?.medianCount).toBe(2);
    expect(listNoteTexts(chart?.frame ?? { notes: [] }).some((note) => note.startsWith(rule))).toBe(
      false,
    );
  });
});
