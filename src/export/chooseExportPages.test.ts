import { describe, expect, it } from 'vitest';
import { chartKinds, getChartKind } from '../charts/chartKindRegistry';
import type { ChartModel } from '../domain/charts/chartModel';
import { buildEquipmentCharts } from '../domain/charts/buildEquipmentCharts';
import { buildForcesChart } from '../domain/charts/buildForcesChart';
import { buildCasualtiesChart } from '../domain/compare/buildCasualtiesChart';
import { buildOverTimeChart, pickDefaultOverTimeMetric } from '../domain/time/buildOverTimeChart';
import { measureText } from '../lib/measureText';
import { loadDefaultModel } from '../testing/loadJson';
import { chooseExportPages } from './chooseExportPages';
import { exportPresets, type ExportPresetId } from './exportFormats';
import { getPixelsPerPoint, projectionFloors } from './slides/makeProjectionStyle';

const model = loadDefaultModel();
const metric = pickDefaultOverTimeMetric(model);
const charts: ChartModel[] = [
  ...[buildCasualtiesChart(model), buildForcesChart(model), ...buildEquipmentCharts(model)].filter(
    (c) => c !== undefined,
  ),
  ...(metric ? [buildOverTimeChart(model, metric)] : []),
];
const byId = (id: string) => {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart ${id}`);
  return chart;
};
const slides: ExportPresetId[] = ['slide', '4x3'];

describe('chooseExportPages', () => {
  it('has charts of every kind to fit', () => {
    expect(new Set(charts.map((c) => c.kind))).toEqual(new Set(Object.keys(chartKinds)));
  });

  it('keeps the screen width and scale for "as on screen", on one page', async () => {
    const chart = byId('casualties-by-claimant');
    const { pages, size } = await chooseExportPages(chart, exportPresets.screen, 'dark', 733);
    expect(size).toEqual({ width: 733 });
    expect(pages).toHaveLength(1);
    expect(pages[0]?.chart).toBe(chart);
    expect(pages[0]?.style.scale).toBe(1);
    expect(pages[0]?.style.theme).toBe('dark');
  });

  it('fits every chart into the square size on one page, at no more than its scale', async () => {
    const preset = exportPresets.square;
    for (const chart of charts) {
      const { pages, size } = await chooseExportPages(chart, preset, 'light', 800);
      expect(size).toEqual(preset.size);
      expect(pages).toHaveLength(1);
      const [{ style } = { style: undefined }] = pages;
      expect(style?.scale).toBeLessThanOrEqual(preset.scale ?? 1);
      expect(style?.scale).toBeGreaterThanOrEqual(0.7);
      const layout = await getChartKind(chart).loadLayout();
      if (style)
        expect(layout(chart, preset.size ?? { width: 0 }, style, measureText).fits).toBe(true);
    }
  });

  it.each(slides)(
    'lays every chart out on %s slides at projection sizes, each slide fitting',
    async (id) => {
      const preset = exportPresets[id];
      const size = preset.size ?? { width: 0, height: 0 };
      // Sizes are rounded to hundredths of a pixel.
      const pt = (points: number) => points * getPixelsPerPoint(size.width) - 0.005;
      for (const chart of charts) {
        const { pages } = await chooseExportPages(chart, preset, 'light', 800);
        const layout = await getChartKind(chart).loadLayout();
        for (const { chart: page, style } of pages) {
          expect(layout(page, size, style, measureText).fits).toBe(true);
          expect(style.title.size).toBeGreaterThanOrEqual(pt(projectionFloors.title));
          for (const role of ['label', 'value', 'legend'] as const) {
            expect(style[role].size).toBeGreaterThanOrEqual(pt(projectionFloors.name));
          }
          for (const role of ['detail', 'axisLabel', 'note', 'source', 'stamp'] as const) {
            expect(style[role].size).toBeGreaterThanOrEqual(pt(projectionFloors.least));
          }
        }
      }
    },
  );

  it('grows the text of a chart with few bars, and keeps a crowded one at the floor sizes', async () => {
    const few = await chooseExportPages(
      byId('equipment-missiles'),
      exportPresets.slide,
      'light',
      800,
    );
    const many = await chooseExportPages(
      byId('forces-deployed'),
      exportPresets.slide,
      'light',
      800,
    );
    const label = (pages: typeof few.pages) => pages[0]?.style.label.size ?? 0;
    expect(label(few.pages)).toBeGreaterThan(label(many.pages));
    expect(few.pages).toHaveLength(1);
  });

  it('spreads a chart too long for one slide over several, never below the type floors', async () => {
    const { pages } = await chooseExportPages(
      byId('forces-deployed'),
      exportPresets.slide,
      'light',
      800,
    );
    expect(pages.length).toBeGreaterThan(1);
    const titles = pages.map((page) => page.chart.frame.title);
    expect(titles.at(-1)).toMatch(new RegExp(`\\(${pages.length} of ${pages.length}\\)$`));
  });
});
