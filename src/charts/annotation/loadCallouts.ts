import { createElement, type ReactElement } from 'react';
import type { ChartAnnotation } from '../../domain/charts/chartModel';
import type { Callouts } from './callouts';
import type { PlacedCallout } from './placeCallout';

/**
 * The seam between every chart and the briefer's callout: the only part of it in the bundle the
 * page loads at start. Placing a callout clear of marks and labels takes code that only a chart
 * whose link carries one needs, so it arrives on demand (callouts.ts), and is kept here once in.
 */

/** A promise as React's `use()` reads it (see loadViewBuilder): settled, it does not suspend. */
type TrackedPromise<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

let loaded: Callouts | undefined;
let loading: TrackedPromise<void> | undefined;

/** Whether a chart draws a callout at all: words that are only blanks are none. */
export function hasCallout(model: { readonly annotation?: ChartAnnotation }): boolean {
  return Boolean(model.annotation?.text.trim());
}

/**
 * The callout code: one promise for the page's life (as `use()` needs), which the drawing of a
 * chart with a callout suspends on and an export awaits before laying out. A failed load is
 * forgotten, so that drawing again fetches it anew.
 */
export function loadCallouts(): Promise<void> {
  if (loading) return loading;
  const started: TrackedPromise<void> = import('./callouts').then((module) => {
    loaded = module.callouts;
  });
  started.then(
    () => Object.assign(started, { status: 'fulfilled', value: undefined }),
    () => {
      loading = undefined;
    },
  );
  loading = started;
  return started;
}

/**
 * The callout code, which a layout asks for only where the chart has a callout. Not in yet is a
 * mistake of the caller's (it should have awaited or suspended on loadCallouts): said loudly,
 * never a chart silently drawn without the briefer's words.
 */
export function getCallouts(): Callouts {
  if (!loaded) throw new Error('The callout code is not loaded: await loadCallouts() first.');
  return loaded;
}

/** The callout a layout placed, drawn; nothing where it placed none. */
export function drawCallout(callout: PlacedCallout | undefined): ReactElement | null {
  // A callout was placed, so its code is in: the layout needed it.
  return callout ? createElement(getCallouts().CalloutSvg, { callout }) : null;
}
