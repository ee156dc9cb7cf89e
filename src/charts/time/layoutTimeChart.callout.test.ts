import { beforeAll, describe, expect, it } from 'vitest';
import type { OverTimeModel } from '../../domain/charts/chartModel';
import { measureText } from '../../lib/measureText';
import {
  buildDefaultOverTimeChart,
  listTimeClaims,
  longestCallout,
  withCallout,
} from '../../testing/factories/makeCharts';
import { loadDefaultModel } from '../../testing/loadJson';
import { loadCallouts } from '../annotation/loadCallouts';
import { makeChartStyle, type ChartStyle } from '../chartStyle';
import { crosses, isInside, overlaps } from '../plotGeometry';
import { layoutTimeChart } from './layoutTimeChart';
import { listTimeObstacles } from './listTimeObstacles';
import { getTimePlot } from './timeChartLayout';

const model = loadDefaultModel();
const chart = buildDefaultOverTimeChart(model);
const slide = makeChartStyle('light', 2);
const sizes: readonly (readonly [string, { width: number; height?: number }, ChartStyle])[] = [
  ['screen', { width: 900 }, makeChartStyle()],
  ['phone', { width: 343 }, makeChartStyle()],
  ['slide', { width: 1920, height: 1080 }, slide],
  ['slide with notes beside', { width: 1920, height: 1080 }, { ...slide, sidebar: 768 }],
];

// The layout places a callout with code the page loads on demand.
beforeAll(() => loadCallouts());

describe('layoutTimeChart with a callout', () => {
  it.each(sizes)('at %s: clear of every point, label and line, in the chart', (_, size, style) => {
    const k = style.scale;
    for (const claim of listTimeClaims(chart)) {
      const where = `${claim.id} at ${size.width}`;
      const layout = layoutTimeChart(
        withCallout(chart, claim.id, longestCallout),
        size,
        style,
        measureText,
      );
      const { callout } = layout;
      if (!callout) throw new Error(`no callout on ${where}`);
      const plot = getTimePlot(layout, size.width, style);
      const found = listTimeObstacles(chart, plot, claim.id, style, measureText);
      if (found?.target.kind !== 'point') throw new Error(`${where} is not drawn`);
      const { obstacles, own, target } = found;
      const { box, leader } = callout;
      // In the plot (its labels may reach 24 px past it), or in the band made above it.
      const room = { ...plot, top: plot.top - layout.calloutRoom, right: plot.right + 24 * k };
      expect(isInside(box, room), where).toBe(true);
      if (layout.calloutRoom > 0) expect(box.bottom, where).toBeLessThanOrEqual(plot.top);
      for (const other of [...obstacles.boxes, ...own.boxes]) {
        expect(overlaps(box, other), `${where}: ${JSON.stringify(other)}`).toBe(false);
      }
      for (const line of [...obstacles.segments, ...own.segments]) {
        expect(crosses(line, box), `${where}: ${JSON.stringify(line)}`).toBe(false);
      }
      // The leader ends at the edge of the point's marker, crossing no other marker or label
      // (from a band above the plot it may have to).
      expect(Math.hypot(leader.x2 - target.x, leader.y2 - target.y), where).toBeCloseTo(
        target.radius,
        6,
      );
      if (layout.calloutRoom === 0) {
        for (const other of obstacles.boxes) expect(crosses(leader, other), where).toBe(false);
      }
      expect(callout.lines.map((line) => line.text).join(' '), where).toBe(longestCallout);
      expect(callout.lines.length, where).toBeLessThanOrEqual(size.width >= 900 ? 3 : 6);
    }
  });

  it('draws nothing and makes no room for a blank callout, or one on a point not drawn', () => {
    for (const [, size, style] of sizes) {
      const stale = withCallout(chart, 'no-such-claim', longestCallout);
      const first = listTimeClaims(chart)[0]?.id ?? '';
      expect(layoutTimeChart(withCallout(chart, first, ' '), size, style, measureText)).toEqual(
        layoutTimeChart(chart, size, style, measureText),
      );
      expect(layoutTimeChart(stale, size, style, measureText)).toEqual(
        layoutTimeChart(chart, size, style, measureText),
      );
    }
  });

  it('makes a band above the plot where the plot has no room, and counts it in `fits`', () => {
    // A plot too narrow to hold the callout beside any point.
    const style = makeChartStyle();
    const [first] = listTimeClaims(chart);
    if (!first) throw new Error('a point');
    const narrow: OverTimeModel = withCallout(chart, first.id, longestCallout);
    const plain = layoutTimeChart(chart, { width: 200 }, style, measureText);
    const screen = layoutTimeChart(narrow, { width: 200 }, style, measureText);
    expect(screen.calloutRoom).toBeGreaterThan(0);
    expect(screen.height).toBe(plain.height + screen.calloutRoom);
    expect(screen.callout?.box.bottom).toBeLessThanOrEqual(getTimePlot(screen, 200, style).top);
    // At the least height the plain chart fits, the band leaves the plot too short.
    const least = plain.frame.chrome + 160;
    expect(layoutTimeChart(chart, { width: 200, height: least }, style, measureText).fits).toBe(
      true,
    );
    expect(layoutTimeChart(narrow, { width: 200, height: least }, style, measureText).fits).toBe(
      false,
    );
  });
});
