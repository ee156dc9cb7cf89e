import { use, type ComponentType } from 'react';

/**
 * A component whose code loads on demand, like React.lazy, with a way to fetch it ahead: once
 * fetched, it draws at once. (React.lazy suspends on its first render even when its code is
 * already in, showing the nearest fallback for a moment.)
 */
export function createPreloadable<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): { readonly Component: ComponentType<Props>; readonly preload: () => Promise<unknown> } {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  function Preloadable(props: Props) {
    const Loaded = loaded ?? use(preload());
    return <Loaded {...props} />;
  }
  return { Component: Preloadable, preload };
}
