import { describe, expect, it } from 'vitest';
import { getDateSpan, parseCalendarDate } from '../../data/schema/calendarDate';
import type { Estimate } from '../../data/schema/datasetSchema';
import { makeModel } from '../../testing/factories/makeClaim';
import { makeEstimate, makeMetric } from '../../testing/factories/makeDataset';
import { loadDefaultModel } from '../../testing/loadJson';
import { getSourceLabel, type Claim } from '../claims/claim';
import { figureModes } from '../claims/figureMode';
import { getCentral } from '../claims/valueMath';
import { listOverTimeMetrics } from '../time/buildOverTimeChart';
import { buildCasualtiesView } from './buildCasualtiesView';
import { buildEquipmentView } from './buildEquipmentView';
import { buildEstimatesView } from './buildEstimatesView';
import { buildForcesView } from './buildForcesView';
import { buildOverTimeView } from './buildOverTimeView';
import type { ChartsContent, ViewOptions } from './viewContent';
import { viewRegistry, type ChartsViewEntry } from './viewRegistry';
import { plain } from '../../testing/plain';

const model = loadDefaultModel();
const latest: ViewOptions = { mode: 'latest' };
const all: ViewOptions = { mode: 'all' };
const ids = (claims: readonly Claim[]) => claims.map((c) => c.id);

const chartViews = viewRegistry.filter(
  (view): view is Extract<(typeof viewRegistry)[number], ChartsViewEntry> =>
    view.layout === 'charts',
);

describe('every view of charts, on the default dataset', () => {
  // Compare and Over time draw one metric: each of them is asked for in turn.
  const metrics = [undefined, ...listOverTimeMetrics(model).map((m) => m.id)];

  it.each(chartViews.map((view) => view.id))(
    '%s has charts, each with an id no other chart of the view has',
    async (id) => {
      const view = chartViews.find((v) => v.id === id);
      if (!view) throw new Error(`no view ${id}`);
      const build = await view.load();
      for (const mode of figureModes) {
        for (const metric of metrics) {
          const content = build(model, { mode, ...(metric ? { metric } : {}) });
          const chartIds = content.charts.map((chart) => chart.id);
          expect(chartIds.length).toBeGreaterThan(0);
          expect(new Set(chartIds).size).toBe(chartIds.length);
        }
      }
    },
  );

  it('loads a builder for every view but the dashboard, which shows the others', async () => {
    const loaded = await Promise.all(
      viewRegistry.map((view) => ('load' in view ? view.load() : Promise.resolve(undefined))),
    );
    expect(viewRegistry.filter((_, i) => loaded[i] !== undefined).map((v) => v.id)).toEqual([
      'compare',
      'casualties',
      'over-time',
      'forces',
      'equipment',
      'estimates',
    ]);
  });
});

describe('the casualties view', () => {
  const labels = (content: ChartsContent) => content.asOfChoice?.options.map((o) => o.label);

  it('offers the end of every month with a casualty figure, newest first, and no date chosen', () => {
    const content = plain(buildCasualtiesView(model, latest));
    expect(content.asOfChoice?.chosen).toBeUndefined();
    expect(labels(content)).toEqual([
      'end of Sep 2025',
      'end of Jun 2025',
      'end of Apr 2025',
      'end of Mar 2025',
      'end of Feb 2025',
      'end of Jan 2025',
      'end of Dec 2024',
    ]);
    expect(content.asOfChoice?.options.map((o) => o.value)).toEqual([
      '2025-09',
      '2025-06',
      '2025-04',
      '2025-03',
      '2025-02',
      '2025-01',
      '2024-12',
    ]);
  });

  it('chooses the month asked for, offering it once', () => {
    const content = plain(
      buildCasualtiesView(model, { ...latest, asOf: parseCalendarDate('2025-02') }),
    );
    expect(content.asOfChoice?.chosen).toBe('2025-02');
    expect(content.asOfChoice?.options.filter((o) => o.value === '2025-02')).toHaveLength(1);
    expect(content.asOfChoice?.options).toHaveLength(7);
    expect(content.missing).toBe('casualty figures up to Feb 2025');
  });

  it('offers a `to` date the data has no month for, and chooses it', () => {
    const content = plain(
      buildCasualtiesView(model, { ...latest, asOf: parseCalendarDate('2025-05') }),
    );
    expect(content.asOfChoice?.chosen).toBe('2025-05');
    expect(content.asOfChoice?.options).toContainEqual({
      value: '2025-05',
      label: 'end of May 2025',
    });
    expect(content.asOfChoice?.options).toHaveLength(8);
    // The months of the data keep their order, newest first.
    expect(labels(content)?.filter((label) => label !== 'end of May 2025')).toEqual(
      labels(plain(buildCasualtiesView(model, latest))),
    );
    expect(content.charts.map((c) => c.id)).toEqual(['casualties-by-claimant']);
  });

  it('puts that date in its place among the months, and names a day as the day itself', () => {
    const content = plain(
      buildCasualtiesView(model, {
        ...latest,
        asOf: parseCalendarDate('2025-05-15'),
      }),
    );
    expect(labels(content)?.slice(0, 4)).toEqual([
      'end of Sep 2025',
      'end of Jun 2025',
      '15 May 2025',
      'end of Apr 2025',
    ]);
  });

  it('still offers a `to` date before every figure, with no chart and a reason', () => {
    const content = plain(
      buildCasualtiesView(model, { ...latest, asOf: parseCalendarDate('2020-02') }),
    );
    expect(content.asOfChoice?.chosen).toBe('2020-02');
    expect(content.asOfChoice?.options.map((o) => o.value)).toContain('2020-02');
    expect(content.charts).toEqual([]);
    expect(content.missing).toBe('casualty figures up to Feb 2020');
  });
});

describe('the over-time view', () => {
  it('draws a metric it can draw over time, with no notice', () => {
    const content = plain(buildOverTimeView(model, { ...latest, metric: 'killed' }));
    expect(content.notices).toEqual([]);
    expect(content.metricChoice?.chosen.id).toBe('killed');
    expect(content.charts.map((c) => c.kind === 'time' && c.metric.id)).toEqual(['killed']);
  });

  it('draws the default metric with no notice when none is asked for', () => {
    const content = plain(buildOverTimeView(model, latest));
    expect(content.notices).toEqual([]);
    expect(content.metricChoice?.chosen.id).toBe('casualties');
  });

  it('says so when asked for a metric the dataset has but cannot draw over time', () => {
    // Koksan guns: in the dataset, but only as counts over a period, not as running figures.
    expect(model.dataset.metrics.map((m) => m.id)).toContain('koksan');
    expect(listOverTimeMetrics(model).map((m) => m.id)).not.toContain('koksan');
    const content = plain(buildOverTimeView(model, { ...latest, metric: 'koksan' }));
    expect(content.notices).toHaveLength(1);
    const koksan = model.dataset.metrics.find((m) => m.id === 'koksan')?.label ?? '';
    expect(content.notices).toEqual([
      `There are no running figures of \u201c${koksan}\u201d to draw over time; showing Casualties (killed and wounded).`,
    ]);
    expect(content.metricChoice?.chosen.id).toBe('casualties');
    expect(content.charts.map((c) => c.id)).toEqual(['over-time-casualties']);
  });
});

describe('the equipment view', () => {
  it("shows a chart per unit, and its note for the dashboard names the other charts' units", () => {
    const content = plain(buildEquipmentView(model, all));
    expect(content.charts.map((c) => c.kind === 'rows' && c.unit)).toEqual([
      'systems',
      'missiles',
      'shells',
      'containers',
    ]);
    expect(content.sectioned).toBe(true);
    expect(content.moreNote).toBe(
      '3 more charts in the full view, counted in missiles, shells, containers.',
    );
  });

  it('has no note when it has one chart, and says "chart" for one more', () => {
    const tanks = makeMetric({ id: 'tanks', label: 'Tanks', unit: 'tanks', kind: 'equipment' });
    const shells = makeMetric({ id: 'shells', label: 'Shells', unit: 'shells', kind: 'munitions' });
    const estimate = (metric: string) => makeEstimate({ id: metric, metric });
    const one = plain(
      buildEquipmentView(makeModel({ metrics: [tanks], estimates: [estimate('tanks')] }), all),
    );
    expect(one.charts).toHaveLength(1);
    expect(one.moreNote).toBeUndefined();
    const two = plain(
      buildEquipmentView(
        makeModel({ metrics: [tanks, shells], estimates: [estimate('tanks'), estimate('shells')] }),
        all,
      ),
    );
    expect(two.moreNote).toBe('1 more chart in the full view, counted in shells.');
  });
});

describe('the estimates view', () => {
  const central = (claims: readonly Claim[]) => claims.map((c) => getCentral(c.value));

  it('sorts by the sort it is given, and returns it', () => {
    const sort = { column: 'value', direction: 'descending' } as const;
    const content = plain(buildEstimatesView(model, { ...all, sort }));
    expect(content.sort).toEqual(sort);
    const values = central(content.claims);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBeGreaterThan(values.at(-1) ?? Infinity);
  });

  it('sorts by claimant when asked', () => {
    const sort = { column: 'claimant', direction: 'ascending' } as const;
    const names = plain(buildEstimatesView(model, { ...all, sort })).claims.map((c) =>
      getSourceLabel(c.source).toLowerCase(),
    );
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('sorts by date, oldest first, unless told otherwise', () => {
    const content = plain(buildEstimatesView(model, all));
    expect(content.sort).toEqual({ column: 'asOf', direction: 'ascending' });
    const starts = content.claims.map((c) => getDateSpan(c.asOf).start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts[0]).toBeLessThan(starts.at(-1) ?? -Infinity);
  });
});

describe('"latest" and "all" figures', () => {
  it('all estimates: every figure, or each claimant\u2019s latest per metric', () => {
    const every = plain(buildEstimatesView(model, all)).claims;
    const latestOnly = plain(buildEstimatesView(model, latest)).claims;
    expect(new Set(ids(every))).toEqual(new Set(ids(model.claims)));
    expect(latestOnly.length).toBeLessThan(every.length);
    expect(ids(every)).toEqual(expect.arrayContaining(ids(latestOnly)));
    const keys = latestOnly.map((c) => `${c.source.id}|${c.metric.id}|${c.period ? 'flow' : ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('forces: every dated figure, or fewer, each claimant\u2019s latest', () => {
    const [every] = plain(buildForcesView(model, all)).charts;
    const [latestOnly] = plain(buildForcesView(model, latest)).charts;
    if (!every || !latestOnly) throw new Error('no forces chart');
    expect(latestOnly.claims.length).toBeLessThan(every.claims.length);
    expect(ids(every.claims)).toEqual(expect.arrayContaining(ids(latestOnly.claims)));
  });

  it("equipment: a claimant's earlier running figure is shown only with every figure", () => {
    const tanks = makeMetric({ id: 'tanks', label: 'Tanks', unit: 'tanks', kind: 'equipment' });
    const tally = (id: string, asOf: string, best: number): Estimate =>
      makeEstimate({ id, metric: 'tanks', asOf, value: { best } });
    const tanksModel = makeModel({
      metrics: [tanks],
      estimates: [tally('tanks-jan', '2025-01', 10), tally('tanks-mar', '2025-03', 25)],
    });
    const drawn = (options: ViewOptions) =>
      plain(buildEquipmentView(tanksModel, options)).charts.flatMap((c) => ids(c.claims));
    expect(drawn(all).sort()).toEqual(['tanks-jan', 'tanks-mar']);
    expect(drawn(latest)).toEqual(['tanks-mar']);
  });
});

describe('the compare view', () => {
  it('offers the end of every month with a figure of the chosen total or its parts', async () => {
    const { buildCompareView } = await import('./buildCompareView');
    // On this dataset the casualty total and its parts have figures in the months every casualty
    // metric has: the same menu as the Casualties view.
    const casualties = plain(buildCompareView(model, { ...latest, metric: 'casualties' }));
    expect(casualties.asOfChoice).toEqual(plain(buildCasualtiesView(model, latest)).asOfChoice);
    const troops = plain(buildCompareView(model, { ...latest, metric: 'troops-sent' }));
    expect(troops.asOfChoice?.options.at(-1)?.label).toBe('end of Oct 2024');
  });
});
