import { fingerprintDataset, shortenFingerprint } from '../data/fingerprintDataset';
import { buildExportFileName } from './buildExportFileName';
import { chartWriters } from './chartWriters';
import type { ExportRequest, SlideNumber } from './exportRequest';
import { exportFormats } from './exportFormats';

export interface ExportFile {
  readonly blob: Blob;
  readonly fileName: string;
  /** Pixels of a PNG, or the SVG's own size; undefined for CSV. */
  readonly pixels?: { readonly width: number; readonly height: number };
  /** Which slide it is, where the chart is spread over several. */
  readonly page?: SlideNumber;
}

/**
 * One chart as files in the format the options name, written by that format's writer and named
 * for what they show, as of when and from which version of the dataset: one file, or one per
 * slide ("-slide-1-of-2") where a chart is spread over several.
 */
export async function exportChart(request: ExportRequest): Promise<ExportFile[]> {
  const { chart, options, dataset } = request;
  const fingerprint = shortenFingerprint(await fingerprintDataset(dataset));
  const written = await chartWriters[options.format](request, fingerprint);
  return written.map(({ data, pixels, page }) => ({
    blob: new Blob([data], { type: exportFormats[options.format].mimeType }),
    fileName: buildExportFileName({
      chart: chart.id,
      asOf: request.view.to ?? dataset.updated,
      fingerprint,
      filtered: Boolean(request.view.claimants ?? request.view.metrics ?? request.view.from),
      ...(page ? { page } : {}),
      ...options,
    }),
    ...(pixels ? { pixels } : {}),
    ...(page ? { page } : {}),
  }));
}
