import { loadTextMetrics } from '../lib/measureText';
import { datasetQueryOptions } from '../data/load/datasetQueryOptions';
import { pickDatasetPath } from '../data/load/shippedDataset';
import { parseViewState } from '../state/viewState';
import { loadPanelBuilders } from '../ui/views/loadPanelBuilders';
import { createQueryClient } from './queryClient';

/** The app's one query client, made here so that the dataset load can start before React. */
export const queryClient = createQueryClient();

// main.tsx imports this module before anything else, so this runs as soon as the bundle is
// parsed, before React and Recharts are evaluated: the dataset is fetched (and, unless it is the
// shipped one as built, checked in a worker) while they are, instead of after the first render.
// A failure is kept in the query, and the screen shows it. The dashboard's chart code and the
// widths charts measure text with are fetched alongside: the first chart needs them all.
const { state } = parseViewState(location.search);
const ignore = () => undefined;

// Fetched whatever the view: the dashboard is one click away, and its charts need this code.
const builders = loadPanelBuilders().catch(ignore);

/** Settles when the first screen has what it needs to draw, whether it loaded or failed. */
export const firstScreenReady: Promise<unknown> = Promise.all([
  queryClient.query(datasetQueryOptions(pickDatasetPath(state.dataset))).catch(ignore),
  state.view === 'dashboard' ? builders : undefined,
  loadTextMetrics(),
]);
