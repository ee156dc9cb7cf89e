// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { OverTimeModel } from '../../domain/charts/chartModel';
import { measureText } from '../../lib/measureText';
import { drawChartSvg } from '../../testing/drawChartSvg';
import {
  buildDefaultOverTimeChart,
  listTimeClaims,
  longestCallout,
  withCallout,
} from '../../testing/factories/makeCharts';
import { loadDefaultModel } from '../../testing/loadJson';
import { normalizeSvg } from '../../testing/normalizeSvg';
import { makeChartStyle } from '../chartStyle';
import { fadedOpacity } from '../highlight';
import { crosses, overlaps, type Box, type Segment } from '../plotGeometry';

const model = loadDefaultModel();
const chart = buildDefaultOverTimeChart(model);
const zelensky = 'ua-president-casualties-2025-01-05';
const number = (el: Element, name: string) => Number(el.getAttribute(name));

/** The marks, labels and lines an over-time chart drew, read from its SVG. */
function readMarks(svg: SVGSVGElement) {
  // A marker is a dot, or a triangle for a floor or a ceiling: its box either way.
  const markers: Box[] = [...svg.querySelectorAll('.time-mark')].map((mark) => {
    const circle = mark.querySelector('circle:not(.doubt-ring)');
    if (circle) {
      const [x, y, r] = [number(circle, 'cx'), number(circle, 'cy'), number(circle, 'r')];
      return { left: x - r, right: x + r, top: y - r, bottom: y + r };
    }
    const corners = [
      ...(mark.querySelector('path')?.getAttribute('d') ?? '').matchAll(/(-?[\d.]+),(-?[\d.]+)/g),
    ];
    const xs = corners.map(([, x]) => Number(x));
    const ys = corners.map(([, , y]) => Number(y));
    return {
      left: Math.min(...xs),
      right: Math.max(...xs),
      top: Math.min(...ys),
      bottom: Math.max(...ys),
    };
  });
  const labels: Box[] = [...svg.querySelectorAll('.time-marks text[text-anchor="middle"]')].map(
    (text) => {
      const size = number(text, 'font-size');
      const width = measureText(text.textContent, { size, weight: 600 });
      const [x, y] = [number(text, 'x'), number(text, 'y')];
      return {
        left: x - width / 2,
        right: x + width / 2,
        top: y - 0.75 * size,
        bottom: y + 0.25 * size,
      };
    },
  );
  const lines: Segment[] = [...svg.querySelectorAll('.recharts-line-curve')].flatMap((path) => {
    const points = [...(path.getAttribute('d') ?? '').matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(
      ([, x, y]) => ({ x: Number(x), y: Number(y) }),
    );
    return points.slice(1).map((p, i) => ({
      x1: points[i]?.x ?? 0,
      y1: points[i]?.y ?? 0,
      x2: p.x,
      y2: p.y,
    }));
  });
  return { markers, labels, lines };
}

describe('OverTimeChart with a callout', () => {
  it.each([[900], [343]])('at %i px: whole, clear of points, labels and lines', async (width) => {
    const svg = await drawChartSvg(withCallout(chart, zelensky, longestCallout), { width });
    const callout = svg.querySelector('.chart-callout');
    const rect = callout?.querySelector('rect');
    const leader = callout?.querySelector('line');
    if (!callout || !rect || !leader) throw new Error('no callout');
    expect([...callout.querySelectorAll('text')].map((t) => t.textContent.trim()).join(' ')).toBe(
      longestCallout,
    );
    const box = {
      left: number(rect, 'x'),
      top: number(rect, 'y'),
      right: number(rect, 'x') + number(rect, 'width'),
      bottom: number(rect, 'y') + number(rect, 'height'),
    };
    const { markers, labels, lines } = readMarks(svg);
    expect(markers.length).toBe(listTimeClaims(chart).length);
    expect(labels.length).toBeGreaterThan(0);
    for (const other of [...markers, ...labels]) {
      expect(overlaps(box, other), JSON.stringify(other)).toBe(false);
    }
    for (const line of lines) expect(crosses(line, box), JSON.stringify(line)).toBe(false);
    // The leader stops at the edge of the point's marker; a point needs no pin.
    const point = svg
      .querySelectorAll('.time-mark')
      [listTimeClaims(chart).findIndex((claim) => claim.id === zelensky)]?.querySelector('circle');
    if (!point) throw new Error('no marker');
    const gap = Math.hypot(
      number(leader, 'x2') - number(point, 'cx'),
      number(leader, 'y2') - number(point, 'cy'),
    );
    expect(gap).toBeGreaterThan(number(point, 'r'));
    expect(gap).toBeLessThan(number(point, 'r') + 4);
    expect(callout.querySelector('circle')).toBeNull();
  });

  it('draws nothing for a callout on a point the chart does not draw', async () => {
    const stale = await drawChartSvg(withCallout(chart, 'gone', longestCallout), { width: 900 });
    const plain = await drawChartSvg(chart, { width: 900 });
    expect(normalizeSvg(stale.outerHTML)).toBe(normalizeSvg(plain.outerHTML));
  });
});

describe('OverTimeChart with a highlight', () => {
  const highlighted: OverTimeModel = { ...chart, highlight: ['kr-nis'] };

  it('draws the highlighted line in full and fades the others, their labels and legend', async () => {
    const svg = await drawChartSvg(highlighted, { width: 900 });
    const curves = [...svg.querySelectorAll('.recharts-line-curve')];
    const opacities = curves.map((curve) => number(curve, 'stroke-opacity'));
    expect(opacities.filter((o) => o === 1)).toHaveLength(1);
    expect(opacities.filter((o) => o === fadedOpacity.marks)).toHaveLength(curves.length - 1);
    const claims = listTimeClaims(chart);
    [...svg.querySelectorAll('.time-mark')].forEach((mark, i) => {
      const mine = claims[i]?.source.id === 'kr-nis';
      expect(number(mark, 'opacity'), claims[i]?.id).toBe(mine ? 1 : fadedOpacity.marks);
    });
    const legend = [...svg.querySelectorAll('.chart-frame-legend > g')];
    const faded = legend.filter((entry) =>
      entry.querySelector(`text[opacity="${fadedOpacity.text}"]`),
    );
    expect(faded).toHaveLength(chart.series.length - 1);
    expect(
      legend
        .find((entry) => entry.textContent.includes('South Korea NIS'))
        ?.querySelector('text[opacity]'),
    ).toBeNull();
  });

  it('keeps every point, faded or not, a named focus target', async () => {
    const svg = await drawChartSvg(highlighted, { width: 900 }, { interactive: true });
    const targets = [...svg.querySelectorAll('.mark-hit-area')];
    expect(targets).toHaveLength(listTimeClaims(chart).length);
    for (const target of targets) expect(target.getAttribute('aria-label')).toMatch(/\w/);
  });
});

describe('OverTimeChart styles', () => {
  it('draws a slide-sized callout in the slide style', async () => {
    const style = makeChartStyle('light', 2);
    const svg = await drawChartSvg(
      withCallout(chart, zelensky, longestCallout),
      { width: 1920, height: 1080 },
      { style },
    );
    const text = svg.querySelector('.chart-callout text');
    expect(number(text ?? svg, 'font-size')).toBe(style.annotation.size);
  });
});
