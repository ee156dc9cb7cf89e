import type { Box } from '../plotGeometry';
import type { CalloutObstacles } from './indexObstacles';

/** Whether a box (its edges, in pixels) is clear of every obstacle, in constant time. */
export type IsFree = (left: number, top: number, right: number, bottom: number) => boolean;

/**
 * A map of where obstacles lie within `area`, in square cells `cell` pixels wide, so that the
 * thousands of places tried for a callout are each tested with four look-ups (a summed-area
 * table) rather than against every mark. A cell is taken where an obstacle's box reaches into
 * it, or a line passes through it (sampled every third of a cell; the exact test that follows
 * catches a corner clipped between samples). Outside `area` nothing is taken.
 */
export function mapFreeSpace(obstacles: CalloutObstacles, area: Box, cell: number): IsFree {
  const columns = Math.max(1, Math.ceil((area.right - area.left) / cell));
  const rows = Math.max(1, Math.ceil((area.bottom - area.top) / cell));
  const toColumn = (x: number) => Math.floor((x - area.left) / cell);
  const toRow = (y: number) => Math.floor((y - area.top) / cell);
  // Coverage as a difference table: each obstacle adds to a rectangle of cells in four writes.
  const width = columns + 1;
  const marks = new Int32Array(width * (rows + 1));
  const take = (c0: number, c1: number, r0: number, r1: number) => {
    const [left, right] = [Math.max(0, c0), Math.min(columns - 1, c1)];
    const [top, bottom] = [Math.max(0, r0), Math.min(rows - 1, r1)];
    if (left > right || top > bottom) return;
    marks[top * width + left] = (marks[top * width + left] ?? 0) + 1;
    marks[top * width + right + 1] = (marks[top * width + right + 1] ?? 0) - 1;
    marks[(bottom + 1) * width + left] = (marks[(bottom + 1) * width + left] ?? 0) - 1;
    marks[(bottom + 1) * width + right + 1] = (marks[(bottom + 1) * width + right + 1] ?? 0) + 1;
  };
  for (const box of obstacles.boxes) {
    if (![box.left, box.right, box.top, box.bottom].every(Number.isFinite)) continue;
    take(toColumn(box.left), toColumn(box.right), toRow(box.top), toRow(box.bottom));
  }
  for (const { x1, y1, x2, y2 } of obstacles.segments) {
    if (![x1, y1, x2, y2].every(Number.isFinite)) continue;
    const samples = Math.ceil((3 * Math.hypot(x2 - x1, y2 - y1)) / cell) + 1;
    for (let i = 0; i <= samples; i++) {
      const column = toColumn(x1 + ((x2 - x1) * i) / samples);
      const row = toRow(y1 + ((y2 - y1) * i) / samples);
      take(column, column, row, row);
    }
  }
  // Coverage, then taken cells counted from the top left: a box's count is four look-ups.
  const counts = new Int32Array((columns + 1) * (rows + 1));
  const running = new Int32Array(columns + 1);
  for (let row = 0; row < rows; row++) {
    let across = 0;
    for (let column = 0; column < columns; column++) {
      running[column] = (running[column] ?? 0) + (marks[row * width + column] ?? 0);
      across += running[column] ?? 0;
      const taken = across > 0 ? 1 : 0;
      const at = (row + 1) * width + column + 1;
      counts[at] =
        taken + (counts[at - 1] ?? 0) + (counts[at - width] ?? 0) - (counts[at - width - 1] ?? 0);
    }
  }
  const at = (row: number, column: number) => counts[row * width + column] ?? 0;
  // Edges, not a box: tried thousands of times, most places are refused, and need no object.
  return (x0, y0, x1, y1) => {
    const left = Math.max(0, toColumn(x0));
    const right = Math.min(columns - 1, toColumn(x1));
    const top = Math.max(0, toRow(y0));
    const bottom = Math.min(rows - 1, toRow(y1));
    if (left > right || top > bottom) return true;
    const taken =
      at(bottom + 1, right + 1) - at(top, right + 1) - at(bottom + 1, left) + at(top, left);
    return taken === 0;
  };
}
