import type { TextStyle } from '../chartStyle';
import { clampToBox, growBox, type Box, type Point, type Segment } from '../plotGeometry';
import { findClearest, listByScore } from './findClearest';
import { indexObstacles, type CalloutObstacles } from './indexObstacles';
import { mapFreeSpace } from './mapFreeSpace';
import type { CalloutText } from './wrapCallout';

/**
 * The mark a callout points at: the end of a bar (or of a segment of one) at `x`, the bar
 * running from `top` to `bottom`; or a point's marker, `radius` pixels round its centre.
 */
export type CalloutTarget =
  | { readonly kind: 'bar'; readonly x: number; readonly top: number; readonly bottom: number }
  | { readonly kind: 'point'; readonly x: number; readonly y: number; readonly radius: number };

export interface CalloutRequest {
  /** The ways the words may be set, the likeliest first (see wrapCallout). */
  readonly texts: readonly CalloutText[];
  readonly target: CalloutTarget;
  /** Where the box may go: the plot, or room the layout made for it. */
  readonly bounds: Box;
  /** What the box and its leader keep clear of: other marks, labels, lines. */
  readonly obstacles: CalloutObstacles;
  /** The target's own mark: the box keeps clear of it, the leader ends on it. */
  readonly own: CalloutObstacles;
  readonly style: TextStyle;
  readonly scale: number;
  /**
   * Choices where no place is clear: the leader may cross lines (a line chart's lines, a
   * heading's rule) but no mark's or label's box; or, from room made outside the plot, anything
   * between it and its mark. A place whose leader crosses less always comes first; by default
   * the leader crosses nothing.
   */
  readonly leaderMayCross?: 'lines' | 'anything';
  /**
   * The longest leader, in pixels at scale 1: a callout further from its mark reads as about
   * something else. 160 unless room was made for it (there it reaches as far as it must).
   */
  readonly reach?: number;
}

/** A callout as drawn: its box, its lines of text, and the leader from the box to the mark. */
export interface PlacedCallout {
  readonly box: Box;
  /** Each line's text and baseline, set from `x`. */
  readonly lines: readonly { readonly text: string; readonly x: number; readonly y: number }[];
  /** From the box's edge (x1, y1) to the mark (x2, y2). */
  readonly leader: Segment;
  /** Whether a dot pins the leader's end: on a bar, not on a point's marker (it is one). */
  readonly pinned: boolean;
}

/** The room round a callout's words inside its box, in pixels at scale `k`. */
export function getCalloutPadding(k: number): { readonly x: number; readonly y: number } {
  return { x: 6 * k, y: 4 * k };
}

/**
 * A place for a callout near its mark, clear of everything else drawn: tried on a grid over
 * `bounds` for each way of setting the words, the shortest leader first (a little longer is
 * no worse than touching; a box left of its mark, or set on more or fewer lines than the
 * likeliest, counts as a little further). A place is taken only if the box, with a margin,
 * stays inside the bounds, overlaps no obstacle and crosses no line, and its leader crosses no
 * other mark or label, nor any line (unless `leaderMayCross` says it may). Undefined where no
 * place is clear.
 */
export function placeCallout(request: CalloutRequest): PlacedCallout | undefined {
  const { target, scale: k } = request;
  const pad = getCalloutPadding(k);
  // Room between the box and anything else: a line's stroke and a glyph's overhang, and air.
  const clearance = 6 * k;
  const step = Math.max(2, 4 * k);
  // Only places within reach are tried: as many on a tall chart as on a short one.
  const reach = (request.reach ?? 160) * k;
  const widest = Math.max(0, ...request.texts.map((text) => text.width + 2 * pad.x));
  const tallest = Math.max(0, ...request.texts.map((text) => text.height + 2 * pad.y));
  const bounds = {
    left: Math.max(request.bounds.left, target.x - reach - widest),
    right: Math.min(request.bounds.right, target.x + reach + widest),
    top: Math.max(request.bounds.top, getTargetY(target) - reach - tallest),
    bottom: Math.min(request.bounds.bottom, getTargetY(target) + reach + tallest),
  };
  const index = indexObstacles(request.obstacles, 48 * k);
  const { obstacles, own } = request;
  const isFree = mapFreeSpace(
    {
      boxes: [...obstacles.boxes, ...own.boxes],
      segments: [...obstacles.segments, ...own.segments],
    },
    growBox(bounds, clearance + k),
    Math.max(1, 2 * k),
  );
  const candidates: { box: Box; text: number; score: number; leader: Segment }[] = [];
  request.texts.forEach((text, rank) => {
    const width = text.width + 2 * pad.x;
    const height = text.height + 2 * pad.y;
    for (const left of listSteps(bounds.left, bounds.right - width, step)) {
      for (const top of listSteps(bounds.top, bounds.bottom - height, step)) {
        const [right, bottom] = [left + width, top + height];
        if (!isFree(left - clearance, top - clearance, right + clearance, bottom + clearance)) {
          continue;
        }
        const box = { left, right, top, bottom };
        const leader = drawCalloutLeader(target, box);
        const length = Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1);
        if (length < 8 * k || length > reach) continue;
        const leftOfMark = (left + width / 2 < target.x ? 8 : 0) * k;
        const score = Math.max(length, 16 * k) + rank * 20 * k + leftOfMark;
        candidates.push({ box, text: rank, score, leader });
      }
    }
  });
  const rules = {
    bounds: request.bounds,
    own,
    clearance,
    scale: k,
    leaderMayCross: request.leaderMayCross ?? 'nothing',
  } as const;
  const found = findClearest(listByScore(candidates), rules, index);
  const text = found ? request.texts[found.text] : undefined;
  if (!found || !text) return undefined;
  const { style } = request;
  return {
    box: found.box,
    lines: text.lines.map((line, i) => ({
      text: line,
      x: found.box.left + pad.x,
      // As the frame sets its lines (layoutFrame): the text's middle on the line's middle.
      y: found.box.top + pad.y + i * style.lineHeight + (style.lineHeight + style.size * 0.7) / 2,
    })),
    leader: found.leader,
    pinned: target.kind === 'bar',
  };
}

/**
 * The leader from a box to its mark: to the top of a bar's end from a box above it, to its
 * bottom from below, to its end from beside; to the edge of a point's marker, on the line to its
 * centre. It leaves the box at the box's nearest point to where it ends.
 */
export function drawCalloutLeader(target: CalloutTarget, box: Box): Segment {
  if (target.kind === 'bar') {
    const y =
      box.bottom <= target.top
        ? target.top
        : box.top >= target.bottom
          ? target.bottom
          : (target.top + target.bottom) / 2;
    const start = clampToBox({ x: target.x, y }, box);
    return { x1: start.x, y1: start.y, x2: target.x, y2: y };
  }
  const start: Point = clampToBox(target, box);
  const length = Math.hypot(start.x - target.x, start.y - target.y) || 1;
  const along = Math.min(1, target.radius / length);
  return {
    x1: start.x,
    y1: start.y,
    x2: target.x + (start.x - target.x) * along,
    y2: target.y + (start.y - target.y) * along,
  };
}

function getTargetY(target: CalloutTarget): number {
  return target.kind === 'bar' ? (target.top + target.bottom) / 2 : target.y;
}

/** From `from` to `to` by `step`, `to` itself last (a box flush with the far edge). */
function listSteps(from: number, to: number, step: number): number[] {
  if (to < from) return [];
  const steps: number[] = [];
  for (let at = from; at < to; at += step) steps.push(at);
  steps.push(to);
  return steps;
}
