import { listNoteTexts } from './listNoteTexts';
import { describe, expect, it } from 'vitest';
import { figureRows } from '../../testing/factories/chartRows';
import { generateLargeDataset } from '../../testing/factories/generateLargeDataset';
import { loadDefaultModel } from '../../testing/loadJson';
import { buildCasualtiesChart } from '../compare/buildCasualtiesChart';
import { buildEquipmentCharts } from './buildEquipmentCharts';
import { buildForcesChart } from './buildForcesChart';
import {
  buildOverTimeChart,
  maxLines,
  maxPointsPerLine,
  pickDefaultOverTimeMetric,
} from '../time/buildOverTimeChart';
import { maxChartRows } from './capFigureRows';
import type { OverTimeModel, RowChartModel } from './chartModel';
import { getSourceLabel, type Claim } from '../claims/claim';
import { formatCount } from '../format/formatValue';
import { prepareDataset, type DatasetModel } from '../claims/prepareDataset';

const notDrawn = 'Not drawn, to keep the chart readable:';

const large = prepareDataset(generateLargeDataset(5000));

/** Every row chart of a model, named, failing the test where one is missing. */
function rowCharts(model: DatasetModel): [string, RowChartModel][] {
  const charts: [string, RowChartModel | undefined][] = [
    ['casualties, latest figures', buildCasualtiesChart(model)],
    ['casualties, every figure', buildCasualtiesChart(model, undefined, 'all')],
    ['forces', buildForcesChart(model)],
    ...buildEquipmentCharts(model).map((chart): [string, RowChartModel] => [chart.id, chart]),
  ];
  return charts.map(([name, chart]) => {
    if (!chart) throw new Error(`no ${name} chart`);
    return [name, chart];
  });
}

const sortedIds = (claims: readonly Claim[]): string[] => claims.map((c) => c.id).sort();
const labelsOf = (claims: readonly Claim[]): string[] =>
  [...new Set(claims.map((c) => getSourceLabel(c.source)))].sort();

function overTime(model: DatasetModel): OverTimeModel {
  const metric = pickDefaultOverTimeMetric(model);
  if (!metric) throw new Error('no metric to draw over time');
  return buildOverTimeChart(model, metric);
}

describe('row charts of 5,000 estimates', () => {
  const charts = rowCharts(large);

  it('include an equipment chart for each unit counted', () => {
    expect(charts.map(([name]) => name).filter((name) => name.startsWith('equipment-'))).toEqual([
      'equipment-guns',
      'equipment-launchers',
      'equipment-tanks',
      'equipment-shells',
      'equipment-missiles',
    ]);
  });

  describe.each(charts)('%s', (_name, chart) => {
    const figures = figureRows(chart).map((row) => row.figure);

    it('draws no more than maxChartRows figures, and uses them all when there are more', () => {
      expect(figures.length).toBeLessThanOrEqual(maxChartRows);
      expect(figures).toHaveLength(maxChartRows);
    });

    it('lists exactly the drawn figures as its claims', () => {
      expect(chart.claims).toHaveLength(figures.length);
      expect(sortedIds(chart.claims)).toEqual(sortedIds(figures));
      expect(new Set(chart.claims.map((c) => c.id)).size).toBe(chart.claims.length);
    });

    it('cites only the claimants it draws', () => {
      expect(chart.frame.sources.map((s) => s.claimant).sort()).toEqual(labelsOf(figures));
    });

    it('says in its notes and summary what it does not draw', () => {
      const notes = listNoteTexts(chart.frame).filter((note) => note.startsWith(notDrawn));
      expect(notes).toHaveLength(1);
      expect(notes[0]).toContain(`It draws at most ${maxChartRows}:`);
      expect(chart.summary).toContain(notes[0]);
    });
  });

  it('counts, for the forces chart, every figure it leaves out', () => {
    const forces = large.claims.filter((c) => c.metric.kind === 'forces');
    const chart = buildForcesChart(large);
    const left = forces.filter((c) => !chart?.claims.includes(c));
    const claimants = new Set(left.map((c) => c.source.id)).size;
    expect(left.length).toBeGreaterThan(0);
    expect(listNoteTexts(chart?.frame ?? { notes: [] })).toContain(
      `${notDrawn} ${formatCount(left.length)} more figures from ${formatCount(claimants)} claimants. It draws at most ${maxChartRows}: the lowest, the highest and the most recent. Every figure is listed in All estimates; filters narrow the chart.`,
    );
  });

  it('cites fewer claimants than there are in the data', () => {
    const chart = buildForcesChart(large);
    const all = labelsOf(large.claims.filter((c) => c.metric.kind === 'forces'));
    expect(chart?.frame.sources.length).toBeLessThan(all.length);
  });
});

describe('the over-time chart of 5,000 estimates', () => {
  const chart = overTime(large);
  const running = large.claims.filter((c) => c.metric.id === chart.metric.id && !c.period);
  const countsBySource = new Map<string, number>();
  for (const claim of running) {
    countsBySource.set(claim.source.id, (countsBySource.get(claim.source.id) ?? 0) + 1);
  }

  it('draws at most maxLines lines of at most maxPointsPerLine points', () => {
    expect(countsBySource.size).toBeGreaterThan(maxLines);
    expect(chart.series).toHaveLength(maxLines);
    for (const line of chart.series) {
      expect(line.points.length).toBeGreaterThan(0);
      expect(line.points.length).toBeLessThanOrEqual(maxPointsPerLine);
    }
  });

  it('draws the lines of the claimants with the most figures', () => {
    const shown = new Set(chart.series.map((line) => line.key));
    const keptCounts = [...shown].map((key) => countsBySource.get(key) ?? 0);
    const hiddenCounts = [...countsBySource]
      .filter(([key]) => !shown.has(key))
      .map(([, count]) => count);
    expect(Math.min(...keptCounts)).toBeGreaterThanOrEqual(Math.max(...hiddenCounts));
  });

  it('says in its notes and summary which lines and figures are not drawn', () => {
    const hidden = [...countsBySource].filter(
      ([key]) => !chart.series.some((line) => line.key === key),
    );
    const hiddenFigures = hidden.reduce((sum, [, count]) => sum + count, 0);
    const lines = `Drawn: the ${maxLines} claimants with the most figures. Not drawn: ${formatCount(hidden.length)} more, with ${formatCount(hiddenFigures)} figures; choose claimants in the filters to see them.`;
    expect(listNoteTexts(chart.frame)).toContain(lines);
    expect(chart.summary).toContain(lines);

    const drawnOfShown = chart.series.reduce((sum, line) => sum + line.points.length, 0);
    const thinned = running.length - hiddenFigures - drawnOfShown;
    expect(thinned).toBeGreaterThan(0);
    expect(listNoteTexts(chart.frame)).toContain(
      `Lines with more than ${maxPointsPerLine} figures show the latest in each of ${maxPointsPerLine} equal spans of time; ${formatCount(thinned)} earlier figures within those spans are not drawn. Every figure is listed in All estimates.`,
    );
  });

  it('lists and cites only what it draws', () => {
    const drawn = chart.series.flatMap((line) => line.points.map((point) => point.claim));
    expect(sortedIds(chart.claims)).toEqual(sortedIds(drawn));
    expect(chart.frame.sources.map((s) => s.claimant).sort()).toEqual(labelsOf(drawn));
  });
});

describe('the default dataset', () => {
  const model = loadDefaultModel();

  it.each(rowCharts(model))('draws every figure of the %s chart', (_name, chart) => {
    expect(figureRows(chart).length).toBeLessThanOrEqual(maxChartRows);
    expect(listNoteTexts(chart.frame).join('\n')).not.toContain('Not drawn');
    expect(chart.summary).not.toContain('Not drawn');
  });

  it('draws every line and every running figure over time', () => {
    const chart = overTime(model);
    const running = model.claims.filter((c) => c.metric.id === chart.metric.id && !c.period);
    expect(listNoteTexts(chart.frame).join('\n')).not.toContain('Not drawn');
    expect(listNoteTexts(chart.frame).join('\n')).not.toContain('equal spans of time');
    expect(chart.summary).not.toContain('Not drawn');
    expect(sortedIds(chart.claims)).toEqual(sortedIds(running));
  });
});
