import { Suspense } from 'react';
import type { ChartModel } from '../domain/charts/chartModel';
import type { ChartDrawing } from './chartKind';
import { getChartKind } from './chartKindRegistry';
import { Isolated } from './Isolated';

/**
 * Any chart, drawn by its kind: on screen, and off screen for an export. A kind whose code loads
 * on demand (the line chart) says it is being drawn until it arrives.
 */
export function ChartView({ model, ...drawing }: ChartDrawing<ChartModel>) {
  const { Chart } = getChartKind(model);
  return (
    <Suspense
      fallback={
        <p className="chart-loading" role="status">
          Drawing <Isolated>{model.frame.title}</Isolated>&hellip;
        </p>
      }
    >
      <Chart model={model} {...drawing} />
    </Suspense>
  );
}
