import { useState } from 'react';
import { useHighlight } from '../../charts/highlight';
import { CitationList } from '../../charts/tooltip/CitationList';
import { getSourceLabel, type Claim } from '../../domain/claims/claim';
import { describeReliability, describeSourceKind } from '../../domain/format/describeGrades';
import { formatCount, formatNumbers, formatWorking } from '../../domain/format/formatValue';
import type { SortDirection, SortKey } from '../../domain/claims/sortKeys';
import { getQualifier } from '../../domain/claims/valueMath';
import { CredibilityCell, DateCell } from './ClaimCells';
import { getRowHighlightProps } from './getRowHighlightProps';
import { TablePager } from './TablePager';
import { Isolated } from '../../charts/Isolated';

const columns: { key: SortKey | undefined; label: string }[] = [
  { key: 'claimant', label: 'Claimant' },
  { key: 'metric', label: 'Metric' },
  { key: 'value', label: 'Figure' },
  { key: 'asOf', label: 'As of' },
  { key: undefined, label: 'Published in' },
  { key: 'credibility', label: 'Credibility' },
  { key: undefined, label: 'Note' },
];

interface EstimatesTableProps {
  /** Already in order: the table shows them as they come. */
  readonly claims: readonly Claim[];
  readonly sort: { readonly column: SortKey; readonly direction: SortDirection };
  readonly onSort: (column: SortKey) => void;
}

/** Rows drawn at once: enough to scan, few enough to draw without a pause. */
export const estimatesPageSize = 100;

/**
 * Every estimate with every field, a page at a time; its column headings sort it (ascending,
 * then descending). A new order or new filters go back to the first page.
 */
export function EstimatesTable({ claims, sort, onSort }: EstimatesTableProps) {
  const [page, setPage] = useState({ claims, start: 0 });
  // Other rows (sorted or filtered anew): back to the first page, set during render.
  const start = page.claims === claims ? page.start : 0;
  if (page.claims !== claims) setPage({ claims, start: 0 });
  const shown = claims.slice(start, start + estimatesPageSize);
  return (
    <div className="table-scroll">
      <TablePager
        start={start}
        pageSize={estimatesPageSize}
        total={claims.length}
        onChange={(next) => setPage({ claims, start: next })}
        what="figures"
      />
      <table className="data-table estimates-table">
        <caption>
          All {formatCount(claims.length)} figures, sorted by{' '}
          {columns.find((c) => c.key === sort.column)?.label.toLowerCase()} ({sort.direction}).
          Select a column heading to sort by it.
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                aria-sort={column.key === sort.column ? sort.direction : undefined}
              >
                {column.key ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => onSort(column.key as SortKey)}
                  >
                    {column.label}
                    <span aria-hidden="true">
                      {column.key === sort.column
                        ? sort.direction === 'ascending'
                          ? ' \u25B2'
                          : ' \u25BC'
                        : ' \u21C5'}
                    </span>
                  </button>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((claim) => (
            <EstimateRow key={claim.id} claim={claim} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EstimateRow({ claim }: { claim: Claim }) {
  const highlight = useHighlight();
  const { source, metric, value } = claim;
  return (
    <tr {...getRowHighlightProps(highlight, claim)}>
      <th scope="row">
        <Isolated>{getSourceLabel(source)}</Isolated>
        <div className="cell-muted">
          <Isolated>{source.name}</Isolated>; {describeSourceKind(source)}
          {source.reliability ? `; reliability ${describeReliability(source.reliability)}` : ''}
        </div>
      </th>
      <td>
        <Isolated>{metric.label}</Isolated>
        <div className="cell-muted">
          <Isolated>{metric.unit}</Isolated>, {metric.kind}
        </div>
      </td>
      <td>
        <span className="cell-figure">{formatNumbers(value)}</span>
        <div className="cell-muted">
          {getQualifier(value).replace('-', ' ')}
          {value.text ? <Isolated>{`: \u201c${value.text}\u201d`}</Isolated> : ''}
        </div>
        {claim.derivedFrom ? <span className="badge">derived</span> : null}
      </td>
      <DateCell claim={claim} />
      <td>
        <CitationList citations={claim.citations} />
      </td>
      <CredibilityCell claim={claim} />
      <td>
        <Isolated>
          {claim.derivedFrom ? `Derived: ${formatWorking(claim) ?? ''}.` : (claim.note ?? '')}
        </Isolated>
        <div className="cell-muted cell-id">{claim.derivedFrom ? '' : `id ${claim.id}`}</div>
      </td>
    </tr>
  );
}
