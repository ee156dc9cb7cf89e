import { useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';

const darkQuery = '(prefers-color-scheme: dark)';

/** The device's colour scheme, light where the browser cannot say (or outside one). */
export function readSystemTheme(): Theme {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return 'light';
  return window.matchMedia(darkQuery).matches ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function')
    return () => undefined;
  const query = window.matchMedia(darkQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * The theme to draw in: the one a link chose, else the device's, followed live (a phone that
 * turns dark at dusk turns the page with it).
 */
export function useTheme(chosen: Theme | undefined): Theme {
  const system = useSyncExternalStore(subscribe, readSystemTheme, () => 'light' as const);
  return chosen ?? system;
}
