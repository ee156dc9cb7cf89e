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

/** The derivation notes of every derived claim among `claims`, in order, each about its claim. */
export function describeDerivations(
  claims: readonly Claim[],
): { readonly text: string; readonly about: readonly string[] }[] {
  return claims.flatMap((claim) => {
    const text = describeDerivation(claim);
    return text === undefined ? [] : [{ text, about: [claim.id] }];
  });
}
