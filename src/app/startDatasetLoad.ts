import { datasetQueryOptions } from '../data/datasetQueryOptions';
import { pickDatasetPath } from '../data/shippedDataset';
import { parseViewState } from '../state/viewState';
import { createQueryClient } from './queryClient';

/** The app's one query client, made here so that the dataset load can start before React. */
export const queryClient = createQueryClient();

// main.tsx imports this module before anything else, so this runs as soon as the bundle is
// parsed, before React and Recharts are evaluated: the dataset is fetched (and, unless it is the
// shipped one as built, checked in a worker) while they are, instead of after the first render.
// A failure is kept in the query, and the screen shows it.
const { state } = parseViewState(location.search);
queryClient.query(datasetQueryOptions(pickDatasetPath(state.dataset))).catch(() => undefined);
