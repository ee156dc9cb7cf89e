import { getSourceLabel, type Claim } from '../claims/claim';
import { formatCalendarDate, formatPeriod } from './formatDate';
import { formatClaimFigure } from './formatValue';

/**
 * A claim in one sentence, for a mark's accessible name: "South Korea NIS, as of 13 Jan 2025:
 * about 3,000 casualties, derived from about 300 killed and about 2,700 wounded. Published in
 * KBS World; Newsweek."
 */
export function describeClaimForScreenReader(claim: Claim): string {
  const when = claim.period
    ? `counting ${formatPeriod(claim.period.from, claim.period.to)}`
    : `as of ${formatCalendarDate(claim.asOf)}`;
  const derived = claim.derivedFrom
    ? `, derived from ${claim.derivedFrom.map(formatClaimFigure).join(' and ')}`
    : '';
  const outlets = [...new Set(claim.citations.map((c) => c.outlet))].join('; ');
  return `${getSourceLabel(claim.source)}, ${when}: ${formatClaimFigure(claim)}${derived}. Published in ${outlets}.`;
}
