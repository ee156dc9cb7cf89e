import { getSegmentBox, type Box, type Segment } from '../plotGeometry';

/** What a callout keeps clear of: marks and words as boxes, lines as segments. */
export interface CalloutObstacles {
  readonly boxes: readonly Box[];
  readonly segments: readonly Segment[];
}

/**
 * The obstacles near a box (and perhaps a few more), found without testing every one: a chart
 * may draw thousands.
 */
export interface ObstacleIndex {
  readonly boxesNear: (box: Box) => readonly Box[];
  readonly segmentsNear: (box: Box) => readonly Segment[];
}

/**
 * A grid of square cells, `cell` pixels wide, each listing the obstacles that reach into it: a
 * query looks at the cells its box covers. Obstacles off the scale (NaN, Infinity) are not drawn
 * and are left out.
 */
export function indexObstacles(obstacles: CalloutObstacles, cell: number): ObstacleIndex {
  const size = Math.max(8, cell);
  const boxes = makeGrid(
    obstacles.boxes.filter((box) => isFiniteBox(box)),
    (box) => box,
    size,
  );
  const segments = makeGrid(
    obstacles.segments.filter((segment) => isFiniteBox(getSegmentBox(segment))),
    getSegmentBox,
    size,
  );
  return { boxesNear: boxes, segmentsNear: segments };
}

/** Below this many, every query returns every item: testing them costs less than finding them. */
const fewItems = 200;

function makeGrid<T>(items: readonly T[], boxOf: (item: T) => Box, cell: number) {
  if (items.length <= fewItems) return (): readonly T[] => items;
  const cells = new Map<string, T[]>();
  const keysOf = (box: Box) => {
    const keys: string[] = [];
    for (let col = Math.floor(box.left / cell); col <= Math.floor(box.right / cell); col++) {
      for (let row = Math.floor(box.top / cell); row <= Math.floor(box.bottom / cell); row++) {
        keys.push(`${col},${row}`);
      }
    }
    return keys;
  };
  for (const item of items) {
    for (const key of keysOf(boxOf(item))) {
      const list = cells.get(key);
      if (list) list.push(item);
      else cells.set(key, [item]);
    }
  }
  return (box: Box): readonly T[] => {
    const found = new Set<T>();
    for (const key of keysOf(box)) for (const item of cells.get(key) ?? []) found.add(item);
    // The cells are coarse: keep what reaches the query's box, or touches it.
    return [...found].filter((item) => touches(boxOf(item), box));
  };
}

/** Whether two boxes overlap or share an edge (a line's box may have no width). */
function touches(a: Box, b: Box): boolean {
  return a.left <= b.right && a.right >= b.left && a.top <= b.bottom && a.bottom >= b.top;
}

function isFiniteBox(box: Box): boolean {
  return [box.left, box.right, box.top, box.bottom].every(Number.isFinite);
}
