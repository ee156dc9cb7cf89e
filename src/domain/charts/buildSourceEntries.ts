import { getSourceLabel, type Claim } from '../claims/claim';
import { formatCalendarDate } from '../format/formatDate';

/** One claimant in a chart's footer with every publication its plotted figures came from. */
export interface SourceEntry {
  readonly claimant: string;
  /** "KBS World, 13 Jan 2025", in first-plotted order, without repeats. */
  readonly publications: readonly string[];
}

/**
 * Every source behind the plotted claims, never collapsed into "and N others": a chart pasted
 * into a briefing must carry all of them. Derived totals contribute their parts' citations.
 */
export function buildSourceEntries(claims: readonly Claim[]): SourceEntry[] {
  const byClaimant = new Map<string, Set<string>>();
  for (const claim of claims) {
    const label = getSourceLabel(claim.source);
    const publications = byClaimant.get(label) ?? new Set<string>();
    for (const citation of claim.citations) {
      publications.add(`${citation.outlet}, ${formatCalendarDate(citation.published)}`);
    }
    byClaimant.set(label, publications);
  }
  return [...byClaimant].map(([claimant, publications]) => ({
    claimant,
    publications: [...publications],
  }));
}

/** "South Korea NIS \u2192 KBS World, 13 Jan 2025; Newsweek, 24 Jan 2025". */
export function formatSourceEntry(entry: SourceEntry): string {
  return `${entry.claimant} \u2192 ${entry.publications.join('; ')}`;
}
