import type { Claim } from './claim';
import { compareClaimsByDate } from './compareClaims';
import type { FigureMode } from './figureMode';
import { groupBy } from './groupBy';

/**
 * The claims a view shows in a mode: all of them, or each claimant's latest per metric. "Latest
 * only" is decided here, for every view; comparisons, which pick each claimant's latest total
 * and parts themselves (selectLatestFigures), take their other figures' latest below.
 */
export function selectFigures(claims: readonly Claim[], mode: FigureMode): readonly Claim[] {
  return mode === 'latest' ? keepLatestPerClaimant(claims) : claims;
}

/**
 * Each claimant's latest figure per metric, in the claims' order; a count over a window is kept
 * apart from a running figure of the same metric (neither replaces the other).
 */
export function keepLatestPerClaimant(claims: readonly Claim[]): Claim[] {
  const groups = groupBy(
    claims,
    (c) => `${c.source.id}|${c.metric.id}|${c.period ? 'flow' : 'running'}`,
  );
  const latest = new Set([...groups.values()].map((g) => [...g].sort(compareClaimsByDate).at(-1)));
  return claims.filter((c) => latest.has(c));
}

/**
 * A comparison's figures set apart, in "latest" mode: each claimant's latest per metric, whether
 * a running figure or a count over a window (all are set apart alike), in the order each claimant
 * and metric first appears.
 */
export function latestPerSourceAndMetric(claims: readonly Claim[]): Claim[] {
  const groups = groupBy(claims, (c) => `${c.source.id}|${c.metric.id}`);
  return [...groups.values()].map((g) => [...g].sort(compareClaimsByDate).at(-1) as Claim);
}
