import { applyChartEdits } from '../domain/charts/applyChartEdits';
import type { ChartModel } from '../domain/charts/chartModel';
import { hasChartEdits } from './chartEdits';
import type { ViewState } from './viewState';

/**
 * A view's charts with the link's edits on the one they name (`chart`, else the view's first):
 * the others are left as built. A chart id the view does not have is said, and nothing edited.
 */
export function applyViewEdits(
  charts: readonly ChartModel[],
  state: ViewState,
): { charts: readonly ChartModel[]; notices: string[]; editedId?: string } {
  if (!hasChartEdits(state)) return { charts, notices: [] };
  const target = state.chart ?? charts[0]?.id;
  const index = charts.findIndex((chart) => chart.id === target);
  const chart = charts[index];
  if (!chart) {
    const named = state.chart ? ` "${state.chart}"` : '';
    return {
      charts,
      notices: [`This view has no chart${named} for the briefer's edits; they are not shown.`],
    };
  }
  const edited = applyChartEdits(chart, state);
  return { charts: charts.with(index, edited.chart), notices: edited.notices, editedId: chart.id };
}

/** Which of a view's charts a link is about: the one it names, else the first. */
export function pickViewChart(
  charts: readonly ChartModel[],
  state: Pick<ViewState, 'chart'>,
): ChartModel | undefined {
  return state.chart === undefined ? charts[0] : charts.find((chart) => chart.id === state.chart);
}
