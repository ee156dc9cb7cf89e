import type { FigureRow } from './chartModel';
import type { Claim } from '../claims/claim';
import { compareClaimsByDate } from '../claims/compareClaims';
import { formatCount } from '../format/formatValue';
import { getCentral } from '../claims/valueMath';

/**
 * Most figures a row chart draws. Past this the bars are too thin to read and their labels too
 * many to take in: the rest are counted in a note, and every figure stays in the tables.
 */
export const maxChartRows = 40;

/**
 * At most `limit` items, in their order: the lowest and the highest figure (the ends of what is
 * compared), then the most recent. `claimOf` gives an item's claim (a row's figure, a claim).
 */
export function capFigureRows<T>(
  items: readonly T[],
  limit: number,
  claimOf: (item: T) => Claim,
): { readonly kept: T[]; readonly left: T[] } {
  if (items.length <= limit) return { kept: [...items], left: [] };
  const keep = new Set<T>();
  let lowest: { item: T; value: number } | undefined;
  let highest: { item: T; value: number } | undefined;
  for (const item of items) {
    const value = getCentral(claimOf(item).value);
    if (lowest === undefined || value < lowest.value) lowest = { item, value };
    if (highest === undefined || value > highest.value) highest = { item, value };
  }
  for (const end of [lowest, highest]) if (end && keep.size < limit) keep.add(end.item);
  const byRecency = [...items].sort((a, b) => compareClaimsByDate(claimOf(b), claimOf(a)));
  for (const item of byRecency) {
    if (keep.size >= limit) break;
    keep.add(item);
  }
  return {
    kept: items.filter((item) => keep.has(item)),
    left: items.filter((item) => !keep.has(item)),
  };
}

/** A row's claim, for capFigureRows. */
export const getRowClaim = (row: FigureRow): Claim => row.figure;

/**
 * Shares `limit` among groups of the given sizes: a group smaller than an equal share keeps all
 * its rows and leaves the rest to the others. The shares sum to at most `limit`.
 */
export function shareLimit(sizes: readonly number[], limit: number): number[] {
  const shares = sizes.map(() => 0);
  let left = limit;
  let open = sizes.map((_, i) => i).filter((i) => (sizes[i] ?? 0) > 0);
  while (left > 0 && open.length > 0) {
    const each = Math.max(1, Math.floor(left / open.length));
    for (const i of open) {
      const give = Math.min(each, (sizes[i] ?? 0) - (shares[i] ?? 0), left);
      shares[i] = (shares[i] ?? 0) + give;
      left -= give;
    }
    open = open.filter((i) => (shares[i] ?? 0) < (sizes[i] ?? 0));
  }
  return shares;
}

/**
 * What a capped chart leaves out, for its notes and summary: "Not drawn, to keep the chart
 * readable: 577 more figures from 570 claimants. It draws at most 40: the lowest, the highest
 * and the most recent. Every figure is listed in All estimates; filters narrow the chart."
 */
export function describeLeftOut(left: readonly Claim[], limit: number): string | undefined {
  if (left.length === 0) return undefined;
  const claimants = new Set(left.map((claim) => claim.source.id)).size;
  const figures = `${formatCount(left.length)} more figure${left.length === 1 ? '' : 's'}`;
  const from = `${formatCount(claimants)} claimant${claimants === 1 ? '' : 's'}`;
  return `Not drawn, to keep the chart readable: ${figures} from ${from}. It draws at most ${limit}: the lowest, the highest and the most recent. Every figure is listed in All estimates; filters narrow the chart.`;
}
