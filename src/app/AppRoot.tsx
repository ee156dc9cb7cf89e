import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect, type ReactNode } from 'react';
import { BakedLayoutContext, type BakedLayout } from '../lib/bakedLayout';
import { replayEarlyInput } from './replayEarlyInput';

interface AppRootProps {
  readonly client: QueryClient;
  /** Set when drawing the page baked at build time, and when taking it over in the browser. */
  readonly baked?: BakedLayout;
  readonly children: ReactNode;
}

/**
 * What every page is drawn inside, in the browser and at build time alike: hydration needs the
 * two trees to be the same, provider for provider.
 */
export function AppRoot({ client, baked, children }: AppRootProps) {
  // After the first commit, so the page's listeners (the drop target's) are in; and outside
  // React's commit, as a press on a part not yet hydrated makes React hydrate it there and then.
  useEffect(() => {
    const timer = setTimeout(replayEarlyInput);
    return () => clearTimeout(timer);
  }, []);
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <BakedLayoutContext value={baked}>{children}</BakedLayoutContext>
      </QueryClientProvider>
    </StrictMode>
  );
}
