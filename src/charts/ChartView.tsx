import type { ChartDrawing, ChartSpec } from './chartSpec';
import { RowChart } from './rows/RowChart';
import { OverTimeChart } from './time/OverTimeChart';

export type ChartViewProps = Omit<ChartDrawing<unknown>, 'model'> & { readonly spec: ChartSpec };

/** Any chart from its spec, on screen or for an export. */
export function ChartView({ spec, ...size }: ChartViewProps) {
  return spec.kind === 'rows' ? (
    <RowChart model={spec.model} {...size} />
  ) : (
    <OverTimeChart model={spec.model} {...size} />
  );
}
