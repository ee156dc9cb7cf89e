import { queryOptions } from '@tanstack/react-query';
import { listStoredDatasets } from '../data/datasetStore';

/** The datasets kept in this browser, as the picker lists them; refreshed after every change. */
export const storedDatasetsQuery = queryOptions({
  queryKey: ['stored-datasets'] as const,
  queryFn: () => listStoredDatasets(),
  retry: false,
  refetchOnWindowFocus: true,
});
