import { Suspense, use, useMemo } from 'react';
import { measureTime } from '../../lib/measureTime';
import type { DatasetModel } from '../../domain/claims/prepareDataset';
import type { ViewState } from '../../state/viewState';
import { ChartSlot } from '../panels/ChartSlot';
import { FailureBoundary } from '../screen/FailureBoundary';
import { Panel } from '../panels/Panel';
import { useRevealInTurn } from './useRevealInTurn';
import { loadPanelBuilders, type PanelBuilders } from './loadPanelBuilders';
import { viewTitles } from './viewTitles';
import type { ViewProps } from './viewProps';

/** Each panel: what it shows, in words for when it is missing. */
const panels: readonly { readonly view: keyof PanelBuilders; readonly what: string }[] = [
  { view: 'casualties', what: 'casualty figures' },
  { view: 'over-time', what: 'dated figures' },
  { view: 'forces', what: 'figures for forces deployed' },
  { view: 'equipment', what: 'figures for equipment or munitions' },
];

/**
 * Every view's chart at once, so that all the figures are in sight on arrival. Each panel builds
 * its own chart inside its own boundary: one that fails leaves the others standing.
 */
export function Dashboard({ model, state, navigate }: ViewProps) {
  const shown = useRevealInTurn(panels.length);
  return (
    <div className="dashboard-grid">
      {panels.map(({ view, what }, index) => (
        <Panel
          key={view}
          id={`panel-${view}`}
          title={viewTitles[view]}
          to={{ ...state, view }}
          navigate={navigate}
        >
          <FailureBoundary
            title={`This chart could not be drawn: ${viewTitles[view]}`}
            scope="The other panels are not affected."
            resetKeys={[model]}
          >
            {index < shown ? (
              <Suspense fallback={<DrawingChart title={viewTitles[view]} />}>
                <PanelChartSlot model={model} what={what} panel={view} view={{ ...state, view }} />
              </Suspense>
            ) : (
              <DrawingChart title={viewTitles[view]} />
            )}
          </FailureBoundary>
        </Panel>
      ))}
    </div>
  );
}

/** Where a chart will be, while its code arrives or the charts before it are drawn. */
function DrawingChart({ title }: { title: string }) {
  return <p className="chart-loading">Drawing {title}&hellip;</p>;
}

interface PanelChartSlotProps {
  readonly model: DatasetModel;
  readonly what: string;
  readonly panel: keyof PanelBuilders;
  /** The full view the panel opens, for the link printed on exports. */
  readonly view: ViewState;
}

/** A panel's chart, built once the builders' code is in (it suspends until then). */
function PanelChartSlot({ model, what, panel, view }: PanelChartSlotProps) {
  const build = use(loadPanelBuilders())[panel];
  const chart = useMemo(() => measureTime('derive:chart', () => build(model)), [build, model]);
  return (
    <>
      <ChartSlot spec={chart.spec} what={what} dataset={model.dataset} view={view} />
      {chart.note ? <p className="panel-more">{chart.note}</p> : null}
    </>
  );
}
