import type { Claim } from '../../domain/claims/claim';
import { describeCredibility } from '../../domain/format/describeGrades';
import { formatCalendarDate, formatPeriod } from '../../domain/format/formatDate';

/** The as-of date, with when it was stated and the window a flow counts, where given. */
export function DateCell({ claim }: { claim: Claim }) {
  return (
    <td>
      {formatCalendarDate(claim.asOf)}
      {claim.statedOn ? (
        <div className="cell-muted">stated {formatCalendarDate(claim.statedOn)}</div>
      ) : null}
      {claim.period ? (
        <div className="cell-muted">counts {formatPeriod(claim.period.from, claim.period.to)}</div>
      ) : null}
    </td>
  );
}

/** The Admiralty credibility grade in words, or a dash where the dataset gives none. */
export function CredibilityCell({ claim }: { claim: Claim }) {
  return <td>{claim.credibility ? describeCredibility(claim.credibility) : '\u2014'}</td>;
}
