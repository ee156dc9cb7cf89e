import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, useMemo } from 'react';
import { datasetQueryOptions } from '../data/load/datasetQueryOptions';
import { pickDatasetPath } from '../data/load/shippedDataset';
import { useTheme } from '../lib/useTheme';
import { BasicDatasetError } from '../ui/loading/BasicDatasetError';
import { LoadingState } from '../ui/loading/LoadingState';
import { EmbedScreen } from '../ui/screen/EmbedScreen';
import { parseViewState } from '../state/viewState';

interface EmbedAppProps {
  /** The view state, as a query: the page's own, or the one a baked embed was made for. */
  readonly search: string;
  /** The app's page, relative to this one. */
  readonly appPath: string;
}

/** An embed page (embed.html, embed-*.html): loads the dataset its state names, shows one chart. */
export function EmbedApp({ search, appPath }: EmbedAppProps) {
  const state = useMemo(() => parseViewState(search).state, [search]);
  const theme = useTheme(state.theme);
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const path = pickDatasetPath(state.dataset);
  const query = useQuery(datasetQueryOptions(path));
  if (query.isPending) return <LoadingState path={path} attempt={query.failureCount} />;
  if (query.isError) {
    return (
      <BasicDatasetError error={query.error} path={path} onRetry={() => void query.refetch()} />
    );
  }
  return <EmbedScreen dataset={query.data} state={state} appPath={appPath} />;
}
