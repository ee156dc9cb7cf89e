import { describe, expect, it } from 'vitest';
import { buildOverTimeChart, listOverTimeMetrics } from '../../domain/time/buildOverTimeChart';
import { loadDefaultModel } from '../../testing/loadJson';
import type { OverTimeModel } from '../../domain/charts/chartModel';
import { measureText } from '../../lib/measureText';
import { makeChartStyle } from '../chartStyle';
import { chooseLabelledPoints, placeTimeMarks } from './chooseLabelledPoints';
import { labelTimeMarks, type DrawnMark } from './labelTimeMarks';

const model = loadDefaultModel();
const measure = (text: string) => text.length * 7;
const height = 14;

/** Every over-time chart of the default dataset, drawn on a plot of the given size. */
function drawMarks(width: number, plotHeight: number): DrawnMark[][] {
  return listOverTimeMetrics(model).map((metric) =>
    placeTimeMarks(buildOverTimeChart(model, metric), width, plotHeight),
  );
}

describe('labelTimeMarks on every over-time chart of the default dataset', () => {
  for (const [width, plotHeight] of [
    [1200, 400],
    [320, 260],
  ] as const) {
    it(`puts no label nearer another point than its own, at ${width} x ${plotHeight}`, () => {
      for (const marks of drawMarks(width, plotHeight)) {
        const bounds = { left: 0, right: width, top: 0, bottom: plotHeight, scale: 1 };
        const labels = labelTimeMarks(marks, measure, bounds, height);
        labels.forEach((label, i) => {
          const own = marks[i];
          if (!label || !own) return;
          const half = measure(label.text) / 2 + 2;
          const box = { left: label.x - half, right: label.x + half };
          const bottom = label.y + 2;
          const top = bottom - height;
          const distance = (m: DrawnMark) =>
            Math.hypot(
              Math.max(box.left - m.cx, 0, m.cx - box.right),
              Math.max(top - m.cy, 0, m.cy - bottom),
            );
          for (const other of marks) {
            if (other.cx === own.cx && other.cy === own.cy) continue;
            expect(distance(other), `${label.text} of ${own.series}`).toBeGreaterThan(
              distance(own) * 1.5,
            );
          }
        });
      }
    });
  }
});

describe('chooseLabelledPoints on every over-time chart of the default dataset', () => {
  const charts = listOverTimeMetrics(model).map((metric) => buildOverTimeChart(model, metric));

  /** The labels placed on a plot of this size with text at this scale, by claim. */
  function labelAt(chart: OverTimeModel, width: number, plotHeight: number, scale: number) {
    const marks = placeTimeMarks(chart, width, plotHeight);
    const { value } = makeChartStyle('light', scale);
    const bounds = { left: 0, right: width, top: 0, bottom: plotHeight, scale };
    const labelled = chooseLabelledPoints(chart);
    const labels = labelTimeMarks(
      marks,
      (text) => measureText(text, value),
      bounds,
      value.lineHeight,
      labelled,
    );
    return { labelled, placed: marks.filter((_, i) => labels[i]).map((m) => m.point.claim.id) };
  }

  it.each([
    ['a phone', 250, 300, 1],
    ['a laptop', 800, 300, 1],
    ['a wide screen', 1200, 300, 1],
    ['a square export', 980, 620, 1.2],
    ['a 16:9 slide', 1800, 460, 2.36],
    ['a 4:3 slide', 1450, 640, 1.97],
  ])('labels the same points on %s', (_, width, plotHeight, scale) => {
    for (const chart of charts) {
      const { labelled, placed } = labelAt(chart, width, plotHeight, scale);
      expect(placed, chart.id).toEqual([...labelled].filter((id) => placed.includes(id)));
      expect(placed.length, chart.id).toBe(labelled.size);
    }
  });

  it('labels every point of a chart whose points do not crowd', () => {
    const killed = charts.find((chart) => chart.id === 'over-time-killed');
    if (!killed) throw new Error('no chart of the killed');
    const points = killed.series.flatMap((s) => s.points).length;
    expect(chooseLabelledPoints(killed).size).toBe(points);
  });
});
