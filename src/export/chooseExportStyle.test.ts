import { describe, expect, it } from 'vitest';
import { toRowSpec, toTimeSpec, type ChartSpec } from '../charts/chartSpec';
import { measureText } from '../lib/measureText';
import { buildRowLegend, getRowSeriesColors } from '../charts/rows/buildRowLegend';
import { layoutRowChart } from '../charts/rows/layoutRowChart';
import { fitsTimeChart } from '../charts/time/layoutTimeChart';
import { buildCasualtiesChart } from '../domain/compare/buildCasualtiesChart';
import { buildEquipmentCharts } from '../domain/charts/buildEquipmentCharts';
import { buildForcesChart } from '../domain/charts/buildForcesChart';
import { buildOverTimeChart, pickDefaultOverTimeMetric } from '../domain/time/buildOverTimeChart';
import { loadDefaultModel } from '../testing/loadJson';
import { chooseExportStyle } from './chooseExportStyle';
import { exportPresetIds, exportPresets } from './exportFormats';

const model = loadDefaultModel();
const metric = pickDefaultOverTimeMetric(model);
const specs: ChartSpec[] = [
  ...[buildCasualtiesChart(model), buildForcesChart(model), ...buildEquipmentCharts(model)]
    .filter((c) => c !== undefined)
    .map(toRowSpec),
  ...(metric ? [toTimeSpec(buildOverTimeChart(model, metric))] : []),
];

describe('chooseExportStyle', () => {
  it('keeps the screen width and scale for "as on screen"', () => {
    const [spec] = specs;
    if (!spec) throw new Error('no charts');
    const layout = chooseExportStyle(spec, exportPresets.screen, 'dark', 733);
    expect(layout.size).toEqual({ width: 733 });
    expect(layout.style.scale).toBe(1);
    expect(layout.style.theme).toBe('dark');
  });

  it.each(exportPresetIds.filter((id) => id !== 'screen'))(
    'fits every chart of the default dataset into the %s size, at no more than its scale',
    (id) => {
      const preset = exportPresets[id];
      for (const spec of specs) {
        const { style, size } = chooseExportStyle(spec, preset, 'light', 800);
        expect(size).toEqual(preset.size);
        expect(style.scale).toBeLessThanOrEqual(preset.scale);
        expect(style.scale).toBeGreaterThanOrEqual(0.7);
        const height = size.height ?? 0;
        if (spec.kind === 'time') {
          expect(fitsTimeChart(spec.model, { width: size.width, height }, style, measureText)).toBe(
            true,
          );
        } else {
          const legend = buildRowLegend(
            spec.model,
            getRowSeriesColors(spec.model.series, style),
            style,
          );
          const layout = layoutRowChart(
            spec.model,
            legend,
            { width: size.width, height },
            style,
            measureText,
          );
          expect(layout.fits).toBe(true);
          expect(layout.height).toBe(height);
        }
      }
    },
  );

  it('draws a chart with few rows at the full scale of a slide, and a crowded one smaller', () => {
    const few = specs.find((s) => s.kind === 'rows' && s.model.id === 'equipment-missiles');
    const many = specs.find((s) => s.kind === 'rows' && s.model.id === 'forces');
    if (!few || !many) throw new Error('charts missing');
    expect(chooseExportStyle(few, exportPresets.square, 'light', 800).style.scale).toBe(1.2);
    expect(chooseExportStyle(many, exportPresets.square, 'light', 800).style.scale).toBeLessThan(
      1.2,
    );
  });
});
