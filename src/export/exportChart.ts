import type { ChartSpec } from '../charts/chartSpec';
import type { Dataset } from '../data/schema/datasetSchema';
import { formatCalendarDate } from '../domain/format/formatDate';
import { serializeViewState, type ViewState } from '../state/viewState';
import { assembleSvg } from './assembleSvg';
import { buildChartCsv } from './buildChartCsv';
import { buildExportFileName } from './buildExportFileName';
import { chooseExportStyle } from './chooseExportStyle';
import { buildEmbeddedFontCss } from './embedFonts';
import { exportPresets, type ExportOptions } from './exportFormats';
import { fingerprintDataset, shortenFingerprint } from '../data/fingerprintDataset';
import { rasterizeSvg } from './rasterizeSvg';
import { renderChartSvg } from './renderChartSvg';

export interface ExportRequest {
  readonly spec: ChartSpec;
  readonly options: ExportOptions;
  readonly dataset: Dataset;
  /** The view the chart belongs to: its link is printed on the image. */
  readonly view: ViewState;
  /** The chart's width on screen, for the "as on screen" size. */
  readonly screenWidth: number;
  readonly now?: Date;
}

export interface ExportResult {
  readonly blob: Blob;
  readonly fileName: string;
  /** Pixels of a PNG, or the SVG's own size; undefined for CSV. */
  readonly pixels?: { readonly width: number; readonly height: number };
}

/**
 * One chart as a file: PNG, SVG or CSV. Images are drawn afresh at the chosen size and theme,
 * stamped with the export date, the dataset's fingerprint and the view's link, fonts embedded.
 */
export async function exportChart(request: ExportRequest): Promise<ExportResult> {
  const { spec, options, dataset } = request;
  const fingerprint = shortenFingerprint(await fingerprintDataset(dataset));
  const fileName = buildExportFileName({
    chart: getChartSlug(spec),
    asOf: request.view.to ?? dataset.updated,
    fingerprint,
    ...options,
  });
  if (options.format === 'csv') {
    return { blob: new Blob([buildChartCsv(spec)], { type: 'text/csv;charset=utf-8' }), fileName };
  }

  const stamped = withExportLine(spec, describeExport(request, fingerprint));
  const layout = chooseExportStyle(
    stamped,
    exportPresets[options.preset],
    options.theme,
    request.screenWidth,
  );
  const rendered = await renderChartSvg(stamped, layout.size, layout.style);
  const width = layout.size.width;
  const height = layout.size.height ?? Number(rendered.getAttribute('height'));
  const svg = assembleSvg(rendered, {
    width,
    height,
    fontCss: await buildEmbeddedFontCss(),
    description: `${stamped.model.frame.title}. ${stamped.model.summary}`,
  });
  if (options.format === 'svg') {
    return {
      blob: new Blob([svg], { type: 'image/svg+xml' }),
      fileName,
      pixels: { width, height },
    };
  }
  const blob = await rasterizeSvg(svg, { width, height }, options.density);
  const pixels = { width: width * options.density, height: height * options.density };
  return { blob, fileName, pixels };
}

/** What the chart is, for file names: "casualties-by-claimant", "over-time-casualties". */
export function getChartSlug(spec: ChartSpec): string {
  if (spec.kind === 'time') return `over-time-${spec.model.metric.id}`;
  const names: Record<string, string> = {
    casualties: 'casualties-by-claimant',
    forces: 'forces-deployed',
  };
  return names[spec.model.id] ?? spec.model.id;
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

function withExportLine(spec: ChartSpec, exportLine: string): ChartSpec {
  return spec.kind === 'rows'
    ? { kind: 'rows', model: { ...spec.model, frame: { ...spec.model.frame, exportLine } } }
    : { kind: 'time', model: { ...spec.model, frame: { ...spec.model.frame, exportLine } } };
}
