import { useId, type ReactNode } from 'react';
import { ChartView } from '../../charts/ChartView';
import type { Dataset } from '../../data/schema/datasetSchema';
import type { ChartModel } from '../../domain/charts/chartModel';
import type { ViewState } from '../../state/viewState';
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
  /** Below the chart: its table, where the view shows one. */
  readonly children?: ReactNode;
}

/**
 * A chart as every view shows it: at its container's width, its summary under it, its export
 * control and (in full views) its table; or a plain sentence where the dataset has nothing to draw.
 */
export function ChartPanel({ chart, missing, dataset, view, children }: ChartPanelProps) {
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
              <ExportMenu chart={chart} dataset={dataset} view={view} screenWidth={width} />
            </>
          )}
        </ChartBox>
      </FailureBoundary>
      {children}
    </>
  );
}
