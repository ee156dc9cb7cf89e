import { useId } from 'react';
import type { ChartSpec } from '../../charts/chartSpec';
import { ScreenChartView } from '../../charts/ScreenChartView';
import type { Dataset } from '../../data/schema/datasetSchema';
import type { ViewState } from '../../state/viewState';
import { ChartBox } from './ChartBox';
import { EmptyChart } from './EmptyChart';
import { ExportMenu } from '../exporting/ExportMenu';
import { FailureBoundary } from '../screen/FailureBoundary';

interface ChartSlotProps {
  /** The chart, or undefined when the dataset has nothing for it. */
  readonly spec: ChartSpec | undefined;
  /** What is missing, in words: "casualty figures". */
  readonly what: string;
  readonly dataset: Dataset;
  /** The view the chart belongs to, for the link printed on its exports. */
  readonly view: ViewState;
}

/**
 * A chart at its container's width with its export control, or a plain sentence where the
 * dataset has nothing to draw.
 */
export function ChartSlot({ spec, what, dataset, view }: ChartSlotProps) {
  const summaryId = useId();
  if (spec === undefined) return <EmptyChart what={what} />;
  return (
    <FailureBoundary
      title={`This chart could not be drawn: ${spec.model.frame.title}`}
      scope="The other charts, the tables and the filters are not affected."
      resetKeys={[spec.model]}
    >
      <ChartBox>
        {(width) => (
          <>
            <ScreenChartView spec={spec} width={width} describedBy={summaryId} />
            <p id={summaryId} className="chart-summary">
              {spec.model.summary}
            </p>
            <ExportMenu spec={spec} dataset={dataset} view={view} screenWidth={width} />
          </>
        )}
      </ChartBox>
    </FailureBoundary>
  );
}
