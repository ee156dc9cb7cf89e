import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../data/schema/calendarDate';
import { buildCasualtiesChart } from '../domain/compare/buildCasualtiesChart';
import { buildOverTimeChart } from '../domain/time/buildOverTimeChart';
import { loadDefaultModel } from '../testing/loadJson';
import { makeModel } from '../testing/factories/makeClaim';
import { makeEstimate, makeMetric } from '../testing/factories/makeDataset';
import { stripIsolates } from '../domain/format/isolate';
import { buildChartCsv } from './buildChartCsv';

const model = loadDefaultModel();

function parse(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<Record<string, string>>(csv.slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('buildChartCsv', () => {
  const chart = buildCasualtiesChart(model, parseCalendarDate('2025-01-24'));
  if (!chart) throw new Error('the default dataset has casualty figures');
  const rows = parse(buildChartCsv(chart));

  it('has one row per figure the chart draws, in the chart order', () => {
    const figures = chart.rows.flatMap((r) =>
      r.kind === 'figure' ? [stripIsolates(r.label)] : [],
    );
    expect(rows.map((r) => r.claimant)).toEqual(figures);
  });

  it('keeps the derived total with its working, and marks what is not comparable', () => {
    const nis = rows.find((r) => r.claimant === 'South Korea NIS');
    expect(nis).toMatchObject({
      best: '3000',
      qualifier: 'about',
      as_of: '2025-01-13',
      comparable: 'yes',
      derived_from:
        'about 300 killed + about 2,700 wounded = about 3,000 casualties (killed and wounded)',
      estimate_id: '',
    });
    const kirby = rows.find((r) => r.as_of === '2024-12-27');
    expect(kirby).toMatchObject({
      comparable: 'no',
      period_from: '2024-12-20',
      period_to: '2024-12-27',
    });
  });

  it('names the group each figure is drawn under, and when a figure was stated', () => {
    const nis = rows.find((r) => r.claimant === 'South Korea NIS');
    expect(nis?.group).toBe('Casualties (killed and wounded): comparable');
    const western = rows.find((r) => r.claimant === 'Western officials (BBC)');
    expect(western).toMatchObject({
      group: 'Not comparable with those totals',
      as_of: '2025-01',
      stated_on: '2025-01-22',
    });
  });

  it('lists every source of each figure with its outlet, date and address', () => {
    const zelensky = rows.find((r) => r.claimant === 'Zelensky');
    expect(zelensky?.sources).toBe(
      'Ukrainska Pravda, citing Interfax-Ukraine, 9 Jan 2025, https://www.pravda.com.ua/eng/news/2025/01/9/7492720/ | Newsweek, 24 Jan 2025, https://www.newsweek.com/north-koreas-kim-sending-more-troops-weapons-russia-putin-2020119',
    );
    expect(zelensky?.party_to_conflict).toBe('yes');
  });

  it('writes the over-time chart one row per point', () => {
    const metric = model.metrics.find((m) => m.id === 'casualties');
    if (!metric) throw new Error('no casualties metric');
    const timeChart = buildOverTimeChart(model, metric);
    const points = timeChart.series.reduce((n, s) => n + s.points.length, 0);
    const timeRows = parse(buildChartCsv(timeChart));
    expect(timeRows).toHaveLength(points);
    // Each point is grouped under its line: the claimant.
    expect(new Set(timeRows.map((r) => r.group))).toEqual(
      new Set(timeChart.series.map((s) => stripIsolates(s.label))),
    );
  });

  it('escapes a cell a spreadsheet would run as a formula, and quotes commas and quotes', () => {
    const hostile = makeModel({
      metrics: [makeMetric({ id: 'guns', label: 'Guns, "heavy"', kind: 'equipment' })],
      estimates: [makeEstimate({ metric: 'guns', note: '=HYPERLINK("http://x")' })],
    });
    const equipment = buildCasualtiesChart(hostile);
    expect(equipment).toBeUndefined();
    const csv = buildChartCsv({
      kind: 'rows',
      id: 'equipment',
      unit: 'guns',
      series: [],
      summary: '',
      claims: hostile.claims,
      rows: hostile.claims.map((figure) => ({
        kind: 'figure',
        key: figure.id,
        label: 'A',
        detail: '',
        figure,
        segments: [],
        muted: false,
      })),
      frame: {
        title: 'T',
        subtitle: '',
        notes: [],
        sources: [],
        datasetTitle: 'D',
        updated: parseCalendarDate('2025'),
      },
    });
    const [row] = parse(csv);
    expect(row?.note).toBe('\'=HYPERLINK("http://x")');
    expect(row?.metric).toBe('Guns, "heavy"');
  });
});
