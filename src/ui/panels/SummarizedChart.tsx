import { useId } from 'react';
import { ChartView } from '../../charts/ChartView';
import { Isolated } from '../../charts/Isolated';
import type { ChartModel } from '../../domain/charts/chartModel';

/**
 * A chart with its plain-language summary under it, which is the chart's accessible description.
 * The id is each drawing's own: a baked page holds one drawing per layout until React takes over.
 */
export function SummarizedChart({ chart, width }: { chart: ChartModel; width: number }) {
  const summaryId = useId();
  return (
    <>
      <ChartView model={chart} width={width} describedBy={summaryId} />
      <p id={summaryId} className="chart-summary">
        <Isolated>{chart.summary}</Isolated>
      </p>
    </>
  );
}
