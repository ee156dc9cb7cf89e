import type { QueryClient } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/load/datasetQueryOptions';
import { defaultDatasetPath } from '../data/load/shippedDataset';
import { readSystemTheme } from '../lib/useTheme';

/**
 * Whether this page may show the markup baked at build time: the default view of the default
 * dataset (no query) in the light theme. scripts/bakedBoot.js asks the same before the first
 * paint; this asks again in case that script did not run.
 */
export function isBakedLink(search: string): boolean {
  return search.length <= 1 && readSystemTheme() === 'light';
}

/**
 * The baked markup (#baked), where this page shows it, for React to take over: given once the
 * first screen's data and code are in (`ready`), or undefined where the dataset did not load
 * (the markup is then dropped, and the loading card and the error take its place). Undefined
 * at once on a page without baked markup, or one whose link is not the baked one.
 */
export function takeBakedScreen(
  ready: Promise<unknown>,
  client: QueryClient,
): Promise<HTMLElement | undefined> | undefined {
  const container = document.getElementById('baked');
  if (!container) return undefined;
  if (!isBakedLink(location.search)) {
    document.documentElement.dataset.baked = 'off';
    container.remove();
    return undefined;
  }
  return ready.then(() => {
    const key = datasetQueryOptions(defaultDatasetPath).queryKey;
    if (client.getQueryState(key)?.status === 'success') return container;
    container.remove();
    return undefined;
  });
}
