import type { CalendarDate } from '../../data/schema/calendarDate';
import type { Metric } from '../../data/schema/datasetSchema';
import type { ChartModel } from '../charts/chartModel';
import type { Claim } from '../claims/claim';
import type { FigureMode } from '../claims/figureMode';
import type { DatasetModel } from '../claims/prepareDataset';
import type { SortDirection, SortKey } from '../claims/sortKeys';
import type { Spread } from '../compare/computeSpread';

/** How a view is asked for: the URL's settings, checked against the dataset and parsed. */
export interface ViewOptions {
  /** Each claimant's latest figures, or every dated figure (the URL's, else the view's default). */
  readonly mode: FigureMode;
  /** The filters' end date: comparisons are drawn as of it. */
  readonly asOf?: CalendarDate;
  /** The metric the URL names, one the dataset has. */
  readonly metric?: string;
  /** All estimates: the column to sort by, `asOf` ascending unless the URL says otherwise. */
  readonly sort?: ClaimSort;
}

export interface ClaimSort {
  readonly column: SortKey;
  readonly direction: SortDirection;
}

/** A choice of metric above a view's chart; choosing the fallback leaves `metric` out of links. */
export interface MetricChoice {
  readonly metrics: readonly Metric[];
  readonly chosen: Metric;
  readonly fallback: Metric | undefined;
}

/** A choice of the date figures are taken as of: the latest, or the end of a month. */
export interface AsOfChoice {
  /** `value` is the URL's `to` ("2025-01"); `label` what the reader sees ("end of Jan 2025"). */
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** The URL's `to`, or undefined for the latest figures. */
  readonly chosen: string | undefined;
}

/** A view of charts: choices above them, the charts, each with its table. */
export interface ChartsContent {
  readonly charts: readonly ChartModel[];
  /** What the dataset has none of, where there is no chart: "casualty figures up to Jan 2025". */
  readonly missing: string;
  /** Said above the charts: what the view could not show as asked. */
  readonly notices?: readonly string[];
  readonly metricChoice?: MetricChoice;
  readonly asOfChoice?: AsOfChoice;
  /** The lowest, highest and median comparable figures, above the chart (Compare). */
  readonly spread?: { readonly spread: Spread | undefined; readonly unit: string };
  /** Several charts of one kind (one per unit): each with its table in a section of its own. */
  readonly sectioned?: boolean;
  /** Where only the first chart is shown (a dashboard panel): what the others are. */
  readonly moreNote?: string;
}

/** A view of one table of figures, sorted by a column. */
export interface TableContent {
  readonly claims: readonly Claim[];
  readonly sort: ClaimSort;
}

/** What a view shows of a dataset: a pure function of the filtered model and the options. */
export type ViewBuilder<Content> = (model: DatasetModel, options: ViewOptions) => Content;
