import type { panelBuilders } from './panelBuilders';

export type PanelBuilders = typeof panelBuilders;

/**
 * A promise as React's `use()` reads it: React records `status` and `value` on a promise it is
 * given and, when it finds them set, reads the value without suspending. Set here as soon as the
 * code is in, so that the first render after it does not suspend and draw a fallback first.
 */
type TrackedPromise<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

let builders: TrackedPromise<PanelBuilders> | undefined;

/**
 * The dashboard's chart builders: one promise for the page's life (as `use()` needs), started
 * with the dataset's load. A failed load is forgotten, so that Try again fetches it anew.
 */
export function loadPanelBuilders(): Promise<PanelBuilders> {
  if (builders) return builders;
  const loading: TrackedPromise<PanelBuilders> = import('./panelBuilders').then(
    (m) => m.panelBuilders,
  );
  loading.then(
    (value) => Object.assign(loading, { status: 'fulfilled', value }),
    () => {
      builders = undefined;
    },
  );
  builders = loading;
  return loading;
}
