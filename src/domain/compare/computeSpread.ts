import { getDateSpan } from '../../data/schema/calendarDate';
import type { Claim } from '../claims/claim';
import { getCentral, getDirection } from '../claims/valueMath';

export interface Spread {
  readonly lowest: Claim;
  readonly highest: Claim;
  /** highest / lowest of their central figures; undefined when the lowest is 0. */
  readonly ratio: number | undefined;
  /**
   * The ratio is only a lower bound: the highest figure is a floor ("more than 6,000") or the
   * lowest a ceiling, so the two may be further apart than the numbers say.
   */
  readonly ratioIsFloor: boolean;
  /**
   * The median of the figures given as a number or a range (a range by its middle). A floor or
   * a ceiling has no place in an order, so none counts; undefined when every figure is one.
   */
  readonly median: number | undefined;
  /** How many figures were compared, and how many of them the median counts. */
  readonly count: number;
  readonly medianCount: number;
  /** Days between the earliest and the latest as-of date of the two figures. */
  readonly daysApart: number;
}

/**
 * How far apart comparable figures are, by one rule (spreadRule says it in words): a floor
 * ("more than 3,000") cannot stand as the lowest figure, since the truth may be higher, nor a
 * ceiling as the highest; both still count on their other side; neither counts in the median.
 * A range counts by its best, or its middle. Undefined when fewer than two figures qualify.
 */
export function computeSpread(claims: readonly Claim[]): Spread | undefined {
  const lowCandidates = claims.filter((c) => getDirection(c.value) !== 'floor');
  const highCandidates = claims.filter((c) => getDirection(c.value) !== 'ceiling');
  const lowest = pickBy(lowCandidates, (a, b) => getCentral(a.value) < getCentral(b.value));
  const highest = pickBy(highCandidates, (a, b) => getCentral(a.value) > getCentral(b.value));
  if (!lowest || !highest || lowest === highest) return undefined;
  const low = getCentral(lowest.value);
  const high = getCentral(highest.value);
  if (high < low) return undefined;
  const a = getDateSpan(lowest.asOf);
  const b = getDateSpan(highest.asOf);
  const daysApart = Math.round(Math.abs(a.start - b.start) / 86_400_000);
  const ratioIsFloor =
    getDirection(highest.value) === 'floor' || getDirection(lowest.value) === 'ceiling';
  const points = claims.filter((c) => getDirection(c.value) === 'point');
  return {
    lowest,
    highest,
    ratio: low > 0 ? high / low : undefined,
    ratioIsFloor,
    median: points.length ? computeMedian(points.map((c) => getCentral(c.value))) : undefined,
    count: claims.length,
    medianCount: points.length,
    daysApart,
  };
}

/** The middle value; for an even count, the mean of the two middle values. */
export function computeMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] ?? 0;
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The first item that beats every other (earlier items win ties). */
function pickBy<T>(items: readonly T[], beats: (a: T, b: T) => boolean): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || beats(item, best)) best = item;
  return best;
}
