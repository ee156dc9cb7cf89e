import { loadTextMetrics } from '../lib/measureText';
import { datasetQueryOptions } from '../data/load/datasetQueryOptions';
import { pickDatasetPath } from '../data/load/shippedDataset';
import { getView } from '../domain/views/viewRegistry';
import { parseViewState } from '../state/viewState';
import { preloadViewBuilders } from '../domain/views/loadViewBuilder';
import { createQueryClient } from './queryClient';
import { loadCallouts } from '../charts/annotation/loadCallouts';

/** The app's one query client, made here so that the dataset load can start before React. */
export const queryClient = createQueryClient();

// main.tsx imports this module before anything else, so this runs as soon as the bundle is
// parsed, before React and Recharts are evaluated: the dataset is fetched (and, unless it is the
// shipped one as built, checked in a worker) while they are, instead of after the first render.
// A failure is kept in the query, and the screen shows it. The dashboard's chart code and the
// widths charts measure text with are fetched alongside: the first chart needs them all.
const { state } = parseViewState(location.search);
const ignore = () => undefined;

// Every view's builder, one chunk, fetched whatever the view: the dashboard is one click away.
const builders = preloadViewBuilders().catch(ignore);

// A briefer's edited chart (a link with a callout) also needs the callout's placement code.
const callouts = state.callout === undefined ? undefined : loadCallouts().catch(ignore);

/** Settles when the first screen has what it needs to draw, whether it loaded or failed. */
export const firstScreenReady: Promise<unknown> = Promise.all([
  callouts,
  queryClient.query(datasetQueryOptions(pickDatasetPath(state.dataset))).catch(ignore),
  getView(state.view).layout === 'panels' ? builders : undefined,
  loadTextMetrics(),
]);
