import type { RowChartModel } from '../../domain/charts/chartModel';
import type { ChartKind, DrawnFigure } from '../chartKind';
import { layoutRowChart } from './layoutRowChart';
import { RowChart } from './RowChart';

/** Bars, one row per figure in groups under headings: drawn at once (the first chart is one). */
export const rowChartKind: ChartKind<RowChartModel> = {
  Chart: RowChart,
  loadLayout: () => Promise.resolve(layoutRowChart),
  listFigures: listRowFigures,
  loadSplitPages: () => import('./splitRowPages').then((m) => m.splitRowPages),
  // A few bars fill a slide with larger names and figures.
  slideGrowth: 1.5,
};

/** Each row's figure under the heading above it; rows set apart are not comparable. */
function listRowFigures(model: RowChartModel): DrawnFigure[] {
  const figures: DrawnFigure[] = [];
  let group = '';
  for (const row of model.rows) {
    if (row.kind === 'heading') group = row.label;
    else figures.push({ claim: row.figure, group, comparable: !row.muted });
  }
  return figures;
}
