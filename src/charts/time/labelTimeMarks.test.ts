import { describe, expect, it } from 'vitest';
import { buildOverTimeChart, listOverTimeMetrics } from '../../domain/time/buildOverTimeChart';
import { loadDefaultModel } from '../../testing/loadJson';
import { labelTimeMarks, type DrawnMark } from './labelTimeMarks';

const model = loadDefaultModel();
const measure = (text: string) => text.length * 7;
const height = 14;

/** Every over-time chart of the default dataset, drawn on a plot of the given size. */
function drawMarks(width: number, plotHeight: number): DrawnMark[][] {
  return listOverTimeMetrics(model).map((metric) => {
    const chart = buildOverTimeChart(model, metric);
    const [start, end] = chart.domain;
    const top = Math.max(1, ...chart.series.flatMap((s) => s.points.map((p) => p.high)));
    const toX = (t: number) => ((t - start) / (end - start || 1)) * width;
    const toY = (v: number) => plotHeight - (v / top) * plotHeight * 0.9;
    return chart.series.flatMap((s) =>
      s.points.map((point) => ({
        point,
        series: s.key,
        cx: toX(point.x),
        cy: toY(point.y),
        startX: toX(point.start),
        endX: toX(point.end),
      })),
    );
  });
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
