import { parseCalendarDate, type CalendarDate } from '../../data/schema/calendarDate';
import type { Citation, Dataset, Metric, Source, Value } from '../../data/schema/datasetSchema';

/** A publication of a figure, its date parsed once with the claims (see buildStatedClaims). */
export type ClaimCitation = Omit<Citation, 'published'> & { readonly published: CalendarDate };

/**
 * One figure as the app draws it: an estimate with its references resolved, or a total derived
 * from a claimant's parts. Built once per dataset; everything downstream reads claims.
 */
export interface Claim {
  /** The estimate's id; a derived claim's id starts with `derived:`. */
  readonly id: string;
  readonly metric: Metric;
  readonly source: Source;
  readonly value: Value;
  readonly asOf: CalendarDate;
  readonly statedOn?: CalendarDate;
  /** Present for flows ("supplied over three months"): the window the figure counts. */
  readonly period?: { readonly from: CalendarDate; readonly to: CalendarDate };
  readonly citations: readonly ClaimCitation[];
  readonly credibility?: number;
  readonly note?: string;
  /** Present for derived totals: the stated parts, in the order of the metric's `sumOf`. */
  readonly derivedFrom?: readonly Claim[];
  /** Position in the dataset, so that ties keep the author's order. */
  readonly order: number;
}

/**
 * Claims for every estimate of a validated dataset (references are known to resolve). Its dates
 * are parsed here, once: nothing downstream reads a date from the dataset's text again.
 */
export function buildStatedClaims(dataset: Dataset): Claim[] {
  const metrics = new Map(dataset.metrics.map((m) => [m.id, m]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const citations = new Map(
    dataset.citations.map((c): [string, ClaimCitation] => [
      c.id,
      { ...c, published: parseCalendarDate(c.published) },
    ]),
  );
  return dataset.estimates.map((estimate, order) => ({
    id: estimate.id,
    metric: lookUp(metrics, estimate.metric),
    source: lookUp(sources, estimate.source),
    value: estimate.value,
    asOf: parseCalendarDate(estimate.asOf),
    ...(estimate.statedOn === undefined ? {} : { statedOn: parseCalendarDate(estimate.statedOn) }),
    ...(estimate.period === undefined
      ? {}
      : {
          period: {
            from: parseCalendarDate(estimate.period.from),
            to: parseCalendarDate(estimate.period.to),
          },
        }),
    citations: estimate.citations.map((id) => lookUp(citations, id)),
    ...(estimate.credibility === undefined ? {} : { credibility: estimate.credibility }),
    ...(estimate.note === undefined ? {} : { note: estimate.note }),
    order,
  }));
}

function lookUp<T>(map: ReadonlyMap<string, T>, id: string): T {
  const found = map.get(id);
  // Unreachable for a validated dataset: the validator checks every reference.
  if (found === undefined) throw new Error(`Unresolved reference "${id}" in a validated dataset`);
  return found;
}

/** The claimant's label on charts. */
export function getSourceLabel(source: Source): string {
  return source.shortName ?? source.name;
}
