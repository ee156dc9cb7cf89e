import { explainCalendarDate } from '../data/schema/calendarDate';
import { figureModes, type FigureMode } from '../domain/claims/figureMode';
import { sortKeys, type SortKey } from '../domain/claims/sortKeys';
import { defaultView, findView, type ViewId } from '../domain/views/viewRegistry';
import { readChartEdits, writeChartEdits, type ChartEdits } from './chartEdits';

const themes = ['light', 'dark'] as const;
/** Which screen is shown, and its settings: all of it lives in the URL, so a link reopens it. */
export interface ViewState extends ChartEdits {
  readonly view: ViewId;
  /** `?dataset=`: a same-origin path; absent means the default dataset. */
  readonly dataset?: string;
  /** Compare and Over time: the metric id; absent means the view's default. */
  readonly metric?: string;
  /** Only these claimants (source ids, sorted); absent means all. */
  readonly claimants?: readonly string[];
  /** Only these metrics (ids, sorted); absent means all. */
  readonly metrics?: readonly string[];
  /** Figures dated from / up to these dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  readonly from?: string;
  readonly to?: string;
  /** Absent means the view's own default. */
  readonly mode?: FigureMode;
  /** The page's and the charts' theme, as the link chose it; absent: the system's (useTheme). */
  readonly theme?: 'light' | 'dark';
  /** All estimates: the sort column, `-` first for descending; absent means by date. */
  readonly sort?: SortKey | `-${SortKey}`;
  /**
   * The start of the dataset's fingerprint (hex) when the link was made: opened on another
   * version of the dataset, the page says so. Absent: not checked.
   */
  readonly fp?: string;
}

export const defaultViewState: ViewState = { view: defaultView.id };

/** Settings to change; a setting given as `undefined` goes back to its default. */
export type ViewChanges = { readonly [K in keyof ViewState]?: ViewState[K] | undefined };

const slugPattern = /^[a-z0-9][a-z0-9-]*$/;
const fingerprintPattern = /^[0-9a-f]{6,64}$/;

/**
 * Reads the view state from a query string. Unknown views and malformed values fall back to
 * their defaults (a stale or mistyped link still opens), and each fallback is named in
 * `notices`. Ids that are well-formed but not in the dataset are checked later, against it.
 */
export function parseViewState(search: string): { state: ViewState; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const rawView = readNonEmpty(params, 'view');
  const view = rawView === undefined ? undefined : findView(rawView);
  if (rawView !== undefined && !view) {
    notices.push(`There is no view "${rawView}"; showing the ${defaultView.title.toLowerCase()}.`);
  }
  const rawMode = readNonEmpty(params, 'mode');
  const mode = figureModes.find((m) => m === rawMode);
  if (rawMode !== undefined && !mode) {
    notices.push(`"${rawMode}" is not a mode (latest or all); showing the view's default.`);
  }
  const rawTheme = readNonEmpty(params, 'theme');
  if (rawTheme !== undefined && !themes.some((t) => t === rawTheme)) {
    notices.push(`"${rawTheme}" is not a theme (light or dark); showing this device's theme.`);
  }
  const rawSort = readNonEmpty(params, 'sort');
  const sort = sortKeys.find((c) => c === rawSort?.replace(/^-/, ''));
  if (rawSort !== undefined && !sort)
    notices.push(`"${rawSort}" is not a column to sort by; sorted by date.`);
  const readDate = (name: 'from' | 'to') => {
    const raw = readNonEmpty(params, name);
    if (raw === undefined || explainCalendarDate(raw) === undefined) return raw;
    notices.push(`"${raw}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD); "${name}" is ignored.`);
    return undefined;
  };
  const readIds = (name: 'claimants' | 'metrics') => {
    const raw = readNonEmpty(params, name);
    if (raw === undefined) return undefined;
    const ids = raw.split(',').filter((id) => id !== '');
    const bad = ids.filter((id) => !slugPattern.test(id));
    if (bad.length) notices.push(`Ignored ${name} that are not ids: ${bad.join(', ')}.`);
    const good = [...new Set(ids.filter((id) => slugPattern.test(id)))].sort();
    return good.length ? good : undefined;
  };
  const rawFp = readNonEmpty(params, 'fp')?.toLowerCase();
  const fp = rawFp && fingerprintPattern.test(rawFp) ? rawFp : undefined;
  if (rawFp !== undefined && !fp) {
    notices.push(`"${rawFp}" is not a dataset fingerprint (6 to 64 hex digits); it is ignored.`);
  }
  const entries = {
    dataset: readNonEmpty(params, 'dataset'),
    metric: readNonEmpty(params, 'metric'),
    claimants: readIds('claimants'),
    metrics: readIds('metrics'),
    from: readDate('from'),
    to: readDate('to'),
    mode,
    theme: themes.find((t) => t === rawTheme),
    sort: sort && rawSort?.startsWith('-') ? (`-${sort}` as const) : sort,
    fp,
    ...readChartEdits(params, notices),
  };
  return { state: withDefined({ view: (view ?? defaultView).id }, entries), notices };
}

/** The query string for a state, defaults left out ('' for the default state). */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.dataset) params.set('dataset', state.dataset);
  if (state.view !== defaultView.id) params.set('view', state.view);
  if (state.metric) params.set('metric', state.metric);
  if (state.claimants?.length) params.set('claimants', [...state.claimants].sort().join(','));
  if (state.metrics?.length) params.set('metrics', [...state.metrics].sort().join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.mode) params.set('mode', state.mode);
  if (state.theme) params.set('theme', state.theme);
  if (state.sort) params.set('sort', state.sort);
  if (state.fp) params.set('fp', state.fp);
  writeChartEdits(params, state);
  const query = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',').replace(/%3A/g, ':');
  return query ? `?${query}` : '';
}

/** A state with some settings changed; `undefined` removes a setting (back to its default). */
export function updateViewState(state: ViewState, changes: ViewChanges): ViewState {
  const { view = state.view, ...rest } = { ...state, ...changes };
  return withDefined({ view }, rest);
}

/** Settings left at their defaults are absent, never `undefined`, so states compare simply. */
function withDefined(base: { view: ViewId }, entries: ViewChanges): ViewState {
  const defined: Record<string, unknown> = Object.fromEntries(
    Object.entries(entries).filter(([, value]) => value !== undefined),
  );
  return { ...defined, ...base };
}

/** A parameter's value, with an empty one (`?dataset=`) counted as absent. */
function readNonEmpty(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value === null || value === '' ? undefined : value;
}
