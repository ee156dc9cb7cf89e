import { useDeferredValue } from 'react';
import { defaultDatasetPath, useDatasetQuery } from '../data/datasetQuery';
import { DatasetErrorView } from '../ui/DatasetErrorView';
import { DatasetScreen } from '../ui/DatasetScreen';
import { LoadingState } from '../ui/LoadingState';
import { getViewHref, useViewState } from '../state/useViewState';

/** Loads the dataset the URL names and shows it, or says why it cannot. */
export function App() {
  const { state, notices, navigate } = useViewState();
  const path = state.dataset ?? defaultDatasetPath;
  const query = useDatasetQuery(path);
  // A dataset that has arrived is drawn in a render React can interrupt: a large one must not
  // hold the page while its charts are built. Until then the loading card stays up.
  const dataset = useDeferredValue(query.data);
  let content: React.JSX.Element;
  if (query.isPending || (query.isSuccess && dataset !== query.data)) {
    content = <LoadingState path={path} attempt={query.failureCount} />;
  } else if (query.isError) {
    content = (
      <DatasetErrorView
        error={query.error}
        path={path}
        onRetry={() => void query.refetch()}
        {...(state.dataset ? { defaultHref: getViewHref({ view: 'dashboard' }) } : {})}
      />
    );
  } else {
    content = (
      <DatasetScreen
        dataset={dataset ?? query.data}
        state={state}
        notices={notices}
        navigate={navigate}
      />
    );
  }
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="brand">
        <span className="brand-name">Crosscheck</span>
        <span className="brand-tagline">
          competing estimates, side by side, every figure attributed
        </span>
      </div>
      {content}
    </div>
  );
}
