import type { Metric } from '../../data/schema/datasetSchema';
import { buildFigureRow } from '../charts/buildFigureRow';
import { totalSeries, type ChartRow, type FigureRow, type RowSegment } from '../charts/chartModel';
import type { Claim } from '../claims/claim';
import { formatCalendarDate, formatPeriod } from '../format/formatDate';
import { lowerFirst } from '../format/formatValue';
import { getLead, type Snapshot } from './selectLatestFigures';
import { getCentral } from '../claims/valueMath';

export function buildTotalRow(snapshot: Snapshot, total: Claim): FigureRow {
  const parts = total.derivedFrom ?? snapshot.parts;
  const partsAddUp =
    parts.length > 0 &&
    parts.reduce((s, p) => s + getCentral(p.value), 0) === getCentral(total.value);
  const segments: RowSegment[] = partsAddUp
    ? parts.map((p) => ({ series: p.metric.id, claim: p, value: getCentral(p.value) }))
    : [{ series: totalSeries, claim: total, value: getCentral(total.value) }];
  return buildFigureRow(total, formatCalendarDate(total.asOf), segments, false);
}

export function buildPartsRow(snapshot: Snapshot): FigureRow {
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

export function buildSingleRow(claim: Claim, detail: string): FigureRow {
  return buildFigureRow(
    claim,
    detail,
    [{ series: totalSeries, claim, value: getCentral(claim.value) }],
    true,
  );
}

/** A short reason on the row; the notes give the long one (see explainApart). */
export function describeApart(claim: Claim, group: ReadonlySet<string>): string {
  if (claim.period && group.has(claim.metric.id)) {
    return `${formatPeriod(claim.period.from, claim.period.to)} only`;
  }
  return `${formatCalendarDate(claim.asOf)} \u00b7 ${lowerFirst(claim.metric.label)}`;
}

/** Why a row stands apart, in full, for the chart's notes. */
export function explainApart(row: FigureRow, total: Metric): string {
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

export function withHeading(label: string, rows: readonly FigureRow[]): ChartRow[] {
  if (rows.length === 0) return [];
  const sorted = [...rows].sort((a, b) => getCentral(b.figure.value) - getCentral(a.figure.value));
  return [{ kind: 'heading', key: `heading:${label}`, label }, ...sorted];
}
