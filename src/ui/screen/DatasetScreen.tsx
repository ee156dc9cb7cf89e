import { Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { ChartStyleContext, makeChartStyle } from '../../charts/chartStyle';
import { HighlightContext } from '../../charts/highlight';
import { DatasetText } from '../../charts/Isolated';
import type { Dataset } from '../../data/schema/datasetSchema';
import { formatCalendarDate } from '../../domain/format/formatDate';
import { formatCount } from '../../domain/format/formatValue';
import { useTheme } from '../../lib/useTheme';
import { isolate } from '../../domain/format/isolate';
import { defaultView, getView } from '../../domain/views/viewRegistry';
import { readViewOptions } from '../../state/readViewOptions';
import { resolveViewState } from '../../state/resolveViewState';
import type { ViewState } from '../../state/viewState';
import { FilterPanel } from '../filters/FilterPanel';
import { ViewBody } from '../views/ViewBody';
import { FailureBoundary } from './FailureBoundary';
import { useVersionNotice } from './useVersionNotice';
import { useViewModel } from './useViewModel';
import { ViewNav } from './ViewNav';
import { ViewToolbar } from './ViewToolbar';
import { BriefingMenu } from '../briefing/BriefingMenu';
import { BriefingProvider } from '../briefing/BriefingProvider';

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
  const view = getView(state.view);
  const options = useMemo(() => readViewOptions(view, state, filters), [view, state, filters]);
  const derived = model.claims.length - dataset.estimates.length;
  const theme = useTheme(state.theme);
  const style = useMemo(() => makeChartStyle(theme), [theme]);
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
    // The tab's title is plain text: the isolate marks keep the dataset's title to itself.
    document.title = `${view.title} \u00b7 ${isolate(dataset.title)} \u00b7 Crosscheck`;
  }, [view, dataset.title]);
  return (
    <ChartStyleContext.Provider value={style}>
      <BriefingProvider dataset={dataset}>
        <HighlightContext.Provider value={highlight}>
          <header className="dataset-header">
            <h1>
              <DatasetText>{dataset.title}</DatasetText>
            </h1>
            {dataset.description ? (
              <p className="dataset-description">{dataset.description}</p>
            ) : null}
            <p className="dataset-meta">
              {formatCount(dataset.estimates.length)} estimates from{' '}
              {formatCount(dataset.sources.length)} claimants, published in{' '}
              {formatCount(dataset.citations.length)} sources
              {derived > 0 ? `; ${formatCount(derived)} totals derived from their parts` : ''}.
              Updated {formatCalendarDate(model.updated)}.
            </p>
          </header>
          <ViewNav state={controls} navigate={navigate} />
          <ViewToolbar state={controls} dataset={dataset} navigate={navigate} />
          <BriefingMenu state={controls} navigate={navigate} />
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
            defaultMode={getView(controls.view).defaultMode}
            navigate={navigate}
          />
          <main
            id="main"
            className={`view view-${view.layout}${updating ? ' is-updating' : ''}`}
            aria-labelledby="view-heading"
            aria-busy={updating}
          >
            <h2
              id="view-heading"
              ref={heading}
              tabIndex={-1}
              className={view === defaultView ? 'visually-hidden' : undefined}
            >
              {view.title}
            </h2>
            <FailureBoundary
              title={`This view could not be shown: ${view.title}`}
              scope="The other views, the filters and the dataset are not affected: pick another view above."
              resetKeys={[filtered, state]}
            >
              <Suspense
                fallback={
                  <p className="view-loading" role="status">
                    Opening {view.title}&hellip;
                  </p>
                }
              >
                <ViewBody
                  key={view.id}
                  view={view}
                  model={filtered}
                  state={state}
                  navigate={navigate}
                  options={options}
                />
              </Suspense>
            </FailureBoundary>
          </main>
        </HighlightContext.Provider>
      </BriefingProvider>
    </ChartStyleContext.Provider>
  );
}
