import { queryOptions } from '@tanstack/react-query';
import { DatasetError } from '../datasetErrors';
import { loadDataset } from './loadDataset';
import { setLoadProgress } from './loadProgress';

const maxAutomaticRetries = 2;

export function datasetQueryOptions(path: string) {
  return queryOptions({
    queryKey: ['dataset', path] as const,
    queryFn: ({ signal }) =>
      loadDataset(path, { signal, onProgress: (progress) => setLoadProgress(path, progress) }),
    // A dataset is a file: it does not change while the page is open.
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    // Passing faults are retried (after 1 s, then 2 s); invalid data is not: it stays invalid.
    retry: (failureCount, error) =>
      error instanceof DatasetError &&
      error.retriedAutomatically &&
      failureCount < maxAutomaticRetries,
    retryDelay: (attempt) => 1000 * 2 ** attempt,
    // The load starts before the screen mounts (main.tsx); a failure it already met is shown
    // as it is, not fetched again, so one page load makes one series of attempts.
    retryOnMount: false,
  });
}
