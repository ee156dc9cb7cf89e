import { describe, expect, it } from 'vitest';
import { measureText } from '../../lib/measureText';
import { longestCallout } from '../../testing/factories/makeCharts';
import { makeChartStyle } from '../chartStyle';
import { crosses, isInside, overlaps, type Box } from '../plotGeometry';
import { mapFreeSpace } from './mapFreeSpace';
import { placeCallout, type CalloutRequest } from './placeCallout';
import { wrapCallout } from './wrapCallout';

const style = makeChartStyle().annotation;
const bounds: Box = { left: 0, right: 600, top: 0, bottom: 400 };
const box = (left: number, top: number, right: number, bottom: number): Box => ({
  left,
  top,
  right,
  bottom,
});

/** A bar from x 0 to 300, 16 px thick, its middle at 200: the callout points at its end. */
const bar = box(0, 192, 300, 208);
const request: CalloutRequest = {
  texts: wrapCallout(longestCallout, style, measureText, 500),
  target: { kind: 'bar', x: 300, top: 192, bottom: 208 },
  bounds,
  obstacles: { boxes: [box(306, 194, 340, 206)], segments: [] },
  own: { boxes: [bar], segments: [] },
  style,
  scale: 1,
};

describe('placeCallout', () => {
  it('places the box in the bounds, clear of the mark and of everything else', () => {
    const placed = placeCallout(request);
    if (!placed) throw new Error('no place');
    expect(isInside(placed.box, bounds)).toBe(true);
    for (const other of [bar, ...request.obstacles.boxes]) {
      expect(overlaps(placed.box, other)).toBe(false);
    }
    // Its leader ends on the bar's end, at its top or bottom edge, and crosses the value label
    // no more than the box covers it.
    expect(placed.leader.x2).toBe(300);
    expect([192, 208]).toContain(placed.leader.y2);
    expect(crosses(placed.leader, box(306, 194, 340, 206))).toBe(false);
    expect(placed.pinned).toBe(true);
  });

  it('sets the words inside the box, each line whole', () => {
    const placed = placeCallout(request);
    if (!placed) throw new Error('no place');
    expect(placed.lines.map((line) => line.text).join(' ')).toBe(longestCallout);
    for (const line of placed.lines) {
      expect(line.x).toBeGreaterThan(placed.box.left);
      expect(line.x + measureText(line.text, style)).toBeLessThan(placed.box.right);
      expect(line.y - style.size).toBeGreaterThanOrEqual(placed.box.top);
      expect(line.y).toBeLessThan(placed.box.bottom);
    }
  });

  it('goes nowhere it would cover a line, and leads round what it must not cross', () => {
    // A wall of boxes right of the bar, and a line above it: the only clear place is below.
    const wall = box(320, 0, 600, 400);
    const rule = { x1: 0, y1: 150, x2: 600, y2: 150 };
    const placed = placeCallout({
      ...request,
      obstacles: { boxes: [wall], segments: [rule] },
    });
    if (!placed) throw new Error('no place');
    expect(overlaps(placed.box, wall)).toBe(false);
    expect(crosses(rule, placed.box)).toBe(false);
    expect(placed.box.top).toBeGreaterThan(208);
    expect(placed.leader.y2).toBe(208);
  });

  it('lets the leader cross a line only where asked, never a box', () => {
    // Room only above a line over the bar, and a gap down to the bar's end between two blocks.
    const rule = { x1: 0, y1: 150, x2: 600, y2: 150 };
    const blocks = [box(0, 160, 290, 400), box(310, 160, 600, 400)];
    const strict = { ...request, obstacles: { boxes: blocks, segments: [rule] } };
    expect(placeCallout(strict)).toBeUndefined();
    const crossing = placeCallout({ ...strict, leaderMayCross: 'lines' });
    expect(crossing?.box.bottom).toBeLessThan(150);
    expect(crossing?.leader).toMatchObject({ x2: 300, y2: 192 });
    // A box in the way stops it even so.
    const wall = {
      ...strict,
      obstacles: { boxes: [...blocks, box(280, 140, 320, 156)], segments: [] },
    };
    expect(placeCallout({ ...wall, leaderMayCross: 'lines' })).toBeUndefined();
  });

  it('is undefined where no place is clear, or none within its reach', () => {
    expect(placeCallout({ ...request, bounds: box(0, 0, 120, 400) })).toBeUndefined();
    // The only room is far below a bar high up, past a block the leader must cross.
    const high = { kind: 'bar', x: 300, top: 92, bottom: 108 } as const;
    const far = {
      ...request,
      target: high,
      own: { boxes: [box(0, 92, 300, 108)], segments: [] },
      obstacles: { boxes: [box(0, 0, 600, 340)], segments: [] },
    };
    expect(placeCallout(far)).toBeUndefined();
    expect(placeCallout({ ...far, reach: Infinity })).toBeUndefined();
    const made = placeCallout({ ...far, reach: Infinity, leaderMayCross: 'anything' });
    expect(made?.box.top).toBeGreaterThanOrEqual(340);
    expect(made?.leader).toMatchObject({ x2: 300, y2: 108 });
  });

  it('ends a leader to a point on the edge of its marker, unpinned', () => {
    const placed = placeCallout({
      ...request,
      target: { kind: 'point', x: 300, y: 200, radius: 7 },
      own: { boxes: [box(293, 193, 307, 207)], segments: [] },
      obstacles: { boxes: [], segments: [] },
    });
    if (!placed) throw new Error('no place');
    const { x2, y2 } = placed.leader;
    expect(Math.hypot(x2 - 300, y2 - 200)).toBeCloseTo(7);
    expect(placed.pinned).toBe(false);
  });
});

describe('mapFreeSpace', () => {
  const isFree = mapFreeSpace(
    { boxes: [box(100, 100, 200, 150)], segments: [{ x1: 0, y1: 300, x2: 600, y2: 360 }] },
    bounds,
    2,
  );

  it('says a box is taken where it reaches an obstacle or a line, free elsewhere', () => {
    expect(isFree(0, 0, 90, 90)).toBe(true);
    expect(isFree(190, 140, 260, 170)).toBe(false);
    expect(isFree(300, 320, 320, 340)).toBe(false);
    expect(isFree(300, 200, 400, 290)).toBe(true);
    // Outside the area it maps, nothing is taken.
    expect(isFree(700, 0, 800, 100)).toBe(true);
  });
});
