import type { ChartModel } from '../domain/charts/chartModel';
import { formatCalendarDate } from '../domain/format/formatDate';
import { stripIsolates } from '../domain/format/isolate';
import { serializeViewState, type ViewState } from '../state/viewState';
import { assembleSvg } from './assembleSvg';
import type { ExportRequest, SlideNumber } from './exportRequest';
import { chooseExportPages } from './chooseExportPages';
import { buildEmbeddedFontCss } from './embedFonts';
import { exportPresets } from './exportFormats';
import { renderChartSvg } from './renderChartSvg';

/** One page of an export as a standalone SVG document, and its size in pixels at 1x. */
export interface SvgPage {
  readonly svg: string;
  readonly size: { readonly width: number; readonly height: number };
  /** Which slide, where the chart is spread over several. */
  readonly page?: SlideNumber;
  /** The page's title as drawn ("… (1 of 2)"), plain. */
  readonly title: string;
  /** Its alt text: the title and what it draws, in plain words (also the SVG's <desc>). */
  readonly alt: string;
}

/**
 * A chart drawn afresh as standalone SVG documents, at the export's size and theme, each stamped
 * with the export date, the dataset's fingerprint and the view's link, fonts embedded: one
 * document, or one per slide where a chart is spread over several (see chooseExportPages).
 */
export async function drawSvgDocument(
  request: ExportRequest,
  fingerprint: string,
): Promise<SvgPage[]> {
  const { options } = request;
  const chart = withExportLine(request.chart, describeExport(request, fingerprint));
  const layout = await chooseExportPages(
    chart,
    exportPresets[options.preset],
    options.theme,
    request.screenWidth,
  );
  const fontCss = await buildEmbeddedFontCss();
  const pages: SvgPage[] = [];
  // One at a time: each is drawn off screen in the page, and they would compete for it.
  const count = layout.pages.length;
  for (const [index, page] of layout.pages.entries()) {
    if (request.firstOnly && index > 0) break;
    const rendered = await renderChartSvg(page.chart, layout.size, page.style);
    const width = layout.size.width;
    const height = layout.size.height ?? Number(rendered.getAttribute('height'));
    const alt = stripIsolates(`${page.chart.frame.title}. ${page.chart.summary}`);
    const svg = assembleSvg(rendered, { width, height, fontCss, description: alt });
    const number = count > 1 ? { page: { number: index + 1, count } } : {};
    const title = stripIsolates(page.chart.frame.title);
    pages.push({ svg, size: { width, height }, title, alt, ...number });
  }
  return pages;
}

/** "Exported 26 Nov 2026 · dataset fingerprint 3f9a2c · https://…/?view=casualties&fp=3f9a2c". */
function describeExport(request: ExportRequest, fingerprint: string): string {
  const now = request.now ?? new Date();
  const day = formatCalendarDate({
    text: now.toISOString().slice(0, 10),
    precision: 'day',
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    day: now.getUTCDate(),
  });
  // The link carries the fingerprint: opened on another version of the dataset, it says so.
  const link = describeViewLink({ ...request.view, fp: fingerprint });
  return `Exported ${day} \u00b7 dataset fingerprint ${fingerprint} \u00b7 ${link}`;
}

declare global {
  interface Window {
    /**
     * Where exported images say the view lives. Unset: this page's own address. Set by the
     * batch export (`npm run export -- --link-base URL`), whose local server address would
     * mean nothing on a slide; '' prints the view's query alone.
     */
    crosscheckLinkBase?: string;
  }
}

/** The view's link: on this site, or on the site the batch export was told of. */
function describeViewLink(view: ViewState): string {
  const query = serializeViewState(view);
  const base = window.crosscheckLinkBase;
  if (base === '') return query || '/';
  return new URL(query || '.', base ?? location.href).href;
}

/** The chart with the export's line in its frame, drawn under its sources. */
function withExportLine<Chart extends ChartModel>(chart: Chart, exportLine: string): Chart {
  return { ...chart, frame: { ...chart.frame, exportLine } };
}
