import type { ReactNode } from 'react';
import type { Dataset } from '../../data/schema/datasetSchema';
import type { ChartModel } from '../../domain/charts/chartModel';
import { updateViewState, type ViewState } from '../../state/viewState';
import { suggestAsOf } from '../../domain/compare/suggestAsOf';
import { ViewLink } from '../screen/ViewLink';
import { ExportMenu } from '../exporting/ExportMenu';
import { FailureBoundary } from '../screen/FailureBoundary';
import { ChartBox } from './ChartBox';
import { SummarizedChart } from './SummarizedChart';
import { EmptyChart } from './EmptyChart';
import { clearChartEdits, type ChartEdits } from '../../state/chartEdits';
import { EditMenu } from '../editing/EditMenu';
import { AddToBriefing } from '../briefing/AddToBriefing';

interface ChartPanelProps {
  /** The chart, or undefined when the dataset has nothing for it. */
  readonly chart: ChartModel | undefined;
  /** What the dataset has none of, in words: "casualty figures". */
  readonly missing: string;
  readonly dataset: Dataset;
  /** The view the chart belongs to, for the link printed on its exports. */
  readonly view: ViewState;
  readonly navigate: (state: ViewState) => void;
  /** The briefer's edits the link carries for this chart, where it is the edited one. */
  readonly edits?: ChartEdits;
  /** Below the chart: its table, where the view shows one. */
  readonly children?: ReactNode;
}

/**
 * A chart as every view shows it: at its container's width, its summary under it, its export
 * control and (in full views) its table; or a plain sentence where the dataset has nothing to draw.
 */
export function ChartPanel(props: ChartPanelProps) {
  const { chart, missing, dataset, view, navigate, edits, children } = props;
  if (chart === undefined) return <EmptyChart what={missing} />;
  // This chart's own link: its edits, never another chart's of the same view.
  const own = edits ? view : updateViewState(view, clearChartEdits);
  return (
    <>
      <FailureBoundary
        title={`This chart could not be drawn: ${chart.frame.title}`}
        scope="The other charts, the tables and the filters are not affected."
        resetKeys={[chart]}
      >
        <ChartBox>
          {(width) => (
            <>
              <SummarizedChart chart={chart} width={width} />
              <AsOfHint chart={chart} view={view} navigate={navigate} />
              <div className="chart-actions">
                <EditMenu chart={chart} edits={edits} view={own} navigate={navigate} />
                <AddToBriefing chart={chart} view={own} />
                <ExportMenu chart={chart} dataset={dataset} view={own} screenWidth={width} />
              </div>
            </>
          )}
        </ChartBox>
      </FailureBoundary>
      {children}
    </>
  );
}

/**
 * Where a comparison's ends were given far apart in time, the way to compare figures of one
 * time: a link that draws the view as of the end of the earlier end's month. On screen only: an
 * exported chart states the gap and leaves out what to click.
 */
function AsOfHint({
  chart,
  view,
  navigate,
}: Pick<ChartPanelProps, 'view' | 'navigate'> & { chart: ChartModel }) {
  const spread = 'spread' in chart ? chart.spread : undefined;
  const suggestion = spread && suggestAsOf(spread);
  if (!suggestion || view.to === suggestion.value) return null;
  return (
    <p className="as-of-hint">
      <ViewLink
        to={updateViewState(view, { to: suggestion.value })}
        navigate={navigate}
        className="button-link"
      >
        Compare them as of the {suggestion.label}
      </ViewLink>{' '}
      <span className="as-of-hint-why">(figures of one time, later ones left out)</span>
    </p>
  );
}
