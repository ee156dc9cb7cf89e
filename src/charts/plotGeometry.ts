/** A point in the chart's pixels (y grows downwards). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A rectangle in the chart's pixels: left <= right, top <= bottom. */
export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** A straight line between two points, in the chart's pixels. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/**
 * The height Recharts gives an XAxis by default, in pixels at any scale: the plot ends this far
 * above the chart's bottom margin. The charts leave their XAxis at it (setting it, even to the
 * same value, would reorder the attributes of the exported SVG); layouts that say where marks
 * fall count it.
 */
export const xAxisHeight = 30;

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

export function isInside(box: Box, bounds: Box): boolean {
  return (
    box.left >= bounds.left &&
    box.right <= bounds.right &&
    box.top >= bounds.top &&
    box.bottom <= bounds.bottom
  );
}

/** A box grown by `by` pixels on every side (shrunk where negative). */
export function growBox(box: Box, by: number): Box {
  return { left: box.left - by, right: box.right + by, top: box.top - by, bottom: box.bottom + by };
}

/** The point of a box nearest to `point` (the point itself where it is inside). */
export function clampToBox(point: Point, box: Box): Point {
  return {
    x: Math.min(Math.max(point.x, box.left), box.right),
    y: Math.min(Math.max(point.y, box.top), box.bottom),
  };
}

/** Pixels from a point to the nearest edge of a box (0 inside it). */
export function distanceToBox(point: Point, box: Box): number {
  const dx = Math.max(box.left - point.x, 0, point.x - box.right);
  const dy = Math.max(box.top - point.y, 0, point.y - box.bottom);
  return Math.hypot(dx, dy);
}

/** The box a segment spans. */
export function getSegmentBox({ x1, y1, x2, y2 }: Segment): Box {
  return {
    left: Math.min(x1, x2),
    right: Math.max(x1, x2),
    top: Math.min(y1, y2),
    bottom: Math.max(y1, y2),
  };
}

/** Whether a segment passes through a box (Liang-Barsky clipping); touching counts. */
export function crosses({ x1, y1, x2, y2 }: Segment, box: Box): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let enter = 0;
  let leave = 1;
  for (const [p, q] of [
    [-dx, x1 - box.left],
    [dx, box.right - x1],
    [-dy, y1 - box.top],
    [dy, box.bottom - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return false;
  }
  return true;
}

/** Whether two segments cross (proper intersection; touching ends count). */
export function intersects(a: Segment, b: Segment): boolean {
  const side = (p: Segment, x: number, y: number) =>
    Math.sign((p.x2 - p.x1) * (y - p.y1) - (p.y2 - p.y1) * (x - p.x1));
  return (
    side(a, b.x1, b.y1) * side(a, b.x2, b.y2) <= 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) <= 0
  );
}
