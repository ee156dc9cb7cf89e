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
  return (
    <nav className="view-nav" aria-label="Views">
      <ul>
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
