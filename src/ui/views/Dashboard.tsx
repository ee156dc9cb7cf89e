import { Suspense, use, useMemo } from 'react';
import type { DatasetModel } from '../../domain/claims/prepareDataset';
import { panelViews, type ChartsViewEntry } from '../../domain/views/viewRegistry';
import { measureTime } from '../../lib/measureTime';
import { defaultViewOptions } from '../../state/readViewOptions';
import { updateViewState, type ViewState } from '../../state/viewState';
import { clearChartEdits } from '../../state/chartEdits';
import { ChartPanel } from '../panels/ChartPanel';
import { Panel } from '../panels/Panel';
import { FailureBoundary } from '../screen/FailureBoundary';
import { loadViewBuilder } from '../../domain/views/loadViewBuilder';
import { useRevealInTurn } from './useRevealInTurn';
import type { ViewProps } from './viewProps';
import { Isolated } from '../../charts/Isolated';

/**
 * The first chart of every view with a panel, at once, so that all the figures are in sight on
 * arrival. Each panel builds its chart inside its own boundary: one that fails leaves the others
 * standing.
 */
export function Dashboard({ model, state, navigate }: ViewProps) {
  const shown = useRevealInTurn(panelViews.length);
  return (
    <div className="dashboard-grid">
      {panelViews.map((view, index) => {
        // A panel draws the view's chart as built: edits belong to the view a link names.
        const to = updateViewState(state, { ...clearChartEdits, view: view.id });
        return (
          <Panel
            key={view.id}
            id={`panel-${view.id}`}
            title={view.title}
            to={to}
            navigate={navigate}
          >
            <FailureBoundary
              title={`This chart could not be drawn: ${view.title}`}
              scope="The other panels are not affected."
              resetKeys={[model]}
            >
              {index < shown ? (
                <Suspense fallback={<DrawingChart title={view.title} />}>
                  <PanelChart view={view} model={model} to={to} navigate={navigate} />
                </Suspense>
              ) : (
                <DrawingChart title={view.title} />
              )}
            </FailureBoundary>
          </Panel>
        );
      })}
    </div>
  );
}

/** Where a chart will be, while its code arrives or the charts before it are drawn. */
function DrawingChart({ title }: { title: string }) {
  return <p className="chart-loading">Drawing {title}&hellip;</p>;
}

interface PanelChartProps {
  readonly view: ChartsViewEntry;
  readonly model: DatasetModel;
  /** The full view the panel opens, for the link printed on exports. */
  readonly to: ViewState;
  readonly navigate: (state: ViewState) => void;
}

/**
 * A view's first chart as its builder draws it by default, once the builder's code is in (it
 * suspends until then), and a line on the charts the full view adds.
 */
function PanelChart({ view, model, to, navigate }: PanelChartProps) {
  const build = use(loadViewBuilder(view));
  const content = useMemo(
    () => measureTime('derive:chart', () => build(model, defaultViewOptions(view))),
    [build, model, view],
  );
  return (
    <>
      <ChartPanel
        chart={content.charts[0]}
        missing={content.missing}
        dataset={model.dataset}
        view={to}
        navigate={navigate}
      />
      {content.moreNote ? (
        <p className="panel-more">
          <Isolated>{content.moreNote}</Isolated>
        </p>
      ) : null}
    </>
  );
}
