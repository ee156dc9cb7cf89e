import {
  lazy,
  memo,
  Suspense,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import { ChartStyleContext, makeChartStyle } from '../../charts/chartStyle';
import { HighlightContext } from '../../charts/highlight';
import { parseCalendarDate } from '../../data/schema/calendarDate';
import type { Dataset } from '../../data/schema/datasetSchema';
import { formatCalendarDate } from '../../domain/format/formatDate';
import { resolveViewState } from '../../state/resolveViewState';
import type { ViewId, ViewState } from '../../state/viewState';
import { FailureBoundary } from './FailureBoundary';
import { FilterPanel } from '../filters/FilterPanel';
import { useVersionNotice } from './useVersionNotice';
import { useViewModel } from './useViewModel';
import { Dashboard } from '../views/Dashboard';
import type { ViewProps } from '../views/viewProps';
import { ViewNav } from './ViewNav';
import { viewModes, viewTitles } from '../views/viewTitles';
import { ViewToolbar } from './ViewToolbar';

/** A view loaded when first visited. */
const loadView = (load: () => Promise<ComponentType<ViewProps>>) =>
  memo(lazy(() => load().then((view) => ({ default: view }))));

// The dashboard is what opens; every other view is loaded when it is first visited. Memoised:
// while a change is drawn in the background, the urgent render that answers the click passes
// the view the same props, and must not redraw every chart to do it.
const views: Record<ViewId, ComponentType<ViewProps>> = {
  dashboard: memo(Dashboard),
  compare: loadView(() => import('../views/CompareView').then((m) => m.CompareView)),
  casualties: loadView(() => import('../views/CasualtiesView').then((m) => m.CasualtiesView)),
  'over-time': loadView(() => import('../views/OverTimeView').then((m) => m.OverTimeView)),
  forces: loadView(() => import('../views/ForcesView').then((m) => m.ForcesView)),
  equipment: loadView(() => import('../views/EquipmentView').then((m) => m.EquipmentView)),
  estimates: loadView(() => import('../views/EstimatesView').then((m) => m.EstimatesView)),
};

interface DatasetScreenProps {
  readonly dataset: Dataset;
  readonly state: ViewState;
  readonly notices: readonly string[];
  readonly navigate: (state: ViewState) => void;
}

/** A loaded dataset: what it is about, the views, the filters, and the current view. */
export function DatasetScreen({ dataset, state: urlState, notices, navigate }: DatasetScreenProps) {
  // Controls follow the URL at once; the view follows in a render React can interrupt, so a
  // click is answered on the next frame even while 100,000 figures are filtered and redrawn.
  const shownState = useDeferredValue(urlState);
  const updating = shownState !== urlState;
  const { model, filtered, filters, state, notices: stale } = useViewModel(dataset, shownState);
  const controls = useMemo(() => resolveViewState(urlState, dataset).state, [urlState, dataset]);
  const View = views[state.view];
  const derived = model.claims.length - dataset.estimates.length;
  const defaultMode = viewModes[state.view];
  const style = useMemo(() => makeChartStyle(state.theme ?? 'light'), [state.theme]);
  const [claimant, setClaimant] = useState<string | undefined>();
  const highlight = useMemo(() => ({ claimant, setClaimant }), [claimant]);
  const versionNotice = useVersionNotice(dataset, urlState.fp);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownView = useRef(state.view);
  useEffect(() => {
    // After a change of view (not on arrival), focus its heading: the link that was used may
    // be gone, and a screen reader should hear where it is now.
    if (shownView.current !== state.view) heading.current?.focus();
    shownView.current = state.view;
  }, [state.view]);
  useEffect(() => {
    document.title = `${viewTitles[state.view]} \u00b7 ${dataset.title} \u00b7 Crosscheck`;
  }, [state.view, dataset.title]);
  useEffect(() => {
    document.documentElement.dataset.theme = state.theme ?? 'light';
  }, [state.theme]);
  return (
    <ChartStyleContext.Provider value={style}>
      <HighlightContext.Provider value={highlight}>
        <header className="dataset-header">
          <h1>{dataset.title}</h1>
          {dataset.description ? (
            <p className="dataset-description">{dataset.description}</p>
          ) : null}
          <p className="dataset-meta">
            {dataset.estimates.length} estimates from {dataset.sources.length} claimants, published
            in {dataset.citations.length} sources
            {derived > 0 ? `; ${derived} totals derived from their parts` : ''}. Updated{' '}
            {formatCalendarDate(parseCalendarDate(dataset.updated))}.
          </p>
        </header>
        <ViewNav state={controls} navigate={navigate} />
        <ViewToolbar state={controls} dataset={dataset} navigate={navigate} />
        {versionNotice ? (
          <p className="notice notice-version" role="status">
            {versionNotice}
          </p>
        ) : null}
        {[...notices, ...stale].map((notice) => (
          <p key={notice} className="notice" role="status">
            {notice}
          </p>
        ))}
        <FilterPanel
          model={model}
          shown={filtered.claims.length}
          filters={filters}
          state={controls}
          defaultMode={viewModes[controls.view]}
          navigate={navigate}
        />
        <main
          id="main"
          className={`view view-${state.view}${updating ? ' is-updating' : ''}`}
          aria-labelledby="view-heading"
          aria-busy={updating}
        >
          <h2
            id="view-heading"
            ref={heading}
            tabIndex={-1}
            className={state.view === 'dashboard' ? 'visually-hidden' : undefined}
          >
            {viewTitles[state.view]}
          </h2>
          <FailureBoundary
            title={`This view could not be shown: ${viewTitles[state.view]}`}
            scope="The other views, the filters and the dataset are not affected: pick another view above."
            resetKeys={[filtered, state]}
          >
            <Suspense
              fallback={
                <p className="view-loading" role="status">
                  Opening {viewTitles[state.view]}&hellip;
                </p>
              }
            >
              <View
                model={filtered}
                state={state}
                navigate={navigate}
                mode={state.mode ?? defaultMode ?? 'latest'}
              />
            </Suspense>
          </FailureBoundary>
        </main>
      </HighlightContext.Provider>
    </ChartStyleContext.Provider>
  );
}
