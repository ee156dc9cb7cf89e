import { lazy, Suspense } from 'react';
import type { ChartViewProps } from './ChartView';
import { RowChart } from './rows/RowChart';

// Only bar charts are needed for the dashboard's first chart; the line chart (its own part of
// Recharts, its ticks and labels) loads alongside, not before it.
const OverTimeChart = lazy(() =>
  import('./time/OverTimeChart').then((m) => ({ default: m.OverTimeChart })),
);

/**
 * A chart on screen. Exports draw with ChartView, which has every chart at hand: an image is
 * rendered at once and cannot wait for code to arrive.
 */
export function ScreenChartView({ spec, ...size }: ChartViewProps) {
  if (spec.kind === 'rows') return <RowChart model={spec.model} {...size} />;
  return (
    <Suspense
      fallback={
        <p className="chart-loading" role="status">
          Drawing {spec.model.frame.title}&hellip;
        </p>
      }
    >
      <OverTimeChart model={spec.model} {...size} />
    </Suspense>
  );
}
