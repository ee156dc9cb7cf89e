import type { ChartRow, FigureRow } from './chartModel';
import { formatValue } from '../format/formatValue';
import { getCentral } from '../claims/valueMath';

/**
 * A chart of dated figures in plain words, a sentence per group: "Troops sent to Russia: 7
 * figures, from about 1,500 (South Korea NIS, over 8–13 Oct 2024) to about 15,000 (South Korea
 * NIS, 30 Apr 2025)." A total derived from its parts says so: "(…, 17 Jun 2025, derived)".
 */
export function summarizeFigureRows(rows: readonly ChartRow[]): string {
  const groups: { label: string; rows: FigureRow[] }[] = [];
  for (const row of rows) {
    if (row.kind === 'heading') groups.push({ label: row.label, rows: [] });
    else groups.at(-1)?.rows.push(row);
  }
  return groups
    .filter((g) => g.rows.length > 0)
    .map(({ label, rows: own }) => {
      const sorted = [...own].sort(
        (a, b) => getCentral(a.figure.value) - getCentral(b.figure.value),
      );
      const [low] = sorted;
      const high = sorted.at(-1);
      if (!low || !high || low === high) return `${label}: ${describeRow(own[0])}.`;
      return `${label}: ${own.length} figures, from ${describeRow(low)} to ${describeRow(high)}.`;
    })
    .join(' ');
}

function describeRow(row: FigureRow | undefined): string {
  if (!row) return '';
  const when = row.detail.split(' \u00b7 ')[0] ?? '';
  const derived = row.figure.derivedFrom ? ', derived' : '';
  return `${formatValue(row.figure.value)} (${row.label}, ${when}${derived})`;
}
