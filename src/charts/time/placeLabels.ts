import {
  crosses,
  distanceToBox,
  intersects,
  isInside,
  overlaps,
  type Box,
  type Segment,
} from '../plotGeometry';

export interface LabelRequest {
  /** The point's centre, in pixels. */
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** What a label must keep clear of: every point's marker and every drawn line or span. */
export interface LabelObstacles {
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly segments: readonly Segment[];
}

export interface PlacedLabel {
  /** The label's centre line (text-anchor middle). */
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly text: string;
  /** From the point to the label, where the label stands off (drawn in the series' colour). */
  readonly leader?: Segment;
}

/**
 * Value labels next to their points, none where it could be misread: tried above, below, right
 * and left of the point, then further out on the diagonals with a leader line. A place is taken
 * only if the label stays inside the plot, overlaps no other label, no point's marker and no
 * line or span, and its own point is clearly the nearest one to it (so it cannot read as the
 * value of a neighbour, of its line or another's). A label that fits nowhere is left out: its value is in
 * the card and the table, and the chart says how many (see TimeMarks). Requests are placed in
 * the order given. Returns one entry per request, undefined where left out.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  measure: (text: string) => number,
  bounds: Box & { readonly scale?: number },
  /** A label's box height: its text's ascent plus descent (about 1.25 em). */
  textHeight = 12 * (bounds.scale ?? 1),
  obstacles: LabelObstacles = { points: requests, segments: [] },
): (PlacedLabel | undefined)[] {
  const k = bounds.scale ?? 1;
  const placed: Box[] = [];
  // A point or a line off the scale (NaN, Infinity) is not drawn, and must not veto labels.
  const points = obstacles.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const segments = obstacles.segments.filter((s) =>
    [s.x1, s.y1, s.x2, s.y2].every(Number.isFinite),
  );
  // A marker's radius with a margin, and the gap between a point and its label.
  const markerRoom = 7 * k;
  const gap = 9 * k;
  return requests.map((request) => {
    if (!Number.isFinite(request.x) || !Number.isFinite(request.y)) return undefined;
    const half = measure(request.text) / 2 + 2 * k;
    for (const { dx, dy, leader } of getCandidates(half, textHeight, gap)) {
      const centreX = request.x + dx;
      const centreY = request.y + dy;
      const box = {
        left: centreX - half,
        right: centreX + half,
        top: centreY - textHeight / 2,
        bottom: centreY + textHeight / 2,
      };
      const line = leader ? drawLeader(request, box, markerRoom) : undefined;
      if (
        !isInside(box, bounds) ||
        placed.some((other) => overlaps(box, other)) ||
        points.some((p) => distanceToBox(p, box) < markerRoom) ||
        segments.some((s) => crosses(s, box)) ||
        !isNearestTo(request, box, points, k) ||
        (line && !isClear(line, request, points, segments, placed, markerRoom))
      ) {
        continue;
      }
      placed.push(box);
      // Later labels keep clear of this one's leader, as of any line.
      if (line) segments.push(line);
      return {
        x: centreX,
        y: box.bottom - 2 * k,
        text: request.text,
        ...(line ? { leader: line } : {}),
      };
    }
    return undefined;
  });
}

/** Offsets of a label's centre from its point: next to it first, then standing off. */
function getCandidates(half: number, height: number, gap: number) {
  const above = -(gap + height / 2);
  const below = gap + height / 2;
  const side = gap + half;
  const far = 2.2;
  return [
    { dx: 0, dy: above, leader: false },
    { dx: 0, dy: below, leader: false },
    { dx: side, dy: 0, leader: false },
    { dx: -side, dy: 0, leader: false },
    { dx: side, dy: above * far, leader: true },
    { dx: -side, dy: above * far, leader: true },
    { dx: side, dy: below * far, leader: true },
    { dx: -side, dy: below * far, leader: true },
    { dx: 0, dy: above * far * 1.3, leader: true },
    { dx: 0, dy: below * far * 1.3, leader: true },
  ];
}

/**
 * The label's own point is clearly the nearest to its box: every other point is half as far
 * again, and 2 px more (a label halfway between two points reads as either's).
 */
function isNearestTo(
  own: { x: number; y: number },
  box: Box,
  points: LabelObstacles['points'],
  scale: number,
) {
  const mine = distanceToBox(own, box);
  return points.every(
    (p) => (p.x === own.x && p.y === own.y) || distanceToBox(p, box) > mine * 1.5 + 2 * scale,
  );
}

/**
 * A leader passes no other marker, crosses no line but where it leaves its own point, and no
 * label already placed.
 */
function isClear(
  leader: Segment,
  own: { x: number; y: number },
  points: LabelObstacles['points'],
  segments: readonly Segment[],
  placed: readonly Box[],
  markerRoom: number,
): boolean {
  const around = (p: { x: number; y: number }): Box => ({
    left: p.x - markerRoom,
    right: p.x + markerRoom,
    top: p.y - markerRoom,
    bottom: p.y + markerRoom,
  });
  const ownRoom = around(own);
  const touchesOwn = (s: Segment) =>
    distanceToBox({ x: s.x1, y: s.y1 }, ownRoom) === 0 ||
    distanceToBox({ x: s.x2, y: s.y2 }, ownRoom) === 0;
  return (
    points.every((p) => (p.x === own.x && p.y === own.y) || !crosses(leader, around(p))) &&
    segments.every((s) => touchesOwn(s) || !intersects(leader, s)) &&
    placed.every((box) => !crosses(leader, box))
  );
}

/** A line from the edge of the point's marker to the nearest point of the label's box. */
function drawLeader(point: { x: number; y: number }, box: Box, markerRoom: number): Segment {
  const x2 = Math.min(Math.max(point.x, box.left), box.right);
  const y2 = Math.min(Math.max(point.y, box.top), box.bottom);
  const length = Math.hypot(x2 - point.x, y2 - point.y) || 1;
  const start = (markerRoom - 1) / length;
  return {
    x1: point.x + (x2 - point.x) * start,
    y1: point.y + (y2 - point.y) * start,
    x2,
    y2,
  };
}
