import { getSourceLabel, type Claim } from '../claims/claim';
import { getDoubt } from '../claims/getDoubt';
import { formatCalendarDate, formatPeriod } from './formatDate';
import { formatClaimFigure, formatValue } from './formatValue';

/**
 * A claim in one sentence, for a mark's accessible name: "South Korea NIS, as of 13 Jan 2025:
 * about 3,000 casualties, derived from about 300 killed and about 2,700 wounded. Published in
 * KBS World; Newsweek." A figure not vouched for says so last: "Unverified: graded 6: truth
 * cannot be judged."
 */
export function describeClaimForScreenReader(claim: Claim): string {
  const when = claim.period
    ? `counting ${formatPeriod(claim.period.from, claim.period.to)}`
    : `as of ${formatCalendarDate(claim.asOf)}`;
  const derived = claim.derivedFrom
    ? `, derived from ${claim.derivedFrom.map(formatClaimFigure).join(' and ')}`
    : '';
  const outlets = [...new Set(claim.citations.map((c) => c.outlet))].join('; ');
  const doubt = getDoubt(claim);
  const doubted = doubt ? ` ${doubt.title}: ${doubt.reason}.` : '';
  return `${getSourceLabel(claim.source)}, ${when}: ${formatClaimFigure(claim)}${derived}. Published in ${outlets}.${doubted}`;
}

/**
 * A figure with who gave it and when: "about 1,200 (US intelligence, Jan 2025, unverified)",
 * with the unit if given, "derived" for a total made of its parts and the doubt on a figure not
 * vouched for (see getDoubt; `doubt: false` where the sentence gives it already).
 */
export function describeFigure(
  claim: Claim,
  { unit, doubt = true }: { readonly unit?: string; readonly doubt?: boolean } = {},
): string {
  const derived = claim.derivedFrom ? ', derived' : '';
  const doubted = doubt ? getDoubt(claim)?.word : undefined;
  const figure = formatValue(claim.value, unit === undefined ? {} : { unit });
  const when = formatCalendarDate(claim.asOf);
  return `${figure} (${getSourceLabel(claim.source)}, ${when}${derived}${doubted ? `, ${doubted}` : ''})`;
}
