import type { Source } from '../../data/schema/datasetSchema';
import type { Claim } from './claim';
import type { DatasetModel } from './prepareDataset';

const slotsOf = new WeakMap<readonly Claim[], ReadonlyMap<string, number>>();

/**
 * Each claimant's colour slot, by claimant id, for the whole dataset (filters never change it),
 * worked out once per dataset when a chart first draws claimants as lines.
 */
export function getColorSlots(model: DatasetModel): ReadonlyMap<string, number> {
  let slots = slotsOf.get(model.allClaims);
  if (!slots) {
    slots = assignColorSlots(model.sources, model.allClaims);
    slotsOf.set(model.allClaims, slots);
  }
  return slots;
}

/**
 * How many colours the series palettes hold, in either theme (charts/chartStyle.ts; a test
 * there keeps the two equal). Slot n is drawn in colour n mod this; from this slot on, dashed.
 */
export const claimantColorCount = 10;

/**
 * Colour slots for the claimants a chart can draw as a line (those with a running figure: one
 * not counted over a period), fixed for the whole dataset, so that filters, views, sizes and
 * themes never change a claimant's colour. Claimants drawn only as rows take no slot.
 *
 * The rule: the first ten such claimants, in the dataset's order, take the ten colours in turn.
 * Each one after them is dashed, in the first colour held by no claimant it shares a metric with
 * (so two lines of one chart never look alike), or failing that the first colour not yet reused.
 */
export function assignColorSlots(
  sources: readonly Source[],
  claims: readonly Claim[],
): ReadonlyMap<string, number> {
  const metricsOf = new Map<string, Set<string>>();
  for (const claim of claims) {
    if (claim.period) continue;
    const metrics = metricsOf.get(claim.source.id) ?? new Set<string>();
    metrics.add(claim.metric.id);
    metricsOf.set(claim.source.id, metrics);
  }
  const slots = new Map<string, number>();
  const holders = new Map<number, string[]>();
  const taken = new Set<number>();
  const sharesChart = (a: string, b: string) =>
    [...(metricsOf.get(a) ?? [])].some((metric) => metricsOf.get(b)?.has(metric));
  for (const { id } of sources) {
    if (!metricsOf.has(id)) continue;
    const slot = slots.size < claimantColorCount ? slots.size : pickDashedSlot(id);
    slots.set(id, slot);
    taken.add(slot);
    const color = slot % claimantColorCount;
    holders.set(color, [...(holders.get(color) ?? []), id]);
  }
  return slots;

  function pickDashedSlot(id: string): number {
    const free: number[] = [];
    for (let slot = claimantColorCount; free.length < claimantColorCount; slot += 1) {
      if (!taken.has(slot)) free.push(slot);
    }
    const clear = free.find((slot) =>
      (holders.get(slot % claimantColorCount) ?? []).every((other) => !sharesChart(id, other)),
    );
    return clear ?? free[0] ?? claimantColorCount;
  }
}
