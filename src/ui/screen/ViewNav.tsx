import { viewIds, type ViewState } from '../../state/viewState';
import { ViewLink } from './ViewLink';
import { viewTitles } from '../views/viewTitles';

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
        {viewIds.map((view) => (
          <li key={view}>
            <ViewLink
              to={{ view, ...(state.dataset ? { dataset: state.dataset } : {}) }}
              navigate={navigate}
              current={state.view === view}
            >
              {viewTitles[view]}
            </ViewLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
