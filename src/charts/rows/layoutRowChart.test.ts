import { describe, expect, it } from 'vitest';
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
