import { queryOptions } from '@tanstack/react-query';
import { listStoredDatasets } from '../../data/store/datasetStore';
import { storedDatasetsKey } from './storedDatasetsKey';

/** The datasets kept in this browser, as the picker lists them; refreshed after every change. */
export const storedDatasetsQuery = queryOptions({
  queryKey: storedDatasetsKey,
  queryFn: () => listStoredDatasets(),
  retry: false,
  refetchOnWindowFocus: true,
});
