import { lazy, Suspense, useDeferredValue, useLayoutEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/load/datasetQueryOptions';
import { pickDatasetPath } from '../data/load/shippedDataset';
import { useAfterFirstPaint, usePrefetchAfterPaint } from '../lib/runAfterNextPaint';
import { useTheme } from '../lib/useTheme';
import { FileDropTarget } from '../ui/datasets/FileDropTarget';
import { BasicDatasetError } from '../ui/loading/BasicDatasetError';
import { DatasetScreen } from '../ui/screen/DatasetScreen';
import { LoadingState } from '../ui/loading/LoadingState';
import { getViewHref, useViewState } from '../state/useViewState';
import { defaultViewState } from '../state/viewState';

// Only needed when loading fails, so not loaded before the first chart; fetched as soon as the
// page starts, so that it is at hand if the server goes away later, with a plain card if not.
const loadErrorView = () => import('../ui/loading/DatasetErrorView');
const DatasetErrorView = lazy(() =>
  loadErrorView().then(
    (m) => ({ default: m.DatasetErrorView }),
    () => ({ default: BasicDatasetError }),
  ),
);

// The Datasets button's import, drop target and panel are not needed for the first chart: they
// load once it is painted, with a button that waits for them meanwhile.
const DatasetsControl = lazy(() =>
  import('../ui/datasets/DatasetsControl').then((m) => ({ default: m.DatasetsControl })),
);

const waitingDatasetsButton = (
  <button type="button" className="secondary datasets-button" disabled>
    Datasets
  </button>
);

/** Loads the dataset the URL names and shows it, or says why it cannot. */
export function App() {
  const { state, notices, navigate } = useViewState();
  const theme = useTheme(state.theme);
  useLayoutEffect(() => {
    // On the root, for the page's own colours, from the first card on (loading, errors), before
    // the browser paints it (main.tsx set it already, for the card shown before React).
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const [dropped, setDropped] = useState<File>();
  usePrefetchAfterPaint(loadErrorView);
  const painted = useAfterFirstPaint();
  const path = pickDatasetPath(state.dataset);
  const query = useQuery(datasetQueryOptions(path));
  // A dataset that has arrived is drawn in a render React can interrupt: a large one must not
  // hold the page while its charts are built. Until then the loading card stays up.
  const dataset = useDeferredValue(query.data);
  let content: React.JSX.Element;
  if (query.isPending || (query.isSuccess && dataset !== query.data)) {
    content = <LoadingState path={path} attempt={query.failureCount} />;
  } else if (query.isError) {
    content = (
      <Suspense fallback={<LoadingState path={path} attempt={query.failureCount} />}>
        <DatasetErrorView
          error={query.error}
          path={path}
          onRetry={() => void query.refetch()}
          {...(state.dataset ? { defaultHref: getViewHref(defaultViewState) } : {})}
        />
      </Suspense>
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
        {painted ? (
          <Suspense fallback={waitingDatasetsButton}>
            <DatasetsControl
              state={state}
              dataset={query.data}
              navigate={navigate}
              dropped={dropped}
            />
          </Suspense>
        ) : (
          waitingDatasetsButton
        )}
        <FileDropTarget onDrop={setDropped} />
      </div>
      {content}
    </div>
  );
}
