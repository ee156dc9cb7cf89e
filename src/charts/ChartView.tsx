import type { ChartSpec } from './chartSpec';
import { RowChart } from './rows/RowChart';
import { OverTimeChart } from './time/OverTimeChart';

export interface ChartViewProps {
  readonly spec: ChartSpec;
  readonly width: number;
  readonly height?: number;
  readonly interactive?: boolean;
}

/** Any chart from its spec, on screen or for an export. */
export function ChartView({ spec, ...size }: ChartViewProps) {
  return spec.kind === 'rows' ? (
    <RowChart model={spec.model} {...size} />
  ) : (
    <OverTimeChart model={spec.model} {...size} />
  );
}
