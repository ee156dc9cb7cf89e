import type { ClaimCitation } from '../../domain/claims/prepareParts';
import { formatCalendarDate } from '../../domain/format/formatDate';
import { Isolated } from '../Isolated';

/**
 * "Outlet, date" linking to the publication. The validator admits only http(s) URLs; links
 * open in a new tab without giving the opened page a handle on this one.
 */
export function CitationLink({ citation }: { citation: ClaimCitation }) {
  const date = formatCalendarDate(citation.published);
  const label = `${citation.outlet}, ${date}`;
  const headline = citation.title ? `: \u201c${citation.title}\u201d` : '';
  const byline = `${headline}${citation.author ? ` (${citation.author})` : ''}`;
  if (!citation.url) {
    return (
      <span>
        <Isolated>{label + byline}</Isolated>
      </span>
    );
  }
  return (
    <span>
      <a href={citation.url} target="_blank" rel="noopener noreferrer">
        <Isolated>{label}</Isolated>
      </a>
      <Isolated>{byline}</Isolated>
    </span>
  );
}
