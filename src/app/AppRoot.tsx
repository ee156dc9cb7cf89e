import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { BakedLayoutContext, type BakedLayout } from '../lib/bakedLayout';

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
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <BakedLayoutContext value={baked}>{children}</BakedLayoutContext>
      </QueryClientProvider>
    </StrictMode>
  );
}
