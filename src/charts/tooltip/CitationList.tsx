import type { ClaimCitation } from '../../domain/claims/prepareParts';
import { CitationLink } from './CitationLink';

/** A claim's publications, primary first, each linked where it has a URL. */
export function CitationList(props: { citations: readonly ClaimCitation[]; className?: string }) {
  return (
    <ul className={props.className ?? 'plain-list'}>
      {props.citations.map((citation) => (
        <li key={citation.id}>
          <CitationLink citation={citation} />
        </li>
      ))}
    </ul>
  );
}
