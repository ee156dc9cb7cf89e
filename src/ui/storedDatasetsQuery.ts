import { queryOptions } from '@tanstack/react-query';
import { listStoredDatasets } from '../data/datasetStore';

/** The datasets kept in this browser, as the picker lists them; refreshed after every change. */
export const storedDatasetsQuery = queryOptions({
  queryKey: ['stored-datasets'] as const,
  queryFn: () => listStoredDatasets(),
  retry: false,
  refetchOnWindowFocus: true,
});

/** When a dataset was imported, to the minute, in the reader's time zone. */
export function formatImportedAt(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
