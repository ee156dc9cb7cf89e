import type { ChartRow, FigureRow, RowChartModel } from '../../domain/charts/chartModel';
import { stripIsolates } from '../../domain/format/isolate';

/** The figure rows of a chart, headings left out. */
export function figureRows(chart: RowChartModel | undefined): FigureRow[] {
  return (chart?.rows ?? []).filter((r): r is FigureRow => r.kind === 'figure');
}

/**
 * A chart's rows as short lines without isolate marks, for readable assertions: `# heading`, or
 * `label | detail | series value + series value` with ` | muted` for rows drawn apart.
 */
export function summarizeRows(rows: readonly ChartRow[]): string[] {
  return rows.map((row) => {
    if (row.kind === 'heading') return stripIsolates(`# ${row.label}`);
    const segments = row.segments.map((s) => `${s.series} ${s.value}`).join(' + ');
    return stripIsolates(
      `${row.label} | ${row.detail} | ${segments}${row.muted ? ' | muted' : ''}`,
    );
  });
}

/** The rows under one heading (as a reader sees it, without isolate marks), up to the next. */
export function rowsUnder(chart: RowChartModel | undefined, heading: string): FigureRow[] {
  const rows = chart?.rows ?? [];
  const start = rows.findIndex((r) => r.kind === 'heading' && stripIsolates(r.label) === heading);
  if (start === -1) return [];
  const after = rows.slice(start + 1);
  const end = after.findIndex((r) => r.kind === 'heading');
  return (end === -1 ? after : after.slice(0, end)).filter(
    (r): r is FigureRow => r.kind === 'figure',
  );
}
