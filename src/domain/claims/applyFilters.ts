import { getDateSpan, type CalendarDate } from '../../data/schema/calendarDate';
import { formatCalendarDate } from '../format/formatDate';
import type { DatasetModel } from './prepareDataset';

export interface Filters {
  /** Only these claimants (source ids); absent: all. */
  readonly claimants?: readonly string[];
  /** Only these metrics (ids); absent: all. */
  readonly metrics?: readonly string[];
  /** Only figures whose date falls within from..to, each date taken as its whole span. */
  readonly from?: CalendarDate;
  readonly to?: CalendarDate;
}

/**
 * The dataset's model with only the figures the filters keep. Derived totals were worked out
 * from every stated figure and are kept or dropped like any other figure, so a total is never
 * re-derived from a filtered-out part.
 */
export function applyFilters(model: DatasetModel, filters: Filters): DatasetModel {
  if (!hasFilters(filters)) return model;
  const claimants = filters.claimants && new Set(filters.claimants);
  const metrics = filters.metrics && new Set(filters.metrics);
  const start = filters.from ? getDateSpan(filters.from).start : -Infinity;
  const end = filters.to ? getDateSpan(filters.to).end : Infinity;
  const claims = model.claims.filter((claim) => {
    const span = getDateSpan(claim.asOf);
    return (
      (!claimants || claimants.has(claim.source.id)) &&
      (!metrics || metrics.has(claim.metric.id)) &&
      span.end > start &&
      span.start < end
    );
  });
  return { ...model, claims };
}

export function hasFilters(filters: Filters): boolean {
  return Boolean(filters.claimants ?? filters.metrics ?? filters.from ?? filters.to);
}

/** What the filters leave out, in words: "3 of 15 claimants", "figures before Jan 2025". */
export function describeHidden(model: DatasetModel, filters: Filters): string[] {
  const { sources, metrics } = model.dataset;
  const hidden: string[] = [];
  if (filters.claimants) {
    const shown = sources.filter((s) => filters.claimants?.includes(s.id)).length;
    hidden.push(`${sources.length - shown} of ${sources.length} claimants`);
  }
  if (filters.metrics) {
    const shown = metrics.filter((m) => filters.metrics?.includes(m.id)).length;
    hidden.push(`${metrics.length - shown} of ${metrics.length} metrics`);
  }
  if (filters.from) hidden.push(`figures before ${formatCalendarDate(filters.from)}`);
  if (filters.to) hidden.push(`figures after ${formatCalendarDate(filters.to)}`);
  return hidden;
}
