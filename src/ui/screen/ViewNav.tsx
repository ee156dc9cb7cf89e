import { useEffect, useRef } from 'react';
import { viewRegistry } from '../../domain/views/viewRegistry';
import type { ViewState } from '../../state/viewState';
import { ViewLink } from './ViewLink';

/** The views of the current dataset; the dataset stays selected when switching. */
export function ViewNav({
  state,
  navigate,
}: {
  state: ViewState;
  navigate: (s: ViewState) => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    // Where the row scrolls (a phone), the current view is brought into it; the page stays put.
    const row = list.current;
    const current = row?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!row || !current || row.scrollWidth <= row.clientWidth) return;
    // The list is positioned: offsets are from its start, whatever it is scrolled to.
    const start = current.offsetLeft;
    const end = start + current.offsetWidth;
    if (start < row.scrollLeft || end > row.scrollLeft + row.clientWidth) {
      row.scrollLeft = Math.max(0, start - 24);
    }
  }, [state.view]);
  return (
    <nav className="view-nav" aria-label="Views">
      <ul ref={list}>
        {viewRegistry.map(({ id, title }) => (
          <li key={id}>
            <ViewLink
              to={{ view: id, ...(state.dataset ? { dataset: state.dataset } : {}) }}
              navigate={navigate}
              current={state.view === id}
            >
              {title}
            </ViewLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
