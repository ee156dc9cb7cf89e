import { viewRegistry } from './viewRegistry';

/**
 * A promise as React's `use()` reads it: React records `status` and `value` on a promise it is
 * given and, when it finds them set, reads the value without suspending. Set here as soon as the
 * code is in, so that the first render after it does not suspend and draw a fallback first.
 */
type TrackedPromise<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

const loads = new Map<string, TrackedPromise<unknown>>();

/**
 * A view's builder: one promise per view for the page's life (as `use()` needs), started with the
 * dataset's load for the dashboard's views. A failed load is forgotten, so that Try again fetches
 * it anew.
 */
export function loadViewBuilder<Builder>(view: {
  readonly id: string;
  readonly load: () => Promise<Builder>;
}): Promise<Builder> {
  const known = loads.get(view.id);
  // Each id's promise was made from that view's own load below: it holds its builder.
  if (known) return known as Promise<Builder>;
  const loading: TrackedPromise<Builder> = view.load();
  loading.then(
    (value) => Object.assign(loading, { status: 'fulfilled', value }),
    () => loads.delete(view.id),
  );
  loads.set(view.id, loading);
  return loading;
}

/** Every view's builder (one chunk): the first chart needs the dashboard's, and others follow. */
export function preloadViewBuilders(): Promise<unknown[]> {
  return Promise.all(
    viewRegistry.flatMap((view) => ('load' in view ? [loadViewBuilder<unknown>(view)] : [])),
  );
}
