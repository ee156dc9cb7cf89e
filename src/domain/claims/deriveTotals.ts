import type { Metric } from '../../data/schema/datasetSchema';
import type { Claim } from './claim';
import { compareClaimsByDate, compareDates } from './compareClaims';
import { groupBy } from './groupBy';
import { sumValues } from './valueMath';

/**
 * Totals a claimant implied but did not state: when it gave every part of a `sumOf` metric for
 * the same date (and the same period, for flows) and no total, the total is derived and marked
 * so, with its parts kept for the working. Derived totals can feed larger sums in turn. They are
 * new claims; the dataset is never changed.
 */
export function deriveTotals(metrics: readonly Metric[], stated: readonly Claim[]): Claim[] {
  const derived: Claim[] = [];
  const byMetric = groupBy(stated, (c) => c.metric.id);
  for (const metric of orderSumsAfterParts(metrics)) {
    const parts = metric.sumOf ?? [];
    const statedTotals = new Set((byMetric.get(metric.id) ?? []).map(getMomentKey));
    const partsByMoment = new Map<string, Map<string, Claim>>();
    for (const part of parts) {
      for (const claim of byMetric.get(part) ?? []) {
        const key = getMomentKey(claim);
        const found = partsByMoment.get(key) ?? new Map<string, Claim>();
        // Two figures for the same part and moment: the later statement wins, as everywhere.
        const previous = found.get(part);
        if (!previous || compareClaimsByDate(previous, claim) <= 0) found.set(part, claim);
        partsByMoment.set(key, found);
      }
    }
    const totals: Claim[] = [];
    for (const [key, found] of partsByMoment) {
      if (statedTotals.has(key) || found.size !== parts.length) continue;
      totals.push(
        buildTotal(
          metric,
          parts.map((p) => found.get(p) as Claim),
        ),
      );
    }
    byMetric.set(metric.id, [...(byMetric.get(metric.id) ?? []), ...totals]);
    derived.push(...totals);
  }
  return derived;
}

function buildTotal(metric: Metric, parts: readonly Claim[]): Claim {
  const [first] = parts as [Claim, ...Claim[]];
  const credibilities = parts.map((p) => p.credibility);
  const citations = [...new Set(parts.flatMap((p) => p.citations))];
  const statedOn = parts
    .map((p) => p.statedOn)
    .filter((d) => d !== undefined)
    .sort((a, b) => compareDates(b, a))[0];
  return {
    id: `derived:${metric.id}:${first.source.id}:${getMomentKey(first)}`,
    metric,
    source: first.source,
    value: sumValues(parts.map((p) => p.value)),
    asOf: first.asOf,
    ...(statedOn === undefined ? {} : { statedOn }),
    ...(first.period === undefined ? {} : { period: first.period }),
    citations,
    // The weakest part bounds the sum (6 = cannot be judged); unknown if any part is ungraded.
    ...(credibilities.every((c) => c !== undefined)
      ? { credibility: Math.max(...credibilities) }
      : {}),
    derivedFrom: parts,
    order: Math.min(...parts.map((p) => p.order)),
  };
}

/** Who said it, as of when, over which window: parts of one total share all three. */
function getMomentKey(claim: Claim): string {
  const period = claim.period ? `:${claim.period.from.text}..${claim.period.to.text}` : '';
  return `${claim.source.id}@${claim.asOf.text}${period}`;
}

/** Sum metrics, each after the sums it is built from (the validator rules out cycles). */
function orderSumsAfterParts(metrics: readonly Metric[]): Metric[] {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const ordered: Metric[] = [];
  const visited = new Set<string>();
  const visit = (metric: Metric) => {
    if (visited.has(metric.id)) return;
    visited.add(metric.id);
    for (const part of metric.sumOf ?? []) {
      const partMetric = byId.get(part);
      if (partMetric) visit(partMetric);
    }
    if (metric.sumOf) ordered.push(metric);
  };
  metrics.forEach(visit);
  return ordered;
}
