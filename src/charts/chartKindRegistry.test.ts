import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../data/schema/calendarDate';
import type {
  ChartModel,
  FigureRow,
  OverTimeModel,
  RowChartModel,
  TimePoint,
} from '../domain/charts/chartModel';
import { buildForcesChart } from '../domain/charts/buildForcesChart';
import type { Claim } from '../domain/claims/claim';
import { buildCasualtiesChart } from '../domain/compare/buildCasualtiesChart';
import { buildOverTimeChart, pickDefaultOverTimeMetric } from '../domain/time/buildOverTimeChart';
import { measureText } from '../lib/measureText';
import { makeClaim } from '../testing/factories/makeClaim';
import { loadDefaultModel } from '../testing/loadJson';
import { chartKinds, getChartKind } from './chartKindRegistry';
import { makeChartStyle } from './chartStyle';
import { rowChartKind } from './rows/rowChartKind';
import { timeChartKind } from './time/timeChartKind';

const model = loadDefaultModel();

function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the default dataset has ${what}`);
  return value;
}

// As of 24 Jan 2025, the casualties chart sets some figures apart (drawn muted).
const casualties = defined(
  buildCasualtiesChart(model, parseCalendarDate('2025-01-24')),
  'casualty figures',
);
const forces = defined(buildForcesChart(model), 'forces figures');
const overTime = buildOverTimeChart(
  model,
  defined(pickDefaultOverTimeMetric(model), 'running figures'),
);
const charts: readonly ChartModel[] = [casualties, forces, overTime];

const figureRow = (claim: Claim, muted = false): FigureRow => ({
  kind: 'figure',
  key: claim.id,
  label: claim.id,
  detail: '',
  figure: claim,
  segments: [{ series: 'figure', claim, value: 1 }],
  muted,
});

const timePoint = (claim: Claim): TimePoint => ({
  claim,
  start: 0,
  end: 1,
  x: 0.5,
  y: 1,
  low: 1,
  high: 1,
});

describe('getChartKind', () => {
  it('has an entry for every kind of chart the domain builds', () => {
    expect(Object.keys(chartKinds).sort()).toEqual(['rows', 'time']);
  });

  it("returns the entry of the model's kind", () => {
    expect(casualties.kind).toBe('rows');
    expect(getChartKind(casualties)).toBe(rowChartKind);
    expect(getChartKind(forces)).toBe(rowChartKind);
    expect(overTime.kind).toBe('time');
    expect(getChartKind(overTime)).toBe(timeChartKind);
    for (const chart of charts) expect(getChartKind(chart)).toBe(chartKinds[chart.kind]);
  });
});

describe('listFigures of a row chart', () => {
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => makeClaim({ id }));
  if (!a || !b || !c || !d) throw new Error('four claims');

  it('lists each row in order under the heading above it, muted rows as not comparable', () => {
    const chart: RowChartModel = {
      ...casualties,
      rows: [
        { kind: 'heading', key: 'h1', label: 'Comparable' },
        figureRow(a),
        figureRow(b),
        { kind: 'heading', key: 'h2', label: 'Set apart' },
        figureRow(c, true),
        figureRow(d),
      ],
    };
    expect(getChartKind(chart).listFigures(chart)).toEqual([
      { claim: a, group: 'Comparable', comparable: true },
      { claim: b, group: 'Comparable', comparable: true },
      { claim: c, group: 'Set apart', comparable: false },
      { claim: d, group: 'Set apart', comparable: true },
    ]);
  });

  it('lists rows before any heading under no group, and a chart of headings alone as none', () => {
    const chart: RowChartModel = { ...casualties, rows: [figureRow(a)] };
    expect(getChartKind(chart).listFigures(chart)).toEqual([
      { claim: a, group: '', comparable: true },
    ]);
    const headings: RowChartModel = {
      ...casualties,
      rows: [{ kind: 'heading', key: 'h', label: 'Empty' }],
    };
    expect(getChartKind(headings).listFigures(headings)).toEqual([]);
  });

  it("lists exactly the casualties chart's rows, in order, the muted ones as not comparable", () => {
    const figures = getChartKind(casualties).listFigures(casualties);
    const rows = casualties.rows.filter((r): r is FigureRow => r.kind === 'figure');
    expect(figures.map((f) => f.claim)).toEqual(rows.map((r) => r.figure));
    expect(figures.map((f) => f.comparable)).toEqual(rows.map((r) => !r.muted));
    expect(figures.some((f) => !f.comparable)).toBe(true);
    expect(figures.some((f) => f.comparable)).toBe(true);
    const headings = casualties.rows.flatMap((r) => (r.kind === 'heading' ? [r.label] : []));
    expect([...new Set(figures.map((f) => f.group))]).toEqual(headings);
  });
});

describe('listFigures of a time chart', () => {
  it("lists each line's points in order, under the line's label, all comparable", () => {
    const [a, b, c] = ['a', 'b', 'c'].map((id) => makeClaim({ id }));
    if (!a || !b || !c) throw new Error('three claims');
    const chart: OverTimeModel = {
      ...overTime,
      series: [
        { key: 'alpha', slot: 0, label: 'Alpha', points: [timePoint(a), timePoint(b)] },
        { key: 'beta', slot: 1, label: 'Beta', points: [timePoint(c)] },
      ],
    };
    expect(getChartKind(chart).listFigures(chart)).toEqual([
      { claim: a, group: 'Alpha', comparable: true },
      { claim: b, group: 'Alpha', comparable: true },
      { claim: c, group: 'Beta', comparable: true },
    ]);
  });

  it('lists every point of the over-time chart of the default dataset', () => {
    const figures = getChartKind(overTime).listFigures(overTime);
    const points = overTime.series.flatMap((s) => s.points.map((p) => [p.claim, s.label]));
    expect(figures.map((f) => [f.claim, f.group])).toEqual(points);
    expect(figures.every((f) => f.comparable)).toBe(true);
    expect(new Set(figures.map((f) => f.claim))).toEqual(new Set(overTime.claims));
  });
});

describe('loadLayout', () => {
  const style = makeChartStyle('light', 1);

  it.each(charts.map((chart) => [chart.id, chart] as const))(
    '%s: fits at a screen width, at its own height, and not in an absurdly small fixed height',
    async (_, chart) => {
      const layout = await getChartKind(chart).loadLayout();
      expect(typeof layout).toBe('function');
      expect(layout(chart, { width: 800 }, style, measureText).fits).toBe(true);
      expect(layout(chart, { width: 360 }, style, measureText).fits).toBe(true);
      expect(layout(chart, { width: 800, height: 40 }, style, measureText).fits).toBe(false);
    },
  );
});
