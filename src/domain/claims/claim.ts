import { parseCalendarDate, type CalendarDate } from '../../data/schema/calendarDate';
import type { Dataset, Metric, Source, Value } from '../../data/schema/datasetSchema';
import { isolate } from '../format/isolate';
import { prepareParts, type ClaimCitation, type DatasetParts } from './prepareParts';

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
 * Claims for every estimate of a validated dataset (references are known to resolve), made of
 * its parts as shown (see prepareParts). Its dates are parsed here, once: nothing downstream
 * reads a date from the dataset's text again; its texts are isolated here, once.
 */
export function buildStatedClaims(
  dataset: Dataset,
  parts: DatasetParts = prepareParts(dataset),
): Claim[] {
  const metrics = new Map(parts.metrics.map((m) => [m.id, m]));
  const sources = new Map(parts.sources.map((s) => [s.id, s]));
  const citations = new Map(parts.citations.map((c) => [c.id, c]));
  return dataset.estimates.map((estimate, order) => ({
    id: estimate.id,
    metric: lookUp(metrics, estimate.metric),
    source: lookUp(sources, estimate.source),
    value:
      estimate.value.text === undefined
        ? estimate.value
        : { ...estimate.value, text: isolate(estimate.value.text) },
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
    ...(estimate.note === undefined ? {} : { note: isolate(estimate.note) }),
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
