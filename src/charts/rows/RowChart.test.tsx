// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { RowChartModel } from '../../domain/charts/chartModel';
import { buildCasualtiesChart } from '../../domain/compare/buildCasualtiesChart';
import { measureText } from '../../lib/measureText';
import { figureRows } from '../../testing/factories/chartRows';
import { longestCallout, withCallout } from '../../testing/factories/makeCharts';
import { drawChartSvg } from '../../testing/drawChartSvg';
import { loadDefaultModel } from '../../testing/loadJson';
import { normalizeSvg } from '../../testing/normalizeSvg';
import { makeChartStyle } from '../chartStyle';
import { fadedOpacity } from '../highlight';
import { overlaps, type Box } from '../plotGeometry';
import { splitRowPages } from './splitRowPages';

const casualties = buildCasualtiesChart(loadDefaultModel());
if (!casualties) throw new Error('the default dataset has casualty figures');
const chart: RowChartModel = casualties;
const style = makeChartStyle();
const usIntelligence = 'us-intelligence-casualties-2025-01';
const longest = 'uk-di-casualties-2025-06-15';

const number = (el: Element, name: string) => Number(el.getAttribute(name));

/** A bar Recharts drew ("M x,y h w v h h -w Z"), as a box. */
function readBar(path: Element): Box {
  const [x = 0, y = 0, w = 0, h = 0] =
    (path.getAttribute('d') ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
  return { left: x, top: y, right: x + w, bottom: y + h };
}

/** A line of text as drawn: from its x, as wide as measured, its ascent and descent. */
function readText(text: Element): Box {
  const size = number(text, 'font-size');
  const weight = number(text, 'font-weight') as 400 | 600 | 700;
  const x = number(text, 'x');
  const y = number(text, 'y');
  // Wrapped lines keep a trailing space for copies (keepWordBreaks): it is not drawn.
  const width = measureText(text.textContent.trimEnd(), { size, weight });
  const left = text.getAttribute('text-anchor') === 'middle' ? x - width / 2 : x;
  return { left, right: left + width, top: y - 0.75 * size, bottom: y + 0.25 * size };
}

/** What the chart draws that a callout keeps clear of, read from its SVG. */
function readObstacles(svg: SVGSVGElement) {
  return {
    bars: [...svg.querySelectorAll('.recharts-bar-rectangle path')].map(readBar),
    values: [...svg.querySelectorAll('.figure-marks text')].map(readText),
    labels: [...svg.querySelectorAll('.recharts-yAxis-tick-labels text')].map(readText),
  };
}

describe('RowChart with a callout', () => {
  it.each([
    ['US intelligence', usIntelligence],
    ['the longest bar', longest],
  ])('on %s: whole, clear of bars, values and labels, its leader on the bar', async (_, id) => {
    const annotated = withCallout(chart, id, longestCallout);
    // A slide draws the page of three that carries the callout, at 2 px a point.
    const page = splitRowPages(annotated, 3)?.find((p) => p.annotation);
    if (!page) throw new Error('no page with the callout');
    const cases = [
      [{ width: 900 }, annotated, style],
      [{ width: 343 }, annotated, style],
      [{ width: 1920, height: 1080 }, page, makeChartStyle('light', 2)],
    ] as const;
    for (const [size, drawn, drawnStyle] of cases) {
      const where = `${id} at ${size.width}`;
      const svg = await drawChartSvg(drawn, size, { style: drawnStyle });
      const callout = svg.querySelector('.chart-callout');
      const rect = callout?.querySelector('rect');
      const leader = callout?.querySelector('line');
      if (!callout || !rect || !leader) throw new Error(`no callout on ${where}`);
      const texts = [...callout.querySelectorAll('text')];
      expect(texts.map((t) => t.textContent.trim()).join(' '), where).toBe(longestCallout);
      for (const text of texts) {
        expect(text.getAttribute('fill')).toBe(drawnStyle.text);
      }
      const box = {
        left: number(rect, 'x'),
        top: number(rect, 'y'),
        right: number(rect, 'x') + number(rect, 'width'),
        bottom: number(rect, 'y') + number(rect, 'height'),
      };
      for (const text of texts) {
        const line = readText(text);
        expect(line.left, where).toBeGreaterThan(box.left);
        expect(line.right, where).toBeLessThan(box.right);
      }
      const { bars, values, labels } = readObstacles(svg);
      const figures = figureRows(drawn).length;
      expect(values, where).toHaveLength(figures);
      expect(labels.length, where).toBeGreaterThanOrEqual(figures);
      expect(bars.length, where).toBeGreaterThanOrEqual(figures);
      for (const other of [...bars, ...values, ...labels]) {
        expect(overlaps(box, other), `${where}: ${JSON.stringify(other)}`).toBe(false);
      }
      // The leader ends at a bar's end, on its top or bottom edge (Recharts rounds a bar's
      // offset in its band to whole pixels), pinned there by a dot.
      const end = { x: number(leader, 'x2'), y: number(leader, 'y2') };
      const bar = bars.find(
        (b) => Math.abs(b.right - end.x) < 0.01 && end.y > b.top - 1.5 && end.y < b.bottom + 1.5,
      );
      if (!bar) throw new Error(`${where}: no bar ends at ${JSON.stringify(end)}`);
      const edge = Math.min(Math.abs(end.y - bar.top), Math.abs(end.y - bar.bottom));
      expect(edge, where).toBeLessThan(1.5);
      const dot = callout.querySelector('circle');
      expect(dot && [number(dot, 'cx'), number(dot, 'cy')], where).toEqual([end.x, end.y]);
      expect(box.left, where).toBeGreaterThanOrEqual(0);
      expect(box.right, where).toBeLessThanOrEqual(size.width - drawnStyle.sidebar);
    }
  });

  it('draws nothing for a callout on a figure the chart does not draw', async () => {
    const svg = await drawChartSvg(withCallout(chart, 'gone', longestCallout), { width: 900 });
    expect(svg.querySelector('.chart-callout')).toBeNull();
    const plain = await drawChartSvg(chart, { width: 900 });
    expect(normalizeSvg(svg.outerHTML)).toBe(normalizeSvg(plain.outerHTML));
  });
});

describe('RowChart with a highlight', () => {
  const highlighted: RowChartModel = { ...chart, highlight: ['us-intelligence'] };
  const rows = figureRows(chart);

  it('draws the highlighted claimant in full and fades the others, labels and legend too', async () => {
    const svg = await drawChartSvg(highlighted, { width: 900 });
    const groups = [...svg.querySelectorAll('.figure-marks')];
    expect(groups).toHaveLength(rows.length);
    groups.forEach((group, i) => {
      const row = rows[i];
      if (!row) throw new Error('a row per group');
      const mine = row.figure.source.id === 'us-intelligence';
      const expected = mine ? (row.muted ? 0.8 : 1) : fadedOpacity.text;
      expect(number(group, 'opacity'), row.key).toBe(expected);
    });
    const full = [...svg.querySelectorAll('.recharts-bar-rectangle path')].filter(
      (path) => number(path, 'fill-opacity') === 1,
    );
    // The one bar drawn in full is US intelligence's; every other is at most 0.3.
    expect(full).toHaveLength(1);
    for (const path of svg.querySelectorAll('.recharts-bar-rectangle path')) {
      if (!full.includes(path))
        expect(number(path, 'fill-opacity')).toBeLessThanOrEqual(fadedOpacity.marks);
    }
    const labels = [...svg.querySelectorAll('.recharts-yAxis-tick-labels g[opacity]')];
    expect(labels.filter((label) => number(label, 'opacity') === fadedOpacity.text)).toHaveLength(
      rows.length - 1,
    );
    expect(svg.querySelector('.chart-frame-legend')?.textContent).toContain(
      'Faded: not highlighted',
    );
  });

  it('keeps every mark, faded or not, a named focus target', async () => {
    const svg = await drawChartSvg(highlighted, { width: 900 }, { interactive: true });
    const targets = [...svg.querySelectorAll('.mark-hit-area')];
    expect(targets).toHaveLength(rows.length);
    for (const target of targets) {
      expect(target.getAttribute('aria-label')).toMatch(/\w/);
      expect(target.getAttribute('aria-hidden')).toBeNull();
    }
  });

  it('draws a chart without a highlight as before', async () => {
    const svg = await drawChartSvg(chart, { width: 900 });
    expect(svg.querySelector('.chart-frame-legend')?.textContent).not.toContain('Faded');
    for (const group of svg.querySelectorAll('.figure-marks')) {
      expect([0.8, 1]).toContain(number(group, 'opacity'));
    }
  });
});
