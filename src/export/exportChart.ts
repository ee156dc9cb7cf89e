import { fingerprintDataset, shortenFingerprint } from '../data/fingerprintDataset';
import { buildExportFileName } from './buildExportFileName';
import { chartWriters } from './chartWriters';
import type { ExportRequest } from './exportRequest';
import { exportFormats } from './exportFormats';

export interface ExportResult {
  readonly blob: Blob;
  readonly fileName: string;
  /** Pixels of a PNG, or the SVG's own size; undefined for CSV. */
  readonly pixels?: { readonly width: number; readonly height: number };
}

/**
 * One chart as a file in the format the options name, written by that format's writer and named
 * for what it shows, as of when and from which version of the dataset.
 */
export async function exportChart(request: ExportRequest): Promise<ExportResult> {
  const { chart, options, dataset } = request;
  const fingerprint = shortenFingerprint(await fingerprintDataset(dataset));
  const fileName = buildExportFileName({
    chart: chart.id,
    asOf: request.view.to ?? dataset.updated,
    fingerprint,
    filtered: Boolean(request.view.claimants ?? request.view.metrics ?? request.view.from),
    ...options,
  });
  const { data, pixels } = await chartWriters[options.format](request, fingerprint);
  const blob = new Blob([data], { type: exportFormats[options.format].mimeType });
  return { blob, fileName, ...(pixels ? { pixels } : {}) };
}
