import type { Claim } from '../../domain/claims/claim';
import {
  describeCredibility,
  describeReliability,
  describeSourceKind,
} from '../../domain/format/describeGrades';
import { formatCalendarDate, formatPeriod } from '../../domain/format/formatDate';
import { formatClaimFigure, formatValue, formatWorking } from '../../domain/format/formatValue';
import { CitationList } from './CitationList';

/**
 * A claim in full: who, what, when, where it was published, how credible, and the author's note;
 * for a derived total, the working and each part with its own sources.
 */
export function ClaimCard({ claim }: { claim: Claim }) {
  const { source } = claim;
  return (
    <div className="claim-card">
      <p className="claim-card-claimant">
        <strong>{source.name}</strong>
        <span className="claim-card-kind"> ({describeSourceKind(source)})</span>
      </p>
      <p className="claim-card-figure">
        {formatValue(claim.value)} {claim.metric.unit}
        <span className="claim-card-metric"> &middot; {claim.metric.label}</span>
        {claim.derivedFrom ? <span className="badge"> derived</span> : null}
      </p>
      {claim.value.text ? <p>Stated as &ldquo;{claim.value.text}&rdquo;.</p> : null}
      <dl className="claim-card-facts">
        <dt>As of</dt>
        <dd>{formatCalendarDate(claim.asOf)}</dd>
        {claim.statedOn ? (
          <>
            <dt>Stated</dt>
            <dd>{formatCalendarDate(claim.statedOn)}</dd>
          </>
        ) : null}
        {claim.period ? (
          <>
            <dt>Counts</dt>
            <dd>{formatPeriod(claim.period.from, claim.period.to)} only</dd>
          </>
        ) : null}
        <dt>Credibility</dt>
        <dd>{claim.credibility ? describeCredibility(claim.credibility) : 'not graded'}</dd>
        {source.reliability ? (
          <>
            <dt>Source reliability</dt>
            <dd>{describeReliability(source.reliability)}</dd>
          </>
        ) : null}
      </dl>
      {claim.derivedFrom ? (
        <div className="claim-card-working">
          <p>
            <strong>Derived:</strong> {formatWorking(claim)}. The claimant gave the parts, not the
            total.
          </p>
          <ul>
            {claim.derivedFrom.map((part) => (
              <li key={part.id}>
                {formatClaimFigure(part)}
                {part.note ? ` \u2014 ${part.note}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {claim.note ? <p className="claim-card-note">{claim.note}</p> : null}
      <p className="claim-card-sources-title">Published in</p>
      <CitationList citations={claim.citations} className="claim-card-sources" />
    </div>
  );
}
