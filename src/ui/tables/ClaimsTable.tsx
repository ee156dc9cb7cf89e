import { useHighlight } from '../../charts/highlight';
import { CitationList } from '../../charts/tooltip/CitationList';
import { getSourceLabel, type Claim } from '../../domain/claims/claim';
import {
  formatValue,
  formatWording,
  formatWorking,
  lowerFirst,
} from '../../domain/format/formatValue';
import { CredibilityCell, DateCell } from './ClaimCells';
import { getRowHighlightProps } from './getRowHighlightProps';
import { Isolated } from '../../charts/Isolated';

/**
 * A chart's figures as a table: the same claims, in the chart's order, with everything the
 * chart can only show on hover. It is also the chart's accessible alternative.
 */
export function ClaimsTable({ claims, caption }: { claims: readonly Claim[]; caption: string }) {
  const highlight = useHighlight();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          <Isolated>{caption}</Isolated>
        </caption>
        <thead>
          <tr>
            <th scope="col">Claimant</th>
            <th scope="col">Figure</th>
            <th scope="col">As of</th>
            <th scope="col">Published in</th>
            <th scope="col">Credibility</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => (
            <tr key={claim.id} {...getRowHighlightProps(highlight, claim)}>
              <th scope="row">
                <Isolated>{getSourceLabel(claim.source)}</Isolated>
              </th>
              <td>
                <Isolated>{formatValue(claim.value, { wording: false })}</Isolated>{' '}
                <span className="cell-muted">
                  <Isolated>{lowerFirst(claim.metric.label)}</Isolated>
                </span>
                {claim.derivedFrom ? <span className="badge">derived</span> : null}
                {formatWording(claim.value) ? (
                  <div className="cell-muted">
                    <Isolated>{formatWording(claim.value) ?? ''}</Isolated>
                  </div>
                ) : null}
              </td>
              <DateCell claim={claim} />
              <td>
                <CitationList citations={claim.citations} />
              </td>
              <CredibilityCell claim={claim} />
              <td>
                <Isolated>
                  {claim.derivedFrom ? `${formatWorking(claim) ?? ''}.` : (claim.note ?? '')}
                </Isolated>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
