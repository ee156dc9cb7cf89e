/**
 * Which figures a view shows: each claimant's latest figure per metric, or every dated figure.
 * (The URL's `mode` parameter; state/viewState.ts reads it.)
 */
export const figureModes = ['latest', 'all'] as const;
export type FigureMode = (typeof figureModes)[number];
