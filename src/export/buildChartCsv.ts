import Papa from 'papaparse';
import type { DrawnFigure } from '../charts/chartKind';
import { getChartKind } from '../charts/chartKindRegistry';
import type { ChartModel } from '../domain/charts/chartModel';
import { getSourceLabel } from '../domain/claims/claim';
import { stripIsolates } from '../domain/format/isolate';
import { formatCalendarDate } from '../domain/format/formatDate';
import { formatWorking } from '../domain/format/formatValue';
import { getQualifier } from '../domain/claims/valueMath';

const columns = [
  'chart',
  'group',
  'claimant',
  'claimant_full_name',
  'party_to_conflict',
  'metric',
  'unit',
  'qualifier',
  'best',
  'low',
  'high',
  'stated_as',
  'as_of',
  'stated_on',
  'period_from',
  'period_to',
  'comparable',
  'derived_from',
  'credibility',
  'sources',
  'note',
  'estimate_id',
] as const;

type CsvRow = Record<(typeof columns)[number], string | number>;

/**
 * Exactly the figures a chart draws, one row each in the chart's order, with every field a
 * reader needs to check them: dates at their precision, the qualifier, ranges, the working of a
 * derived total, and every source. UTF-8 with a byte-order mark so spreadsheets read non-Latin
 * text; cells that a spreadsheet would run as a formula are escaped.
 */
export function buildChartCsv(chart: ChartModel): string {
  const title = chart.frame.title;
  const rows = getChartKind(chart)
    .listFigures(chart)
    .map((figure) => toCsvRow(figure, title));
  const csv = Papa.unparse(
    {
      fields: [...columns],
      // Data, read in logical order: without the marks that isolate the dataset's strings on
      // screen (see isolate).
      data: rows.map((r) => columns.map((c) => plain(r[c]))),
    },
    {
      newline: '\r\n',
      escapeFormulae: true,
    },
  );
  return `\uFEFF${csv}\r\n`;
}

function toCsvRow({ claim, group, comparable }: DrawnFigure, chart: string): CsvRow {
  const { value, source, metric } = claim;
  return {
    chart,
    group,
    claimant: getSourceLabel(source),
    claimant_full_name: source.name,
    party_to_conflict: source.party === undefined ? '' : source.party ? 'yes' : 'no',
    metric: metric.label,
    unit: metric.unit,
    qualifier: getQualifier(value),
    best: value.best ?? '',
    low: value.low ?? '',
    high: value.high ?? '',
    stated_as: value.text ?? '',
    as_of: claim.asOf.text,
    stated_on: claim.statedOn?.text ?? '',
    period_from: claim.period?.from.text ?? '',
    period_to: claim.period?.to.text ?? '',
    comparable: comparable ? 'yes' : 'no',
    derived_from: formatWorking(claim) ?? '',
    credibility: claim.credibility ?? '',
    sources: claim.citations
      .map((c) => [c.outlet, formatCalendarDate(c.published), c.url].filter(Boolean).join(', '))
      .join(' | '),
    note: claim.note ?? '',
    estimate_id: claim.derivedFrom ? '' : claim.id,
  };
}

function plain(cell: string | number): string | number {
  return typeof cell === 'string' ? stripIsolates(cell) : cell;
}
