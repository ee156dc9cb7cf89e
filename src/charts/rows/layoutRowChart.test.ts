import { describe, expect, it } from 'vitest';
import type { RowChartModel } from '../../domain/charts/chartModel';
import { buildCasualtiesChart } from '../../domain/compare/buildCasualtiesChart';
import { measureText } from '../../lib/measureText';
import { loadDefaultModel } from '../../testing/loadJson';
import { makeChartStyle } from '../chartStyle';
import { wrapText } from '../frame/wrapText';
import { layoutRowChart } from './layoutRowChart';

const chart = buildCasualtiesChart(loadDefaultModel());
const style = makeChartStyle();

describe('layoutRowChart on a phone (labels above the bars)', () => {
  if (!chart) throw new Error('no casualties chart');
  const width = 343; // a 375 px screen, less the page's margins

  it('gives every detail the lines it needs, so that none is cut short', () => {
    const layout = layoutRowChart(chart, { width }, style, measureText);
    expect(layout.stacked).toBe(true);
    const room = width - 2 * style.padding;
    for (const row of chart.rows) {
      if (row.kind !== 'figure') continue;
      const lines = wrapText(row.detail, room, style.detail, measureText, layout.detailLines);
      expect(lines.join(' '), row.key).not.toMatch(/\u2026$/);
    }
    expect(layout.detailLines).toBeGreaterThan(1);
  });

  it('grows each band by the extra lines', () => {
    const layout = layoutRowChart(chart, { width }, style, measureText);
    const oneLine = style.label.lineHeight + style.detail.lineHeight + style.barThickness + 12;
    expect(layout.band).toBe(oneLine + (layout.detailLines - 1) * style.detail.lineHeight);
  });
});

describe('layoutRowChart value-axis ticks', () => {
  if (!chart) throw new Error('no casualties chart');

  it('fits fewer ticks on a phone than on a wide screen, never under 2 or over 6', () => {
    const phone = layoutRowChart(chart, { width: 343 }, style, measureText).tickCount;
    const wide = layoutRowChart(chart, { width: 1300 }, style, measureText).tickCount;
    expect(wide).toBe(6);
    expect(phone).toBeGreaterThanOrEqual(2);
    expect(phone).toBeLessThanOrEqual(wide);
  });
});

describe('layoutRowChart at a fixed height (export sizes)', () => {
  if (!chart) throw new Error('no casualties chart');
  const width = 900;
  const first = chart.rows.find((row) => row.kind === 'figure');
  if (!first) throw new Error('no figure row');

  /** The chart with its first figure's name or detail changed. */
  const withFirst = (change: { label?: string; detail?: string }): RowChartModel => ({
    ...chart,
    rows: chart.rows.map((row) => (row === first ? { ...row, ...change } : row)),
  });
  const layoutAt = (model: RowChartModel, height: number) =>
    layoutRowChart(model, { width, height }, style, measureText);

  it('does not fit where a detail wraps to more lines than the band holds, and fits taller', () => {
    const detail =
      'Jan 2025 \u00b7 battle casualties, including the missing, the captured and deserters, ' +
      'counted by a method the other claimants do not use, over a period not stated';
    const long = withFirst({ detail });
    const probe = layoutAt(long, 2000);
    const labelRoom = probe.labelWidth - 10 * style.scale;
    const lines = wrapText(detail, labelRoom, style.detail, measureText).length;
    expect(lines).toBeGreaterThanOrEqual(3);
    expect(wrapText(first.label, labelRoom, style.label, measureText)).toHaveLength(1);
    // The band the row needs: its name on a line and every line of its detail, and a gap.
    const need = style.label.lineHeight + lines * style.detail.lineHeight + 4 * style.scale;
    expect(need).toBeLessThan(2.5 * style.rowBand);
    const chrome = probe.frame.chrome;
    const rows = chart.rows.length;
    const tight = Math.floor(chrome + rows * (need - 1));
    const roomy = Math.ceil(chrome + rows * (need + 1));

    const cut = layoutAt(long, tight);
    expect(cut.band).toBeLessThan(need);
    expect(cut.band).toBeGreaterThan(style.label.lineHeight + 2 * style.detail.lineHeight);
    expect(cut.fits).toBe(false);
    // The same height holds the chart with the detail as it was: the long one is the reason.
    expect(layoutAt(chart, tight).fits).toBe(true);
    const whole = layoutAt(long, roomy);
    expect(whole.band).toBeGreaterThanOrEqual(need);
    expect(whole.fits).toBe(true);
  });

  it('makes room for three lines of a name too long for them, which is cut on its third', () => {
    const label =
      'The Joint Assessment Staff of the Allied Ministries of Defence, Foreign Affairs and ' +
      'the Interior, Second Directorate for Eastern Europe, Office of the Deputy Director';
    const long = withFirst({ label });
    const probe = layoutAt(long, 2000);
    const labelRoom = probe.labelWidth - 10 * style.scale;
    expect(wrapText(label, labelRoom, style.label, measureText).length).toBeGreaterThan(3);
    const detail = wrapText(first.detail, labelRoom, style.detail, measureText).length;
    const need = 3 * style.label.lineHeight + detail * style.detail.lineHeight + 4 * style.scale;
    const rows = chart.rows.length;
    expect(layoutAt(long, Math.floor(probe.frame.chrome + rows * (need - 1))).fits).toBe(false);
    expect(layoutAt(long, Math.ceil(probe.frame.chrome + rows * (need + 1))).fits).toBe(true);
  });
});
