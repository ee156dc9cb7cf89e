import type { Highlight } from '../../charts/highlight';
import type { Claim } from '../../domain/claims/claim';

/**
 * A table row that lights up with its claimant: pointing at it or moving focus into it (a link
 * in it) highlights the claimant in every chart; its row is marked when the claimant is.
 */
export function getRowHighlightProps(highlight: Highlight, claim: Claim) {
  const id = claim.source.id;
  return {
    className: highlight.claimant === id ? 'is-highlighted' : undefined,
    onMouseEnter: () => highlight.setClaimant(id),
    onMouseLeave: () => highlight.setClaimant(undefined),
    onFocus: () => highlight.setClaimant(id),
    onBlur: () => highlight.setClaimant(undefined),
  };
}
