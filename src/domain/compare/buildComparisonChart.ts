import type { CalendarDate } from '../../data/schema/calendarDate';
import type { Metric } from '../../data/schema/datasetSchema';
import type { FigureMode } from '../claims/figureMode';
import { latestPerSourceAndMetric } from '../claims/selectFigures';
import { buildFrameText } from '../charts/buildFrameText';
import {
  capFigureRows,
  describeLeftOut,
  getRowClaim,
  maxChartRows,
  shareLimit,
} from '../charts/capFigureRows';
import { totalSeries, type FigureRow, type RowChartModel } from '../charts/chartModel';
import { getSourceLabel, type Claim } from '../claims/claim';
import {
  buildPartsRow,
  buildSingleRow,
  buildTotalRow,
  describeApart,
  explainApart,
  withHeading,
} from './comparisonRows';
import { computeSpread } from './computeSpread';
import { describeDerivations } from '../format/describeDerivation';
import { boundsRule, describeSpread } from './describeSpread';
import { formatCalendarDate } from '../format/formatDate';
import { formatClaimFigure } from '../format/formatValue';
import type { DatasetModel } from '../claims/prepareDataset';
import { filterByCutoff, getLead, selectLatestFigures } from './selectLatestFigures';
import { summarizeComparison } from './summarizeComparison';

export interface ComparisonOptions {
  /** Only figures dated up to this date; named in the subtitle. */
  readonly asOf?: CalendarDate;
  /** "latest" (default): each claimant's latest figures; "all": every dated figure. */
  readonly mode?: FigureMode;
  readonly id?: string;
}

/**
 * Every claimant's figure for one metric, stated or derived from its parts, parts stacked where
 * given; apart from them, the figures that cannot be compared and why (parts without a total,
 * a count over a window, another definition of the same kind and unit). The spread is taken
 * over each claimant's latest comparable figure. Undefined when there is nothing to compare.
 */
export function buildComparisonChart(
  model: DatasetModel,
  total: Metric,
  options: ComparisonOptions = {},
): RowChartModel | undefined {
  const { mode = 'latest' } = options;
  const claims = filterByCutoff(model.claims, options.asOf).filter(
    (c) => c.metric.kind === total.kind && c.metric.unit === total.unit,
  );
  const group = new Set([total.id, ...(total.sumOf ?? [])]);
  if (!claims.some((c) => group.has(c.metric.id))) return undefined;
  const partLabel = (id: string) => model.metrics.find((m) => m.id === id)?.label ?? id;

  const comparable: FigureRow[] = [];
  const apart: FigureRow[] = [];
  const latestTotals: Claim[] = [];
  // Notes about a claimant's figures, kept only where that claimant is drawn.
  const notes: { readonly source: string; readonly text: string }[] = [];
  for (const { snapshot, snapshots, newerWithoutTotal } of selectLatestFigures(
    claims,
    total,
  ).values()) {
    if (snapshot.total) latestTotals.push(snapshot.total);
    for (const shown of mode === 'all' ? snapshots : [snapshot]) {
      if (shown.total) comparable.push(buildTotalRow(shown, shown.total));
      else apart.push(buildPartsRow(shown));
    }
    for (const earlier of snapshot.superseded) {
      notes.push({
        source: earlier.source.id,
        text: `${getSourceLabel(earlier.source)} gave ${formatClaimFigure(earlier)} for ${formatCalendarDate(earlier.asOf)} more than once; the latest statement is shown.`,
      });
    }
    if (mode === 'all') continue;
    for (const newer of newerWithoutTotal) {
      const figures = newer.parts.map(formatClaimFigure).join(' and ');
      notes.push({
        source: getLead(newer).source.id,
        text: `${getSourceLabel(getLead(newer).source)} also gave ${figures} as of ${formatCalendarDate(newer.asOf)}, without a total; its latest total is shown.`,
      });
    }
  }
  const flows = claims.filter((c) => c.period && group.has(c.metric.id));
  const others = claims.filter((c) => !group.has(c.metric.id));
  const pick = mode === 'all' ? (list: Claim[]) => list : latestPerSourceAndMetric;
  for (const claim of [...pick(flows), ...pick(others)]) {
    apart.push(buildSingleRow(claim, describeApart(claim, group)));
  }

  // The spread is of every claimant's latest total; the chart draws what a person can read.
  const spread = computeSpread(latestTotals);
  const [comparableLimit = 0, apartLimit = 0] = shareLimit(
    [comparable.length, apart.length],
    maxChartRows,
  );
  const shownComparable = capFigureRows(comparable, comparableLimit, getRowClaim);
  const shownApart = capFigureRows(apart, apartLimit, getRowClaim);
  const leftOut = describeLeftOut(
    [...shownComparable.left, ...shownApart.left].map(getRowClaim),
    maxChartRows,
  );
  const rows = [
    ...withHeading(`${total.label}: comparable`, shownComparable.kept),
    ...withHeading('Not comparable with those totals', shownApart.kept),
  ];
  const plotted = rows.flatMap((r) => (r.kind === 'figure' ? [r.figure] : []));
  const drawnSources = new Set(plotted.map((claim) => claim.source.id));
  const apartNotes = shownApart.kept.map((row) => ({
    text: explainApart(row, total),
    about: [row.figure.id],
    group: 'Not comparable with the totals',
  }));
  const asOfText = options.asOf ? ` as of ${formatCalendarDate(options.asOf)}` : '';
  const which =
    mode === 'all' ? 'Every dated figure of each claimant' : "Each claimant's latest figure";
  return {
    kind: 'rows',
    id: options.id ?? `compare-${total.id}`,
    unit: total.unit,
    series: [
      ...(total.sumOf ?? []).map((key) => ({ key, label: partLabel(key) })),
      { key: totalSeries, label: 'Stated total' },
    ],
    rows,
    claims: plotted,
    summary: [summarizeComparison(total, spread, shownComparable.kept, shownApart.kept), leftOut]
      .filter(Boolean)
      .join(' '),
    ...(spread ? { spread } : {}),
    frame: buildFrameText(model, plotted, {
      title: `${total.label} by claimant`,
      subtitle: `${which}${asOfText}, in ${total.unit}. Bars split where the parts were given.`,
      ...(spread ? { callout: describeSpread(spread, total) } : {}),
      notes: [
        ...(total.description ? [`${total.label}: ${total.description}`] : []),
        ...describeDerivations(shownComparable.kept.map((row) => row.figure)),
        ...apartNotes,
        ...(mode === 'all' && spread
          ? ["The spread compares each claimant's latest total only."]
          : []),
        ...(spread && spread.count > spread.medianCount ? [`Spread: ${boundsRule}`] : []),
        ...notes
          .filter((note) => drawnSources.has(note.source))
          .map((note) => ({
            text: note.text,
            about: plotted.filter((c) => c.source.id === note.source).map((c) => c.id),
          })),
        ...(leftOut ? [leftOut] : []),
      ],
    }),
  };
}
