import { buildFrameText } from '../../domain/charts/buildFrameText';
import {
  totalSeries,
  type ChartAnnotation,
  type ChartModel,
  type ChartRow,
  type FigureRow,
  type OverTimeModel,
  type RowChartModel,
} from '../../domain/charts/chartModel';
import { getSourceLabel, type Claim } from '../../domain/claims/claim';
import { getCentral } from '../../domain/claims/valueMath';
import type { DatasetModel } from '../../domain/claims/prepareDataset';
import {
  buildOverTimeChart,
  pickDefaultOverTimeMetric,
} from '../../domain/time/buildOverTimeChart';
import { makeModel } from './makeClaim';

/** A row for one figure, a bar of its central value, as the comparison builds a stated total. */
export function makeFigureRow(figure: Claim, muted = false): FigureRow {
  return {
    kind: 'figure',
    key: `row-${figure.id}`,
    label: getSourceLabel(figure.source),
    detail: 'Jan 2025',
    figure,
    segments: [{ series: totalSeries, claim: figure, value: getCentral(figure.value) }],
    muted,
  };
}

/** A row chart of `rows`, with no notes: its frame cites the figures drawn. */
export function makeRowChart(rows: readonly ChartRow[]): RowChartModel {
  const drawn = rows.flatMap((row) => (row.kind === 'figure' ? [row.figure] : []));
  return {
    kind: 'rows',
    id: 'synthetic',
    unit: 'people',
    series: [{ key: totalSeries, label: 'Total' }],
    rows,
    claims: drawn,
    summary: 'A synthetic chart.',
    frame: buildFrameText(makeModel(), drawn, {
      title: 'Synthetic',
      subtitle: 'People.',
      notes: [],
    }),
  };
}

/** A chart with a briefer's callout on one of its claims (which it may not draw). */
export function withCallout<T extends ChartModel>(chart: T, claimId: string, text: string): T {
  const annotation: ChartAnnotation = { claimId, text };
  return { ...chart, annotation };
}

/** An over-time chart's claims, a line per claimant, in the order of its series. */
export function listTimeClaims(chart: OverTimeModel): Claim[] {
  return chart.series.flatMap((series) => series.points.map((point) => point.claim));
}

/** A callout of the most characters a briefer may write (80), in words of common lengths. */
export const longestCallout =
  'Counted a month of fighting in Kursk only, not the whole deployment since autumn';

/** The default dataset's over-time chart of its default running metric (casualties). */
export function buildDefaultOverTimeChart(model: DatasetModel): OverTimeModel {
  const metric = pickDefaultOverTimeMetric(model);
  if (!metric) throw new Error('the default dataset has running figures');
  return buildOverTimeChart(model, metric);
}
