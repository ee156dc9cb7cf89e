import {
  crosses,
  getSegmentBox,
  growBox,
  intersects,
  isInside,
  overlaps,
  type Box,
  type Segment,
} from '../plotGeometry';
import type { CalloutObstacles, ObstacleIndex } from './indexObstacles';

/** How far a leader goes: nowhere it should not, or across lines, or across anything. */
const crossings = ['nothing', 'lines', 'anything'] as const;

/** What the exact tests go by (see placeCallout's request). */
export interface ClearanceRules {
  /** Where the box may go. */
  readonly bounds: Box;
  /** The target's own mark: the box keeps clear of it, the leader does not. */
  readonly own: CalloutObstacles;
  /** Pixels between the box and anything else. */
  readonly clearance: number;
  readonly scale: number;
  readonly leaderMayCross: (typeof crossings)[number];
}

/**
 * The first candidate, in the order given, whose box is clear (the exact test after the map's)
 * and whose leader crosses nothing; failing that, the first whose leader crosses the least the
 * request allows. One pass over the candidates, however many choices the request allows.
 */
export function findClearest<T extends { readonly box: Box; readonly leader: Segment }>(
  candidates: Iterable<T>,
  rules: ClearanceRules,
  index: ObstacleIndex,
): T | undefined {
  const { scale: k, clearance } = rules;
  const allowed = crossings.indexOf(rules.leaderMayCross);
  const best: (T | undefined)[] = [];
  for (const candidate of candidates) {
    const { box, leader } = candidate;
    if (!isInside(box, rules.bounds)) continue;
    const room = growBox(box, clearance);
    if (index.boxesNear(room).some((other) => overlaps(room, other))) continue;
    if (rules.own.boxes.some((other) => overlaps(room, other))) continue;
    const lines = [...index.segmentsNear(room), ...rules.own.segments];
    if (lines.some((line) => crosses(line, room))) continue;
    const span = growBox(getSegmentBox(leader), k);
    const crossed = index.boxesNear(span).some((other) => crosses(leader, growBox(other, k)))
      ? 2
      : index.segmentsNear(span).some((line) => intersects(leader, line))
        ? 1
        : 0;
    if (crossed === 0) return candidate;
    if (crossed <= allowed) best[crossed] ??= candidate;
  }
  return best.find((candidate) => candidate !== undefined);
}

/**
 * Candidates, the lowest score first. The first is most often taken: it is found in one pass,
 * and the rest are sorted only if it is refused.
 */
export function* listByScore<T extends { readonly score: number }>(candidates: readonly T[]) {
  let first: T | undefined;
  for (const candidate of candidates) {
    if (!first || candidate.score < first.score) first = candidate;
  }
  if (!first) return;
  yield first;
  const rest = candidates.filter((candidate) => candidate !== first);
  yield* rest.sort((a, b) => a.score - b.score);
}
