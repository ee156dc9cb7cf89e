import type { Dataset } from '../../data/schema/datasetSchema';
import type { ChartModel } from '../../domain/charts/chartModel';
import { applyFilters } from '../../domain/claims/applyFilters';
import type { DatasetModel } from '../../domain/claims/prepareDataset';
import { loadViewBuilder } from '../../domain/views/loadViewBuilder';
import { getView } from '../../domain/views/viewRegistry';
import { readFilters, readViewOptions } from '../readViewOptions';
import { resolveViewState } from '../resolveViewState';
import { parseViewState, type ViewState } from '../viewState';

export interface SlideChart {
  /** The link's state, checked against the dataset (resolveViewState). */
  readonly state: ViewState;
  /** The chart the link names (`chart=`), else its view's first; undefined where there is none. */
  readonly chart: ChartModel | undefined;
  /** What the link asked that could not be shown as asked, in words for the person. */
  readonly notices: string[];
}

/**
 * One slide's chart, drawn from its link as the view itself draws it: the same filters, options
 * and builder, so that a slide shows what the link showed. The briefer's edits are in `state`,
 * not yet on the chart. `model` is the whole dataset's (prepareDataset(dataset)).
 */
export async function buildSlideChart(
  model: DatasetModel,
  dataset: Dataset,
  link: string,
): Promise<SlideChart> {
  const parsed = parseViewState(link);
  const resolved = resolveViewState(parsed.state, dataset);
  const { state } = resolved;
  const notices = [...parsed.notices, ...resolved.notices];
  const view = getView(state.view);
  if (view.layout !== 'charts') {
    notices.push(`${view.title} is not a view of charts: a slide shows one chart.`);
    return { state, chart: undefined, notices };
  }
  const build = await loadViewBuilder(view);
  const filters = readFilters(state);
  const content = build(applyFilters(model, filters), readViewOptions(view, state, filters));
  notices.push(...(content.notices ?? []));
  const [first] = content.charts;
  if (!first) {
    notices.push(`This dataset has no ${content.missing}: the slide has no chart.`);
    return { state, chart: undefined, notices };
  }
  const named =
    state.chart === undefined ? first : content.charts.find((c) => c.id === state.chart);
  if (!named) {
    const ids = content.charts.map((c) => `"${c.id}"`).join(', ');
    notices.push(
      `${view.title} has no chart "${String(state.chart)}" with this dataset (it has ${ids}); the first is shown.`,
    );
  }
  return { state, chart: named ?? first, notices };
}
