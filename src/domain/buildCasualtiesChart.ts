import type { CalendarDate } from '../data/calendarDate';
import type { Metric } from '../data/datasetSchema';
import { buildFigureRow } from './buildFigureRow';
import { buildFrameText } from './buildFrameText';
import { pickTotalMetric } from './pickTotalMetric';
import type { ChartRow, FigureRow, RowChartModel, RowSegment } from './chartModel';
import { getSourceLabel, type Claim } from './claim';
import { compareClaimsByDate } from './compareClaims';
import { computeSpread } from './computeSpread';
import { describeSpread } from './describeSpread';
import { formatCalendarDate, formatPeriod } from './formatDate';
import { formatClaimFigure, lowerFirst } from './formatValue';
import { describeDerivations } from './describeDerivation';
import { groupBy } from './groupBy';
import type { DatasetModel } from './prepareDataset';
import { filterByCutoff, getLead, selectLatestFigures, type Snapshot } from './selectLatestFigures';
import { getCentral } from './valueMath';

export const totalSeries = 'total';

/**
 * Casualties by claimant: each claimant's latest figures up to `cutoff`, killed and wounded
 * stacked where given, totals where only a total was given, and apart from them the figures
 * that cannot be compared (parts without a total, one-week counts, wider definitions).
 * Undefined when the dataset has no casualty figures.
 */
export function buildCasualtiesChart(
  model: DatasetModel,
  cutoff?: CalendarDate,
): RowChartModel | undefined {
  const metrics = model.dataset.metrics.filter((m) => m.kind === 'casualties');
  const claims = filterByCutoff(model.claims, cutoff).filter((c) => c.metric.kind === 'casualties');
  const total = pickTotalMetric(metrics, claims);
  if (!total || claims.length === 0) return undefined;
  const group = new Set([total.id, ...(total.sumOf ?? [])]);
  const partLabel = (id: string) => metrics.find((m) => m.id === id)?.label ?? id;

  const comparable: FigureRow[] = [];
  const apart: FigureRow[] = [];
  const notes: string[] = [];
  for (const { snapshot, newerWithoutTotal } of selectLatestFigures(claims, total).values()) {
    if (snapshot.total) comparable.push(buildTotalRow(snapshot, snapshot.total));
    else apart.push(buildPartsRow(snapshot));
    for (const earlier of snapshot.superseded) {
      notes.push(
        `${getSourceLabel(earlier.source)} gave ${formatClaimFigure(earlier)} for ${formatCalendarDate(earlier.asOf)} more than once; the latest statement is shown.`,
      );
    }
    for (const newer of newerWithoutTotal) {
      const figures = newer.parts.map(formatClaimFigure).join(' and ');
      notes.push(
        `${getSourceLabel(getLead(newer).source)} also gave ${figures} as of ${formatCalendarDate(newer.asOf)}, without a total; its latest total is shown.`,
      );
    }
  }
  const flows = claims.filter((c) => c.period && group.has(c.metric.id));
  const others = claims.filter((c) => !group.has(c.metric.id));
  for (const claim of [...latestPerSourceAndMetric(flows), ...latestPerSourceAndMetric(others)]) {
    apart.push(buildSingleRow(claim, describeApart(claim, group)));
  }

  const spread = computeSpread(comparable.map((row) => row.figure));
  const rows: ChartRow[] = [
    ...withHeading(`${total.label}: comparable`, comparable),
    ...withHeading('Not comparable with those totals', apart),
  ];
  const plotted = rows.flatMap((r) => (r.kind === 'figure' ? [r.figure] : []));
  const apartNotes = apart.map((row) => explainApart(row, total));
  const asOfText = cutoff ? ` as of ${formatCalendarDate(cutoff)}` : '';
  return {
    id: 'casualties',
    unit: total.unit,
    series: [
      ...(total.sumOf ?? []).map((key) => ({ key, label: partLabel(key) })),
      { key: totalSeries, label: 'Stated total' },
    ],
    rows,
    claims: plotted,
    frame: buildFrameText(model, plotted, {
      title: `${total.label} by claimant`,
      subtitle: `Each claimant's latest figure${asOfText}, in ${total.unit}. Bars split where the parts were given.`,
      ...(spread ? { callout: describeSpread(spread, total) } : {}),
      notes: [
        ...(total.description ? [`${total.label}: ${total.description}`] : []),
        ...describeDerivations(comparable.map((row) => row.figure)),
        ...(apartNotes.length ? [`Not comparable with the totals: ${apartNotes.join(' ')}`] : []),
        ...notes,
      ],
    }),
  };
}

function buildTotalRow(snapshot: Snapshot, total: Claim): FigureRow {
  const parts = total.derivedFrom ?? snapshot.parts;
  const partsAddUp =
    parts.length > 0 &&
    parts.reduce((s, p) => s + getCentral(p.value), 0) === getCentral(total.value);
  const segments: RowSegment[] = partsAddUp
    ? parts.map((p) => ({ series: p.metric.id, claim: p, value: getCentral(p.value) }))
    : [{ series: totalSeries, claim: total, value: getCentral(total.value) }];
  return buildFigureRow(total, formatCalendarDate(total.asOf), segments, false);
}

function buildPartsRow(snapshot: Snapshot): FigureRow {
  const lead = getLead(snapshot);
  const given = snapshot.parts.map((p) => lowerFirst(p.metric.label)).join(' and ');
  const detail = `${formatCalendarDate(snapshot.asOf)} \u00b7 ${given} only`;
  const segments = snapshot.parts.map((p) => ({
    series: p.metric.id,
    claim: p,
    value: getCentral(p.value),
  }));
  return buildFigureRow(lead, detail, segments, true);
}

function buildSingleRow(claim: Claim, detail: string): FigureRow {
  return buildFigureRow(
    claim,
    detail,
    [{ series: totalSeries, claim, value: getCentral(claim.value) }],
    true,
  );
}

/** A short reason on the row; the notes give the long one (see explainApart). */
function describeApart(claim: Claim, group: ReadonlySet<string>): string {
  if (claim.period && group.has(claim.metric.id)) {
    return `${formatPeriod(claim.period.from, claim.period.to)} only`;
  }
  return `${formatCalendarDate(claim.asOf)} \u00b7 ${lowerFirst(claim.metric.label)}`;
}

/** Why a row stands apart, in full, for the chart's notes. */
function explainApart(row: FigureRow, total: Metric): string {
  const { figure } = row;
  const who = `${row.label} (${formatCalendarDate(figure.asOf)})`;
  const inGroup = figure.metric.id === total.id || (total.sumOf ?? []).includes(figure.metric.id);
  if (!inGroup) {
    return `${who} counts ${lowerFirst(figure.metric.label)}, another measure than ${lowerFirst(total.label)}.`;
  }
  if (figure.period) {
    return `${who} counts ${formatPeriod(figure.period.from, figure.period.to)} only, not a running total.`;
  }
  const given = row.segments.map((s) => lowerFirst(s.claim.metric.label)).join(' and ');
  return `${who} gave ${given} only, no total.`;
}

function latestPerSourceAndMetric(claims: readonly Claim[]): Claim[] {
  const groups = groupBy(claims, (c) => `${c.source.id}|${c.metric.id}`);
  return [...groups.values()].map((g) => [...g].sort(compareClaimsByDate).at(-1) as Claim);
}

function withHeading(label: string, rows: readonly FigureRow[]): ChartRow[] {
  if (rows.length === 0) return [];
  const sorted = [...rows].sort((a, b) => getCentral(b.figure.value) - getCentral(a.figure.value));
  return [{ kind: 'heading', key: `heading:${label}`, label }, ...sorted];
}
