import type { ChartKindId, ChartModel } from '../domain/charts/chartModel';
import type { ChartKind } from './chartKind';
import { rowChartKind } from './rows/rowChartKind';
import { timeChartKind } from './time/timeChartKind';

type ModelOf<Kind extends ChartKindId> = Extract<ChartModel, { kind: Kind }>;

/**
 * Every kind of chart, by the `kind` its models carry: the one place a chart's kind is told
 * apart. The screen, the exports (image, scale, CSV) and the tests ask it, never `if (kind)`.
 */
export const chartKinds: { readonly [Kind in ChartKindId]: ChartKind<ModelOf<Kind>> } = {
  rows: rowChartKind,
  time: timeChartKind,
};

/** The entry of a model's kind. */
export function getChartKind<Kind extends ChartKindId>(
  model: ModelOf<Kind>,
): ChartKind<ModelOf<Kind>> {
  return chartKinds[model.kind];
}

/** Fetches the code of every kind's drawing that loads on demand (see ChartKind.preloadChart). */
export function preloadChartDrawings(): Promise<unknown> {
  const kinds: readonly { readonly preloadChart?: () => Promise<unknown> }[] =
    Object.values(chartKinds);
  return Promise.all(kinds.flatMap((kind) => (kind.preloadChart ? [kind.preloadChart()] : [])));
}
