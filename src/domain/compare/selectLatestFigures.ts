import { getDateSpan, type CalendarDate } from '../../data/schema/calendarDate';
import type { Metric } from '../../data/schema/datasetSchema';
import type { Claim } from '../claims/claim';
import { compareClaimsByDate } from '../claims/compareClaims';
import { groupBy } from '../claims/groupBy';

/** What one claimant said about a total and its parts as of one date. */
export interface Snapshot {
  readonly asOf: CalendarDate;
  /** The stated or derived total, if there is one. */
  readonly total?: Claim;
  /** Stated parts by metric id, in the total metric's `sumOf` order. */
  readonly parts: readonly Claim[];
  /** Earlier statements of a figure for the same metric and date, replaced by a later one. */
  readonly superseded: readonly Claim[];
}

export interface LatestFigures {
  readonly snapshot: Snapshot;
  /** Every snapshot of the claimant, oldest first (for "every dated figure"). */
  readonly snapshots: readonly Snapshot[];
  /** Newer snapshots passed over because they give no total (for a note). */
  readonly newerWithoutTotal: readonly Snapshot[];
}

/** Claims whose date begins on or before the cut-off's span ends (all claims when undefined). */
export function filterByCutoff(claims: readonly Claim[], cutoff?: CalendarDate): Claim[] {
  if (!cutoff) return [...claims];
  const end = getDateSpan(cutoff).end;
  return claims.filter((c) => getDateSpan(c.asOf).start < end);
}

/**
 * Each claimant's latest running figures for `total` and its parts: the latest date at which it
 * gave a total (stated or derived), or, if it never did, its latest parts. Flows (claims with a
 * period) are not running totals and are left to the caller. Claimants in first-seen order.
 */
export function selectLatestFigures(
  claims: readonly Claim[],
  total: Metric,
): Map<string, LatestFigures> {
  const parts = total.sumOf ?? [];
  const relevant = claims.filter(
    (c) => !c.period && (c.metric.id === total.id || parts.includes(c.metric.id)),
  );
  const result = new Map<string, LatestFigures>();
  for (const [sourceId, own] of groupBy(relevant, (c) => c.source.id)) {
    const snapshots = [...groupBy(own, (c) => c.asOf.text).values()]
      .map((atDate) => buildSnapshot(atDate, total, parts))
      .sort((a, b) => compareClaimsByDate(getLead(a), getLead(b)));
    const withTotal = snapshots.filter((s) => s.total);
    const chosen = withTotal.at(-1) ?? snapshots.at(-1);
    if (!chosen) continue;
    const newerWithoutTotal = snapshots.slice(snapshots.indexOf(chosen) + 1);
    result.set(sourceId, { snapshot: chosen, snapshots, newerWithoutTotal });
  }
  return result;
}

function buildSnapshot(
  atDate: readonly Claim[],
  total: Metric,
  parts: readonly string[],
): Snapshot {
  // Two figures for one metric on one date: the later statement stands.
  const latest = (metricId: string) =>
    atDate
      .filter((c) => c.metric.id === metricId)
      .sort(compareClaimsByDate)
      .at(-1);
  const totalClaim = latest(total.id);
  const partClaims = parts.map(latest).filter((c) => c !== undefined);
  const kept = new Set([totalClaim, ...partClaims]);
  const [first] = atDate as [Claim];
  return {
    asOf: first.asOf,
    ...(totalClaim ? { total: totalClaim } : {}),
    parts: partClaims,
    superseded: atDate.filter((c) => !kept.has(c)),
  };
}

/** The claim that dates a snapshot. */
export function getLead(snapshot: Snapshot): Claim {
  return snapshot.total ?? (snapshot.parts[0] as Claim);
}
