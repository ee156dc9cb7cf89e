import type { Dataset } from '../data/schema/datasetSchema';
import { updateViewState, type ViewState } from './viewState';

/**
 * The view state checked against the dataset it opens: claimants and metrics a link names but
 * the dataset does not have (a stale link, another version of the data) are dropped, each with
 * a notice, so that the view still opens, never crashes, and says what it ignored.
 */
export function resolveViewState(
  state: ViewState,
  dataset: Dataset,
): { state: ViewState; notices: string[] } {
  const notices: string[] = [];
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const metricIds = new Set(dataset.metrics.map((m) => m.id));
  const keep = (ids: readonly string[] | undefined, known: Set<string>, what: string) => {
    if (!ids) return undefined;
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) {
      notices.push(
        `This dataset has no ${what} ${unknown.map((id) => `"${id}"`).join(', ')}; ignored.`,
      );
    }
    const kept = ids.filter((id) => known.has(id));
    return kept.length ? kept : undefined;
  };
  const metric =
    state.metric !== undefined && !metricIds.has(state.metric) ? undefined : state.metric;
  if (state.metric !== undefined && metric === undefined) {
    notices.push(`This dataset has no metric "${state.metric}"; showing the view's default.`);
  }
  const resolved = updateViewState(state, {
    claimants: keep(state.claimants, sourceIds, 'claimant'),
    metrics: keep(state.metrics, metricIds, 'metric'),
    metric,
  });
  return { state: resolved, notices };
}
