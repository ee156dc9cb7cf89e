import { getSourceLabel, type Claim } from '../claims/claim';
import { formatCalendarDate } from './formatDate';
import { formatWorking } from './formatValue';

/**
 * A derived total with its working, for a chart's notes: "South Korea NIS, 13 Jan 2025: about
 * 300 killed + about 2,700 wounded = about 3,000 casualties (derived: the parts were given, not
 * the total)". Undefined for a stated claim.
 */
export function describeDerivation(claim: Claim): string | undefined {
  const working = formatWorking(claim);
  if (working === undefined) return undefined;
  const who = `${getSourceLabel(claim.source)}, ${formatCalendarDate(claim.asOf)}`;
  return `${who}: ${working} (derived: the parts were given, not the total).`;
}

/** The derivation notes of every derived claim among `claims`, in order. */
export function describeDerivations(claims: readonly Claim[]): string[] {
  return claims.map(describeDerivation).filter((note) => note !== undefined);
}
