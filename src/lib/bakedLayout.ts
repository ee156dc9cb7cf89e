import { createContext } from 'react';

/**
 * A page baked at build time (scripts/bakePlugin.mjs) shows every chart as drawn then, at a few
 * fixed widths, one per common layout, the page's CSS showing the one for the screen. While
 * React takes the page over (hydration) and until a chart needs its live drawing (another width,
 * a pointer or focus on it), the chart keeps that markup: components read here that they are
 * on such a page.
 */
export interface BakedLayout {
  /** The chart widths drawn, in CSS pixels, narrowest first. */
  readonly chartWidths: readonly number[];
  /** At build time only: each chart's drawing at a width, asked for by its id. */
  readonly drawings?: BakedDrawings;
}

/** At build time, what each chart drew at a width; a drawing not yet made is asked for. */
export interface BakedDrawings {
  readonly find: (chart: { readonly id: string }, width: number) => string | undefined;
}

/** Undefined on a page drawn in the browser from nothing (any link but the baked ones). */
export const BakedLayoutContext = createContext<BakedLayout | undefined>(undefined);

/**
 * The layouts baked, each a chart box's width at a viewport width. A phone 412 px wide (the most
 * common Android width, and Lighthouse's mobile screen) gives a chart box 346 px wide; any screen
 * from 1480 px up gives the dashboard's widest columns, 664 px. Other screens get the nearer
 * one, scaled to fit, until their charts are drawn live. e2e/baked.spec.ts checks that the
 * page's CSS still gives these widths.
 */
export const bakedLayouts = [
  // `shownFrom`: the narrowest screen (CSS px) that shows this layout's drawings, until the next's.
  { name: 'phone', viewport: 412, chartWidth: 346, shownFrom: 0 },
  { name: 'wide', viewport: 1480, chartWidth: 664, shownFrom: 1000 },
] as const;

/** The chart widths every baked page is drawn at, and taken over at. */
export const bakedChartWidths: readonly number[] = bakedLayouts.map((layout) => layout.chartWidth);
