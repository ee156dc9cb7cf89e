import type { OverTimeModel } from '../domain/charts/chartModel';
import type { RowChartModel } from '../domain/charts/chartModel';

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

/** How any chart is drawn: at a width, at a fixed height or its own, interactive or not. */
export interface ChartDrawing<Model> {
  readonly model: Model;
  readonly width: number;
  /** A fixed height (export sizes); otherwise the chart is as tall as it needs. */
  readonly height?: number;
  /** Focusable marks that open each claim's card; off in exported images. */
  readonly interactive?: boolean;
  /** The id of the chart's plain-language summary, its accessible description. */
  readonly describedBy?: string;
}
