import type { CalendarDate } from '../../data/schema/calendarDate';
import type { Metric } from '../../data/schema/datasetSchema';
import type { Claim } from '../claims/claim';
import type { SourceEntry } from './buildSourceEntries';
import type { Spread } from '../compare/computeSpread';

/**
 * A note under a chart. `about` names the drawn claims (ids) it concerns, so that each slide of
 * a chart split over several keeps the notes of the figures it draws, and no other slide does;
 * a note about none in particular (a definition, what was left out) goes on every slide. Consecutive notes
 * of one `group` read as one: "Not comparable with the totals: A. B."
 */
export interface FrameNote {
  readonly text: string;
  readonly about?: readonly string[];
  readonly group?: string;
}

/** Everything a chart's frame says around the marks, so that the picture stands on its own. */
export interface FrameText {
  readonly title: string;
  /** What is measured and in what unit. */
  readonly subtitle: string;
  /** The headline finding, such as the spread between comparable figures. */
  readonly callout?: string;
  /** Definitions, derived figures with their working, what was left out and why. */
  readonly notes: readonly FrameNote[];
  readonly sources: readonly SourceEntry[];
  readonly datasetTitle: string;
  readonly updated: CalendarDate;
  /** On exported images only: when, from which dataset version, and the link to the view. */
  readonly exportLine?: string;
}

/** A part of a stacked bar: the segment's series and the claim it draws. */
export interface RowSegment {
  readonly series: string;
  readonly claim: Claim;
  readonly value: number;
}

export type ChartRow =
  | { readonly kind: 'heading'; readonly key: string; readonly label: string }
  | {
      readonly kind: 'figure';
      readonly key: string;
      /** Who: the claimant. */
      readonly label: string;
      /** When, and what sets the figure apart: "13 Jan 2025", "one week: 20\u201327 Dec 2024". */
      readonly detail: string;
      /** The claim the row stands for: its total (stated or derived) or its only figure. */
      readonly figure: Claim;
      readonly segments: readonly RowSegment[];
      /** Drawn apart (lighter) because it cannot be compared with the others. */
      readonly muted: boolean;
    };

export type FigureRow = Extract<ChartRow, { kind: 'figure' }>;

/** The series of a stated total's bar (parts take their metric's id). */
export const totalSeries = 'total';

/** A series a colour stands for in a legend: a part (killed, wounded), a total, a claimant. */
export interface SeriesKey {
  readonly key: string;
  readonly label: string;
}

/**
 * What every chart has, whatever its kind: an id, the words of its frame, the claims it draws
 * and a summary of them in plain words.
 */
interface ChartModelBase {
  /** Unique within its view, and the chart's name in exported files: "casualties-by-claimant". */
  readonly id: string;
  readonly frame: FrameText;
  /** Every claim drawn, for the chart's table. */
  readonly claims: readonly Claim[];
  /** The chart in plain words: shown under it, its accessible description, exports' alt text. */
  readonly summary: string;
  /**
   * A briefer's callout, pinned to one drawn figure (`claimId`): drawn inside the plot with a
   * leader line to the mark, clear of the marks and their labels (applyChartEdits).
   */
  readonly annotation?: ChartAnnotation;
  /** Claimant (source) ids a briefer highlighted: their marks are drawn in full, others muted. */
  readonly highlight?: readonly string[];
}

/** A briefer's short words about one figure of the chart. */
export interface ChartAnnotation {
  readonly claimId: string;
  readonly text: string;
}

/** A horizontal bar chart of figures, one row each, in groups under headings. */
export interface RowChartModel extends ChartModelBase {
  readonly kind: 'rows';
  readonly unit: string;
  readonly series: readonly SeriesKey[];
  readonly rows: readonly ChartRow[];
  /** For comparisons: the spread of each claimant's latest comparable figure. */
  readonly spread?: Spread;
  /**
   * The top of the value axis where it is fixed from outside: the slides a long chart is split
   * across share one scale. Otherwise a round number above the rows' highest figure.
   */
  readonly axisMax?: number;
}

/** A figure on the date axis; times are UTC milliseconds. */
export interface TimePoint {
  readonly claim: Claim;
  /** The span the as-of date covers: a day, a month or a year. */
  readonly start: number;
  readonly end: number;
  /** Where the line passes: the middle of the span. */
  readonly x: number;
  readonly y: number;
  readonly low: number;
  readonly high: number;
}

export interface TimeSeries {
  /** The claimant's id. */
  readonly key: string;
  /** The claimant's colour slot in this dataset (getColorSlots), whatever is shown. */
  readonly slot: number;
  readonly label: string;
  readonly points: readonly TimePoint[];
}

/** Each claimant's successive figures for one metric on a date axis, a line per claimant. */
export interface OverTimeModel extends ChartModelBase {
  readonly kind: 'time';
  readonly metric: Metric;
  readonly series: readonly TimeSeries[];
  /** [earliest start, latest end] of all spans. */
  readonly domain: readonly [number, number];
  /** The top of the value axis where it is fixed from outside: sister slides share one scale. */
  readonly axisMax?: number;
}

/**
 * Any chart. Its `kind` says how it is drawn, laid out and listed: charts/chartKinds.ts holds one
 * entry per kind.
 */
export type ChartModel = RowChartModel | OverTimeModel;
export type ChartKindId = ChartModel['kind'];
