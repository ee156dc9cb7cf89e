import type { ChartLayout, SplitPages } from '../charts/chartKind';
import { getChartKind } from '../charts/chartKindRegistry';
import { loadChartLayout } from '../charts/loadChartLayout';
import { makeChartStyle, type ChartStyle, type ThemeName } from '../charts/chartStyle';
import type { ChartModel } from '../domain/charts/chartModel';
import { measureText } from '../lib/measureText';
import type { ExportPreset } from './exportFormats';
import { makeProjectionStyle, type ProjectionChoice } from './slides/makeProjectionStyle';

/** The smallest scale a non-slide export may be drawn at before it stops reading well. */
const leastScale = 0.7;
/**
 * The most slides one chart is spread over: a chart of the most rows a chart draws (40, and its
 * headings), each with a reason it is not comparable wrapped over three lines, takes ten at
 * 16:9; past that, a page may hold a single figure.
 */
const mostPages = 48;

/** One picture of an export: a chart (or one page of it) and the style it is drawn in. */
export interface ExportPage {
  readonly chart: ChartModel;
  readonly style: ChartStyle;
}

export interface ExportPages {
  /** Usually one; a slide too small for all of a chart at projection sizes takes several. */
  readonly pages: readonly ExportPage[];
  /** The export's size in pixels at 1x; no height for "as on screen" (the chart's own). */
  readonly size: { readonly width: number; readonly height?: number };
}

/**
 * How a chart is drawn for an export. "As on screen" keeps the screen's width and scale. Slides
 * set their type for projection (makeProjectionStyle), grown while there is room; a chart that
 * does not fit at those sizes goes over two slides or more, never smaller. Other fixed sizes
 * take the preset's scale, lowered step by step until the chart's layout says it fits.
 */
export async function chooseExportPages(
  chart: ChartModel,
  preset: ExportPreset,
  theme: ThemeName,
  screenWidth: number,
): Promise<ExportPages> {
  const size = preset.size;
  if (!size)
    return { pages: [{ chart, style: makeChartStyle(theme, 1) }], size: { width: screenWidth } };
  const layout = await loadChartLayout(chart);
  if (preset.projection) {
    const split = await getChartKind(chart).loadSplitPages();
    return { pages: fitProjection(chart, size, theme, layout, split), size };
  }
  let scale = preset.scale ?? 1;
  for (; scale > leastScale; scale = Math.round((scale - 0.05) * 100) / 100) {
    const style = makeChartStyle(theme, scale);
    if (layout(chart, size, style, measureText).fits) return { pages: [{ chart, style }], size };
  }
  return { pages: [{ chart, style: makeChartStyle(theme, leastScale) }], size };
}

/** Where the notes and sources may go: below the plot, or in a sidebar of these shares. */
const sidebars = [0, 0.4, 0.5] as const;

/**
 * The fewest slides that hold the chart at projection sizes, its text as large as all of them
 * allow (one style for every page, so that sister slides match). Notes and sources go below the
 * plot, or, where below they would take more than a quarter of the slide, in a sidebar beside
 * it if that takes fewer slides or lets the text grow more. Where even the widest sidebar cannot
 * hold them, and only then, their type is set smaller, step by step, down to 60%; a chart that
 * fits in no way is drawn at those sizes over the most slides it splits into, never in the
 * screen's small type.
 */
function fitProjection(
  chart: ChartModel,
  size: { readonly width: number; readonly height: number },
  theme: ThemeName,
  layout: ChartLayout<ChartModel>,
  splitPages: SplitPages<ChartModel>,
): ExportPage[] {
  const { width, height } = size;
  const styleOf = (choice: ProjectionChoice) => makeProjectionStyle(theme, width, choice);
  const fitAll = (pages: readonly ChartModel[], style: ChartStyle) =>
    pages.every((page) => layout(page, size, style, measureText).fits)
      ? pages.map((page) => ({ chart: page, style }))
      : undefined;
  const floor = styleOf({});
  const placements =
    layout(chart, size, floor, measureText).frame.footerHeight > height / 4 ? sidebars : [0];
  const paginations = listPaginations(chart, splitPages);
  const growth = getChartKind(chart).slideGrowth;
  for (const pages of paginations) {
    // Most counts fail at the floor sizes already: tried first, they cost one layout each.
    if (!placements.some((sidebar) => fitAll(pages, styleOf({ sidebar })))) continue;
    for (let tenths = Math.round(growth * 10); tenths >= 10; tenths--) {
      for (const sidebar of placements) {
        const fitted = fitAll(pages, styleOf({ growth: tenths / 10, sidebar }));
        if (fitted) return fitted;
      }
    }
  }
  const widest = Math.max(...sidebars);
  for (let twentieths = 19; twentieths >= 12; twentieths--) {
    const style = styleOf({ sidebar: widest, footerScale: twentieths / 20 });
    for (const pages of paginations) {
      const fitted = fitAll(pages, style);
      if (fitted) return fitted;
    }
  }
  const most = paginations.at(-1) ?? [chart];
  const style = styleOf({ sidebar: widest, footerScale: 0.6 });
  return most.map((page) => ({ chart: page, style }));
}

/** The chart on one page, then on two, three and on: each count the kind can split it into. */
function listPaginations(
  chart: ChartModel,
  splitPages: SplitPages<ChartModel>,
): (readonly ChartModel[])[] {
  const paginations: (readonly ChartModel[])[] = [[chart]];
  for (let count = 2; count <= mostPages; count++) {
    // Broken at headings first; where that crowds a page, as evenly as the rows allow.
    for (const evenly of [false, true]) {
      const pages = splitPages(chart, count, evenly);
      if (pages) paginations.push(pages);
    }
  }
  return paginations;
}
