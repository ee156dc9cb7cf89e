import { parseCalendarDate, type CalendarDate } from '../../data/schema/calendarDate';
import type { Citation, Dataset, Metric, Source } from '../../data/schema/datasetSchema';
import { isolate } from '../format/isolate';

/** A publication of a figure, its date parsed once with the claims (see buildStatedClaims). */
export type ClaimCitation = Omit<Citation, 'published'> & { readonly published: CalendarDate };

/** A dataset's metrics, claimants and citations as the app shows them. */
export interface DatasetParts {
  readonly metrics: readonly Metric[];
  readonly sources: readonly Source[];
  readonly citations: readonly ClaimCitation[];
}

/**
 * The dataset's parts as every chart, table and sentence shows them, made once per dataset: each
 * text a dataset gives (labels, units, names, outlets, titles) isolated from whatever it is put
 * next to (see isolate), each date parsed. Ids, kinds, grades and URLs stay as they are.
 */
export function prepareParts(dataset: Dataset): DatasetParts {
  return {
    metrics: dataset.metrics.map((metric) => ({
      ...metric,
      label: isolate(metric.label),
      unit: isolate(metric.unit),
      ...(metric.description === undefined ? {} : { description: isolate(metric.description) }),
    })),
    sources: dataset.sources.map((source) => ({
      ...source,
      name: isolate(source.name),
      ...(source.shortName === undefined ? {} : { shortName: isolate(source.shortName) }),
    })),
    citations: dataset.citations.map((citation) => ({
      ...citation,
      outlet: isolate(citation.outlet),
      ...(citation.title === undefined ? {} : { title: isolate(citation.title) }),
      ...(citation.author === undefined ? {} : { author: isolate(citation.author) }),
      published: parseCalendarDate(citation.published),
    })),
  };
}
