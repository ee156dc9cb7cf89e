import type { OverTimeModel } from '../../domain/charts/chartModel';
import { createPreloadable } from '../../lib/createPreloadable';
import type { ChartKind, DrawnFigure } from '../chartKind';

const drawing = createPreloadable(() => import('./OverTimeChart').then((m) => m.OverTimeChart));

/**
 * Lines, one per claimant, on a date axis. Its drawing (its own part of Recharts, its ticks and
 * labels) and its layout load alongside the first chart, not before it.
 */
export const timeChartKind: ChartKind<OverTimeModel> = {
  Chart: drawing.Component,
  preloadChart: drawing.preload,
  loadLayout: () => import('./layoutTimeChart').then((m) => m.layoutTimeChart),
  listFigures: listTimeFigures,
  loadSplitPages: () => import('./splitTimePages').then((m) => m.splitTimePages),
  // Larger value labels would collide and go unlabelled: points keep the floor sizes.
  slideGrowth: 1,
};

/** Each line's points, under the claimant's name; every figure on a line is comparable. */
function listTimeFigures(model: OverTimeModel): DrawnFigure[] {
  return model.series.flatMap((series) =>
    series.points.map((point) => ({ claim: point.claim, group: series.label, comparable: true })),
  );
}
