import { parseCalendarDate } from '../../data/schema/calendarDate';
import type { Citation, Dataset, Metric, Source, Value } from '../../data/schema/datasetSchema';
import type { Claim } from '../../domain/claims/claim';
import type { ClaimCitation } from '../../domain/claims/prepareParts';
import { prepareDataset, type DatasetModel } from '../../domain/claims/prepareDataset';
import { makeCitation, makeDataset, makeMetric, makeSource } from './makeDataset';

/** A claim as the domain sees it, with dates given as text (`'2025-01'`). */
export interface ClaimSpec {
  readonly id?: string;
  readonly metric?: Metric;
  readonly source?: Source;
  readonly value?: Value;
  readonly asOf?: string;
  readonly statedOn?: string;
  readonly period?: { readonly from: string; readonly to: string };
  readonly citations?: readonly Citation[];
  readonly credibility?: number;
  readonly note?: string;
  readonly derivedFrom?: readonly Claim[];
  readonly order?: number;
}

let nextOrder = 0;

/** A stated claim: by default Alpha's "about 300 killed" as of 10 Jan 2025. */
export function makeClaim(spec: ClaimSpec = {}): Claim {
  const order = spec.order ?? nextOrder++;
  return {
    id: spec.id ?? `claim-${order}`,
    metric: spec.metric ?? makeMetric(),
    source: spec.source ?? makeSource({ shortName: 'Alpha' }),
    value: spec.value ?? { best: 300, qualifier: 'about' },
    asOf: parseCalendarDate(spec.asOf ?? '2025-01-10'),
    ...(spec.statedOn === undefined ? {} : { statedOn: parseCalendarDate(spec.statedOn) }),
    ...(spec.period === undefined
      ? {}
      : {
          period: {
            from: parseCalendarDate(spec.period.from),
            to: parseCalendarDate(spec.period.to),
          },
        }),
    citations: (spec.citations ?? [makeCitation()]).map(toClaimCitation),
    ...(spec.credibility === undefined ? {} : { credibility: spec.credibility }),
    ...(spec.note === undefined ? {} : { note: spec.note }),
    ...(spec.derivedFrom === undefined ? {} : { derivedFrom: spec.derivedFrom }),
    order,
  };
}

/** makeDataset, prepared as the app prepares it (claims resolved, totals derived). */
export function makeModel(overrides: Partial<Dataset> = {}): DatasetModel {
  return prepareDataset(makeDataset(overrides));
}

/** A dataset's citation as claims carry it: its date parsed. */
export function toClaimCitation(citation: Citation): ClaimCitation {
  return { ...citation, published: parseCalendarDate(citation.published) };
}
