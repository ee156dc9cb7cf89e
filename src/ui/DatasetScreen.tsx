import { useEffect, useMemo, useRef, useState } from 'react';
import { ChartStyleContext, makeChartStyle } from '../charts/chartStyle';
import { HighlightContext } from '../charts/highlight';
import { parseCalendarDate } from '../data/calendarDate';
import type { Dataset } from '../data/datasetSchema';
import { formatCalendarDate } from '../domain/formatDate';
import type { ViewId, ViewState } from '../state/viewState';
import { FailureBoundary } from './FailureBoundary';
import { FilterPanel } from './FilterPanel';
import { useViewModel } from './useViewModel';
import { CasualtiesView } from './views/CasualtiesView';
import { CompareView } from './views/CompareView';
import { Dashboard } from './views/Dashboard';
import { EquipmentView } from './views/EquipmentView';
import { EstimatesView } from './views/EstimatesView';
import { ForcesView } from './views/ForcesView';
import { OverTimeView } from './views/OverTimeView';
import type { ViewProps } from './views/viewProps';
import { ViewNav } from './ViewNav';
import { viewModes, viewTitles } from './viewTitles';
import { ViewToolbar } from './ViewToolbar';

const views: Record<ViewId, (props: ViewProps) => React.JSX.Element> = {
  dashboard: Dashboard,
  compare: CompareView,
  casualties: CasualtiesView,
  'over-time': OverTimeView,
  forces: ForcesView,
  equipment: EquipmentView,
  estimates: EstimatesView,
};

interface DatasetScreenProps {
  readonly dataset: Dataset;
  readonly state: ViewState;
  readonly notices: readonly string[];
  readonly navigate: (state: ViewState) => void;
}

/** A loaded dataset: what it is about, the views, the filters, and the current view. */
export function DatasetScreen({ dataset, state: urlState, notices, navigate }: DatasetScreenProps) {
  const { model, filtered, filters, state, notices: stale } = useViewModel(dataset, urlState);
  const View = views[state.view];
  const derived = model.claims.length - dataset.estimates.length;
  const defaultMode = viewModes[state.view];
  const style = useMemo(() => makeChartStyle(state.theme ?? 'light'), [state.theme]);
  const [claimant, setClaimant] = useState<string | undefined>();
  const highlight = useMemo(() => ({ claimant, setClaimant }), [claimant]);
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
        <ViewNav state={state} navigate={navigate} />
        <ViewToolbar state={state} navigate={navigate} />
        {[...notices, ...stale].map((notice) => (
          <p key={notice} className="notice" role="status">
            {notice}
          </p>
        ))}
        <FilterPanel
          model={model}
          shown={filtered.claims.length}
          filters={filters}
          state={state}
          defaultMode={defaultMode}
          navigate={navigate}
        />
        <main id="main" className={`view view-${state.view}`} aria-labelledby="view-heading">
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
            <View
              model={filtered}
              state={state}
              navigate={navigate}
              mode={state.mode ?? defaultMode ?? 'latest'}
            />
          </FailureBoundary>
        </main>
      </HighlightContext.Provider>
    </ChartStyleContext.Provider>
  );
}
