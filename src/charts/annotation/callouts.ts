import { layoutRowCallout } from '../rows/layoutRowCallout';
import { layoutTimeCallout } from '../time/layoutTimeCallout';
import { CalloutSvg } from './CalloutSvg';

/**
 * Everything that places and draws a briefer's callout, loaded on demand by loadCallouts (the
 * one module that imports this, by import()): only a chart whose link carries a callout needs
 * it, so none of it is in the bundle the page loads at start.
 */
export const callouts = { layoutRowCallout, layoutTimeCallout, CalloutSvg };

export type Callouts = typeof callouts;
