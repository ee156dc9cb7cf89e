import { serializeViewState, updateViewState, type ViewState } from '../viewState';

/**
 * A slide's link for one chart of a view: the view, its filters and the edits, and the chart's
 * id; never the dataset file (a briefing belongs to its dataset), its fingerprint (the briefing
 * file names it once) or the theme (slides are drawn light).
 */
export function makeSlideLink(view: ViewState, chart: string): string {
  const slide = updateViewState(view, {
    chart,
    dataset: undefined,
    fp: undefined,
    theme: undefined,
  });
  return serializeViewState(slide) || '?';
}
