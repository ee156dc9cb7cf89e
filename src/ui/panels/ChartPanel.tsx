import { useId, type ReactNode } from 'react';
import { ChartView } from '../../charts/ChartView';
import type { Dataset } from '../../data/schema/datasetSchema';
import type { ChartModel } from '../../domain/charts/chartModel';
import { updateViewState, type ViewState } from '../../state/viewState';
import { suggestAsOf } from '../../domain/compare/suggestAsOf';
import { ViewLink } from '../screen/ViewLink';
import { ExportMenu } from '../exporting/ExportMenu';
import { FailureBoundary } from '../screen/FailureBoundary';
import { ChartBox } from './ChartBox';
import { EmptyChart } from './EmptyChart';
import { Isolated } from '../../charts/Isolated';

interface ChartPanelProps {
  /** The chart, or undefined when the dataset has nothing for it. */
  readonly chart: ChartModel | undefined;
  /** What the dataset has none of, in words: "casualty figures". */
  readonly missing: string;
  readonly dataset: Dataset;
  /** The view the chart belongs to, for the link printed on its exports. */
  readonly view: ViewState;
  readonly navigate: (state: ViewState) => void;
  /** Below the chart: its table, where the view shows one. */
  readonly children?: ReactNode;
}

/**
 * A chart as every view shows it: at its container's width, its summary under it, its export
 * control and (in full views) its table; or a plain sentence where the dataset has nothing to draw.
 */
export function ChartPanel({ chart, missing, dataset, view, navigate, children }: ChartPanelProps) {
  const summaryId = useId();
  if (chart === undefined) return <EmptyChart what={missing} />;
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
              <ChartView model={chart} width={width} describedBy={summaryId} />
              <p id={summaryId} className="chart-summary">
                <Isolated>{chart.summary}</Isolated>
              </p>
              <AsOfHint chart={chart} view={view} navigate={navigate} />
              <ExportMenu chart={chart} dataset={dataset} view={view} screenWidth={width} />
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
