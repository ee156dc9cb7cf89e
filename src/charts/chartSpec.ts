import type { OverTimeModel } from '../domain/buildOverTimeChart';
import type { RowChartModel } from '../domain/chartModel';

/** What to draw: a chart's kind and model. Views draw it on screen; exports draw it as an image. */
export type ChartSpec =
  | { readonly kind: 'rows'; readonly model: RowChartModel }
  | { readonly kind: 'time'; readonly model: OverTimeModel };

export function toRowSpec(model: RowChartModel): ChartSpec {
  return { kind: 'rows', model };
}

export function toTimeSpec(model: OverTimeModel): ChartSpec {
  return { kind: 'time', model };
}
