import type { ComponentType } from 'react';
import type { ChartModel } from '../domain/charts/chartModel';
import type { Claim } from '../domain/claims/claim';
import type { MeasureText } from '../lib/measureText';
import type { ChartStyle } from './chartStyle';
import type { FrameLayout } from './frame/layoutFrame';

/** A chart's size in pixels at scale 1: a width, and a height where one is fixed (exports). */
export interface ChartSize {
  readonly width: number;
  /** A fixed height (export sizes); otherwise the chart is as tall as it needs. */
  readonly height?: number;
}

/** How any chart is drawn: at a width, at a fixed height or its own, interactive or not. */
export interface ChartDrawing<Model> extends ChartSize {
  readonly model: Model;
  /** Focusable marks that open each claim's card; off in exported images. */
  readonly interactive?: boolean;
  /** The id of the chart's plain-language summary, its accessible description. */
  readonly describedBy?: string;
}

/** A figure as a chart draws it: under which group (a heading, a line) and whether set apart. */
export interface DrawnFigure {
  readonly claim: Claim;
  readonly group: string;
  /** False where the chart draws it apart, as not comparable with the rest. */
  readonly comparable: boolean;
}

/**
 * Lays a chart out at a size in a style, as its drawing does: the drawing, the exports' choice
 * of scale and the baked page's room for a chart share it. `fits` is false when a fixed size
 * leaves the text too little room; `frame` is where the title, legend, notes and sources went;
 * `height` is the drawing's, in pixels.
 */
export type ChartLayout<Model> = (
  model: Model,
  size: ChartSize,
  style: ChartStyle,
  measure: MeasureText,
) => { readonly fits: boolean; readonly frame: FrameLayout; readonly height: number };

/**
 * The chart as `count` pages that each stand alone, for a slide too small for all of it at a
 * legible size; undefined where the kind cannot be split so, or not into that many. `evenly`
 * asks for pages as near equal as can be, where the kind would otherwise break at a natural
 * place (a heading) at the cost of one page more crowded than the rest.
 */
export type SplitPages<Model> = (
  model: Model,
  count: number,
  evenly?: boolean,
) => readonly Model[] | undefined;

/** What the app knows of a kind of chart: one entry per kind, in chartKindRegistry.ts. */
export interface ChartKind<Model extends ChartModel> {
  /** Draws the chart, on screen and for exports; it may suspend while its code arrives. */
  readonly Chart: ComponentType<ChartDrawing<Model>>;
  /**
   * Fetches `Chart`'s code ahead, where it loads on demand: once in, the chart draws at once,
   * without suspending (a baked page going live keeps its room so).
   */
  readonly preloadChart?: () => Promise<unknown>;
  /** The chart's layout, loaded when an export first needs it. */
  readonly loadLayout: () => Promise<ChartLayout<Model>>;
  /** Every figure drawn, in the chart's order: the rows of the chart's CSV. */
  readonly listFigures: (model: Model) => readonly DrawnFigure[];
  /** How the chart splits into pages, loaded when a slide export first needs it. */
  readonly loadSplitPages: () => Promise<SplitPages<Model>>;
  /**
   * How much a slide may grow the chart's own text above its floor sizes where there is room
   * (1 to 1.5): bars read better larger, labelled points collide sooner.
   */
  readonly slideGrowth: number;
}
