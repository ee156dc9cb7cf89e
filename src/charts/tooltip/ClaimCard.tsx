import type { Claim } from '../../domain/claims/claim';
import {
  describeCredibility,
  describeReliability,
  describeSourceKind,
} from '../../domain/format/describeGrades';
import { formatCalendarDate, formatPeriod } from '../../domain/format/formatDate';
import { formatClaimFigure, formatValue, formatWorking } from '../../domain/format/formatValue';
import { Isolated } from '../Isolated';
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
        <strong>
          <Isolated>{source.name}</Isolated>
        </strong>
        <span className="claim-card-kind"> ({describeSourceKind(source)})</span>
      </p>
      <p className="claim-card-figure">
        <Isolated>{`${formatValue(claim.value, { wording: false })} ${claim.metric.unit}`}</Isolated>
        <span className="claim-card-metric">
          {' '}
          &middot; <Isolated>{claim.metric.label}</Isolated>
        </span>
        {claim.derivedFrom ? <span className="badge"> derived</span> : null}
      </p>
      {claim.value.text ? (
        <p>
          Stated as &ldquo;<Isolated>{claim.value.text}</Isolated>&rdquo;.
        </p>
      ) : null}
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
            <strong>Derived:</strong> <Isolated>{formatWorking(claim) ?? ''}</Isolated>. The
            claimant gave the parts, not the total.
          </p>
          <ul>
            {claim.derivedFrom.map((part) => (
              <li key={part.id}>
                <Isolated>{`${formatClaimFigure(part)}${part.note ? ` \u2014 ${part.note}` : ''}`}</Isolated>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {claim.note ? (
        <p className="claim-card-note">
          <Isolated>{claim.note}</Isolated>
        </p>
      ) : null}
      <p className="claim-card-sources-title">Published in</p>
      <CitationList citations={claim.citations} className="claim-card-sources" />
    </div>
  );
}
