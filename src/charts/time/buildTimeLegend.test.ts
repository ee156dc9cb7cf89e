import { describe, expect, it } from 'vitest';
import { buildDefaultOverTimeChart } from '../../testing/factories/makeCharts';
import { loadDefaultModel } from '../../testing/loadJson';
import { makeChartStyle } from '../chartStyle';
import { fadedOpacity } from '../highlight';
import { buildTimeLegend } from './buildTimeLegend';

const model = loadDefaultModel();
const chart = buildDefaultOverTimeChart(model);
const style = makeChartStyle();

describe('buildTimeLegend with a briefer\u2019s highlight', () => {
  it('fades the lines of the claimants not highlighted, symbol and name', () => {
    const legend = buildTimeLegend({ ...chart, highlight: ['kr-nis'] }, style);
    for (const series of chart.series) {
      const entry = legend.find((e) => e.key === series.key);
      const faded = series.key !== 'kr-nis';
      expect(entry?.opacity, series.key).toBe(faded ? fadedOpacity.marks : undefined);
      expect(entry?.textOpacity, series.key).toBe(faded ? fadedOpacity.text : undefined);
    }
  });

  it('fades nothing without a highlight, and keeps the keys of marks as they are', () => {
    const plain = buildTimeLegend(chart, style);
    expect(
      plain.some((entry) => entry.opacity !== undefined || entry.textOpacity !== undefined),
    ).toBe(false);
    const keys = buildTimeLegend({ ...chart, highlight: ['kr-nis'] }, style).filter(
      (entry) => !chart.series.some((s) => s.key === entry.key),
    );
    expect(keys).toEqual(plain.filter((entry) => !chart.series.some((s) => s.key === entry.key)));
  });
});
