import { describe, expect, it } from 'vitest';
import { chartKinds, getChartKind } from '../charts/chartKindRegistry';
import type { ChartModel } from '../domain/charts/chartModel';
import { buildEquipmentCharts } from '../domain/charts/buildEquipmentCharts';
import { buildForcesChart } from '../domain/charts/buildForcesChart';
import { buildCasualtiesChart } from '../domain/compare/buildCasualtiesChart';
import { buildOverTimeChart, pickDefaultOverTimeMetric } from '../domain/time/buildOverTimeChart';
import { measureText } from '../lib/measureText';
import { loadDefaultModel } from '../testing/loadJson';
import { chooseExportStyle } from './chooseExportStyle';
import { exportPresetIds, exportPresets } from './exportFormats';

const model = loadDefaultModel();
const metric = pickDefaultOverTimeMetric(model);
const charts: ChartModel[] = [
  ...[buildCasualtiesChart(model), buildForcesChart(model), ...buildEquipmentCharts(model)].filter(
    (c) => c !== undefined,
  ),
  ...(metric ? [buildOverTimeChart(model, metric)] : []),
];

describe('chooseExportStyle', () => {
  it('has charts of every kind to fit', () => {
    expect(new Set(charts.map((c) => c.kind))).toEqual(new Set(Object.keys(chartKinds)));
  });

  it('keeps the screen width and scale for "as on screen"', async () => {
    const [chart] = charts;
    if (!chart) throw new Error('no charts');
    const layout = await chooseExportStyle(chart, exportPresets.screen, 'dark', 733);
    expect(layout.size).toEqual({ width: 733 });
    expect(layout.style.scale).toBe(1);
    expect(layout.style.theme).toBe('dark');
  });

  it.each(exportPresetIds.filter((id) => id !== 'screen'))(
    'fits every chart of the default dataset into the %s size, at no more than its scale',
    async (id) => {
      const preset = exportPresets[id];
      for (const chart of charts) {
        const { style, size } = await chooseExportStyle(chart, preset, 'light', 800);
        expect(size).toEqual(preset.size);
        expect(style.scale).toBeLessThanOrEqual(preset.scale);
        expect(style.scale).toBeGreaterThanOrEqual(0.7);
        const layout = await getChartKind(chart).loadLayout();
        expect(layout(chart, size, style, measureText).fits).toBe(true);
      }
    },
  );

  it('draws a chart with few rows at the full scale of a slide, and a crowded one smaller', async () => {
    const few = charts.find((c) => c.id === 'equipment-missiles');
    const many = charts.find((c) => c.id === 'forces-deployed');
    if (!few || !many) throw new Error('charts missing');
    expect((await chooseExportStyle(few, exportPresets.square, 'light', 800)).style.scale).toBe(
      1.2,
    );
    expect(
      (await chooseExportStyle(many, exportPresets.square, 'light', 800)).style.scale,
    ).toBeLessThan(1.2);
  });
});
