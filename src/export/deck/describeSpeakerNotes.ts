import type { ChartModel } from '../../domain/charts/chartModel';
import type { Claim } from '../../domain/claims/claim';
import { getSourceLabel } from '../../domain/claims/claim';
import type { ClaimCitation } from '../../domain/claims/prepareParts';
import { formatCalendarDate, formatPeriod } from '../../domain/format/formatDate';
import { formatClaimFigure } from '../../domain/format/formatValue';
import { stripIsolates } from '../../domain/format/isolate';
import type { DeckCitation } from './deckInput';

/**
 * A slide's speaker notes: what the chart is and where it lives, then one line per figure drawn
 * with who gave it, its qualifier, its dates and every outlet with its URL, so that a presenter
 * can answer "says who?" without leaving the slide.
 */
export function describeSpeakerNotes(chart: ChartModel, link: string): string[] {
  return [
    `${stripIsolates(chart.frame.title)}. ${stripIsolates(chart.frame.subtitle)}`,
    `View: ${link}`,
    'Figures drawn:',
    ...chart.claims.map((claim) => `\u2022 ${describeNoteLine(claim)}`),
  ];
}

function describeNoteLine(claim: Claim): string {
  const when = claim.period
    ? `counting ${formatPeriod(claim.period.from, claim.period.to)}`
    : `as of ${formatCalendarDate(claim.asOf)}`;
  const stated = claim.statedOn ? `, stated ${formatCalendarDate(claim.statedOn)}` : '';
  const parts = claim.derivedFrom
    ? ` (derived: ${claim.derivedFrom.map(formatClaimFigure).join(' + ')})`
    : '';
  const cited = listClaimCitations(claim).map(describeCitation).join('; ');
  return stripIsolates(
    `${getSourceLabel(claim.source)}, ${when}${stated}: ${formatClaimFigure(claim)}${parts}. Sources: ${cited}.`,
  );
}

/** A claim's citations, a derived total's being its parts'. */
export function listClaimCitations(claim: Claim): readonly ClaimCitation[] {
  const own = claim.citations;
  const parts = claim.derivedFrom?.flatMap((part) => part.citations) ?? [];
  return [...new Map([...own, ...parts].map((c) => [c.id, c])).values()];
}

function describeCitation(citation: ClaimCitation): string {
  const title = citation.title ? `, \u201c${citation.title}\u201d` : '';
  const url = citation.url ? `, ${citation.url}` : '';
  return `${citation.outlet}${title}, ${formatCalendarDate(citation.published)}${url}`;
}

/** Every citation of the charts, once each, in order of first use, as the deck lists them. */
export function collectDeckCitations(charts: readonly ChartModel[]): DeckCitation[] {
  const seen = new Map<string, DeckCitation>();
  for (const claim of charts.flatMap((chart) => chart.claims)) {
    for (const citation of listClaimCitations(claim)) {
      if (seen.has(citation.id)) continue;
      seen.set(citation.id, {
        outlet: stripIsolates(citation.outlet),
        ...(citation.title ? { title: stripIsolates(citation.title) } : {}),
        date: formatCalendarDate(citation.published),
        ...(citation.url ? { url: citation.url } : {}),
      });
    }
  }
  return [...seen.values()];
}
