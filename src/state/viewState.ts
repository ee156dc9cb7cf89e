/** Which screen is shown, and its settings: all of it lives in the URL, so a link reopens it. */
export const viewIds = [
  'dashboard',
  'casualties',
  'over-time',
  'forces',
  'equipment',
  'estimates',
] as const;
export type ViewId = (typeof viewIds)[number];

export interface ViewState {
  readonly view: ViewId;
  /** `?dataset=`: a same-origin path; absent means the default dataset. */
  readonly dataset?: string;
  /** Over time: the metric id; absent means the view's default. */
  readonly metric?: string;
  /** Casualties: show figures as of this month (`YYYY-MM`); absent means the latest. */
  readonly asOf?: string;
}

export const defaultViewState: ViewState = { view: 'dashboard' };

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Reads the view state from a query string. Unknown views and malformed values fall back to
 * their defaults (a stale link still opens), and each fallback is named in `notices`.
 */
export function parseViewState(search: string): { state: ViewState; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const rawView = readNonEmpty(params, 'view') ?? null;
  const view = viewIds.find((id) => id === rawView);
  if (rawView !== null && !view)
    notices.push(`There is no view "${rawView}"; showing the dashboard.`);
  const dataset = readNonEmpty(params, 'dataset');
  const metric = readNonEmpty(params, 'metric');
  const rawAsOf = readNonEmpty(params, 'asOf') ?? null;
  const asOf = rawAsOf !== null && monthPattern.test(rawAsOf) ? rawAsOf : undefined;
  if (rawAsOf !== null && !asOf)
    notices.push(`"${rawAsOf}" is not a month (YYYY-MM); showing the latest figures.`);
  return {
    state: {
      view: view ?? 'dashboard',
      ...(dataset ? { dataset } : {}),
      ...(metric ? { metric } : {}),
      ...(asOf ? { asOf } : {}),
    },
    notices,
  };
}

/** The query string for a state, defaults left out (`?` alone is returned as ''). */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.dataset) params.set('dataset', state.dataset);
  if (state.view !== 'dashboard') params.set('view', state.view);
  if (state.metric) params.set('metric', state.metric);
  if (state.asOf) params.set('asOf', state.asOf);
  const query = params.toString().replace(/%2F/g, '/');
  return query ? `?${query}` : '';
}

/** A parameter's value, with an empty one (`?dataset=`) counted as absent. */
function readNonEmpty(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value === null || value === '' ? undefined : value;
}
