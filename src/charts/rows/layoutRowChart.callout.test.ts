import { beforeAll, describe, expect, it } from 'vitest';
import { buildForcesChart } from '../../domain/charts/buildForcesChart';
import type { RowChartModel } from '../../domain/charts/chartModel';
import { buildCasualtiesChart } from '../../domain/compare/buildCasualtiesChart';
import { measureText } from '../../lib/measureText';
import { figureRows } from '../../testing/factories/chartRows';
import { makeClaim } from '../../testing/factories/makeClaim';
import {
  longestCallout,
  makeFigureRow,
  makeRowChart,
  withCallout,
} from '../../testing/factories/makeCharts';
import { loadDefaultModel } from '../../testing/loadJson';
import { loadCallouts } from '../annotation/loadCallouts';
import { makeChartStyle, type ChartStyle } from '../chartStyle';
import { crosses, isInside, overlaps } from '../plotGeometry';
import { layoutRowBands } from './layoutRowBands';
import { layoutRowChart } from './layoutRowChart';
import { findDrawnEnd, findRowTarget, getRowPlot, listRowObstacles } from './listRowObstacles';
import { listDrawnRows } from './rowChartLayout';
import { splitRowPages } from './splitRowPages';

const model = loadDefaultModel();
const charts = [buildCasualtiesChart(model), buildForcesChart(model)].flatMap((chart) =>
  chart ? [chart] : [],
);
const slide = makeChartStyle('light', 2);
/**
 * Sizes and styles a chart is drawn at: a desktop, a phone, a 16:9 slide with and without a
 * sidebar of notes (at the scale of slides, 2 px a point).
 */
const sizes: readonly (readonly [string, { width: number; height?: number }, ChartStyle])[] = [
  ['screen', { width: 900 }, makeChartStyle()],
  ['phone', { width: 343 }, makeChartStyle()],
  ['slide', { width: 1920, height: 1080 }, slide],
  ['slide with notes beside', { width: 1920, height: 1080 }, { ...slide, sidebar: 768 }],
];

/**
 * The chart as a size takes it: whole on screen; at a fixed size, split over the fewest pages
 * that each fit (as slides are chosen), each keeping the callout if it draws its figure.
 * Undefined where no number of pages fits at this style (slides would set the notes smaller).
 */
function paginate(
  chart: RowChartModel,
  size: { width: number; height?: number },
  style: ChartStyle,
): readonly RowChartModel[] | undefined {
  if (size.height === undefined) return [chart];
  for (let count = 1; count <= 12; count++) {
    const pages = count === 1 ? [chart] : splitRowPages(chart, count);
    if (pages?.every((page) => layoutRowChart(page, size, style, measureText).fits)) return pages;
  }
  return undefined;
}

/** Every claim a row chart draws a mark for: each row's figure and each part of a split bar. */
function listMarkedClaims(chart: RowChartModel): string[] {
  return figureRows(chart).flatMap((row) => [
    row.figure.id,
    ...(row.segments.length > 1 ? row.segments.map((segment) => segment.claim.id) : []),
  ]);
}

/** Checks a callout on `claimId` as the page carrying it lays it out at a size. */
function expectClearCallout(
  page: RowChartModel,
  claimId: string,
  size: { width: number; height?: number },
  style: ChartStyle,
) {
  const layout = layoutRowChart(page, size, style, measureText);
  const { callout } = layout;
  const where = `${claimId} at ${size.width}`;
  if (!callout) throw new Error(`no callout on ${where}`);
  const drawn = listDrawnRows(page.rows, layout.calloutRoom);
  const plot = getRowPlot(layout, drawn.length, style).box;
  const found = findRowTarget(drawn, claimId, layout, style);
  if (!found) throw new Error(`${where} is not drawn`);
  const { obstacles, own } = listRowObstacles(drawn, found.rowKey, layout, style, measureText);
  const { box, leader } = callout;
  // In the plot and the margin its values take, never over the notes beside it.
  expect(isInside(box, { ...plot, right: size.width - style.sidebar }), where).toBe(true);
  for (const other of [...obstacles.boxes, ...own.boxes]) {
    expect(overlaps(box, other), `${where}: ${JSON.stringify(other)}`).toBe(false);
  }
  for (const rule of obstacles.segments) expect(crosses(rule, box), where).toBe(false);
  // The leader ends on the bar's end, at its top or bottom edge, and crosses no other mark.
  const { target } = found;
  if (target.kind !== 'bar') throw new Error('a bar');
  expect(leader.x2, where).toBeCloseTo(target.x, 6);
  expect([target.top, target.bottom], where).toContain(leader.y2);
  for (const other of obstacles.boxes) expect(crosses(leader, other), where).toBe(false);
  // The words, whole, on at most three lines (a phone's narrow plot may give them more).
  expect(callout.lines.map((line) => line.text).join(' '), where).toBe(longestCallout);
  if (size.width >= 900) expect(callout.lines.length, where).toBeLessThanOrEqual(3);
}

// The layout places a callout with code the page loads on demand.
beforeAll(() => loadCallouts());

describe.each(charts)('layoutRowChart with a callout on the $id chart', (chart) => {
  it.each(sizes)('at %s: clear of every mark, value and label, in the chart', (_, size, style) => {
    for (const claimId of listMarkedClaims(chart)) {
      const pages = paginate(withCallout(chart, claimId, longestCallout), size, style);
      if (!pages) {
        // Not for the callout's sake: the chart fits no number of pages at this style at all.
        expect(paginate(chart, size, style)).toBeUndefined();
        continue;
      }
      const [page, ...others] = pages.filter((p) => p.annotation);
      if (!page) throw new Error(`no page keeps the callout on ${claimId}`);
      expect(others).toEqual([]);
      expectClearCallout(page, claimId, size, style);
    }
  });

  it('points at the end of the segment that draws a part, not of the whole bar', () => {
    const split = figureRows(chart).find((row) => row.segments.length > 1);
    if (!split) return;
    const [first, second] = split.segments;
    if (!first || !second) throw new Error('two segments');
    expect(findDrawnEnd(split, first.claim.id)).toBe(first.value);
    expect(findDrawnEnd(split, second.claim.id)).toBe(first.value + second.value);
    expect(findDrawnEnd(split, split.figure.id)).toBe(first.value + second.value);
    expect(findDrawnEnd(split, 'another')).toBeUndefined();
  });

  it('draws nothing and makes no room for a blank callout, or one on a figure not drawn', () => {
    for (const [, size, style] of sizes) {
      const stale = withCallout(chart, 'no-such-claim', longestCallout);
      const first = figureRows(chart)[0]?.figure.id ?? '';
      expect(layoutRowChart(withCallout(chart, first, ' '), size, style, measureText)).toEqual(
        layoutRowBands(chart, size, style, measureText),
      );
      expect(layoutRowChart(stale, size, style, measureText)).toEqual(
        layoutRowBands(chart, size, style, measureText),
      );
    }
  });

  it('lays out a chart without a callout as before', () => {
    for (const [, size, style] of sizes) {
      expect(layoutRowChart(chart, size, style, measureText)).toEqual(
        layoutRowBands(chart, size, style, measureText),
      );
    }
  });
});

describe('layoutRowChart making room for a callout', () => {
  // One bar across the whole plot: no room beside it, and a band too low to hold the callout.
  const claim = makeClaim({ id: 'only', value: { best: 1000 } });
  const chart = withCallout(makeRowChart([makeFigureRow(claim)]), 'only', longestCallout);
  const style = makeChartStyle();

  it('adds blank bands above the row, as few as hold it, and draws it there', () => {
    const plain = layoutRowBands(chart, { width: 900 }, style, measureText);
    const layout = layoutRowChart(chart, { width: 900 }, style, measureText);
    const room = layout.calloutRoom;
    if (!room || !layout.callout) throw new Error('no room made');
    expect(room).toMatchObject({ by: 'row-only', side: 'above' });
    expect(room.rows).toBeGreaterThanOrEqual(1);
    expect(layout.height).toBe(plain.height + room.rows * style.rowBand);
    const found = findRowTarget(listDrawnRows(chart.rows, room), 'only', layout, style);
    if (found?.target.kind !== 'bar') throw new Error('no target');
    expect(layout.callout.box.bottom).toBeLessThan(found.target.top);
    expect(layout.callout.leader.y2).toBe(found.target.top);
  });

  it('counts the bands it adds when it says whether a fixed height fits', () => {
    const plain = (height: number) =>
      layoutRowBands(chart, { width: 900, height }, style, measureText).fits;
    let height = 400;
    while (plain(height - 1)) height -= 1;
    expect(plain(height)).toBe(true);
    const layout = layoutRowChart(chart, { width: 900, height }, style, measureText);
    expect(layout.fits).toBe(false);
    expect(layoutRowChart(chart, { width: 900, height: 600 }, style, measureText).fits).toBe(true);
  });
});
