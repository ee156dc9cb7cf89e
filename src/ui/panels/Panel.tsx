import type { ReactNode } from 'react';
import type { ViewState } from '../../state/viewState';
import { ViewLink } from '../screen/ViewLink';

interface PanelProps {
  readonly id: string;
  readonly title: string;
  readonly to: ViewState;
  readonly navigate: (state: ViewState) => void;
  readonly children: ReactNode;
}

/** A dashboard panel: one view's chart, with a way into the full view. */
export function Panel({ id, title, to, navigate, children }: PanelProps) {
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <header className="panel-header">
        <h2 id={`${id}-heading`}>{title}</h2>
        <ViewLink
          to={to}
          navigate={navigate}
          className="panel-open"
          label={`Open full view: ${title}`}
        >
          Open full view &rarr;
        </ViewLink>
      </header>
      {children}
    </section>
  );
}
