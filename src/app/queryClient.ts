import { QueryClient } from '@tanstack/react-query';

/** One client for the app; per-query policies (retries, staleness) live with each query. */
export function createQueryClient(): QueryClient {
  return new QueryClient();
}
