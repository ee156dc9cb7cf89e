import Papa from 'papaparse';
import type { ChartSpec } from '../charts/chartSpec';
import { getSourceLabel, type Claim } from '../domain/claims/claim';
import { formatCalendarDate } from '../domain/format/formatDate';
import { formatWorking } from '../domain/format/formatValue';
import { getQualifier } from '../domain/claims/valueMath';
import { parseCalendarDate } from '../data/schema/calendarDate';

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
export function buildChartCsv(spec: ChartSpec): string {
  const rows: CsvRow[] = [];
  const chart = spec.model.frame.title;
  if (spec.kind === 'rows') {
    let group = '';
    for (const row of spec.model.rows) {
      if (row.kind === 'heading') group = row.label;
      else rows.push(toCsvRow(row.figure, chart, group, !row.muted));
    }
  } else {
    for (const series of spec.model.series) {
      for (const point of series.points)
        rows.push(toCsvRow(point.claim, chart, series.label, true));
    }
  }
  const csv = Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((c) => r[c])) },
    {
      newline: '\r\n',
      escapeFormulae: true,
    },
  );
  return `\uFEFF${csv}\r\n`;
}

function toCsvRow(claim: Claim, chart: string, group: string, comparable: boolean): CsvRow {
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
      .map((c) =>
        [c.outlet, formatCalendarDate(parseCalendarDate(c.published)), c.url]
          .filter(Boolean)
          .join(', '),
      )
      .join(' | '),
    note: claim.note ?? '',
    estimate_id: claim.derivedFrom ? '' : claim.id,
  };
}
