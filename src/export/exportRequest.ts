import type { Dataset } from '../data/schema/datasetSchema';
import type { ChartModel } from '../domain/charts/chartModel';
import type { ViewState } from '../state/viewState';
import type { ExportOptions } from './exportFormats';

/** A chart to export, in the options chosen, with what its image is stamped with. */
export interface ExportRequest {
  readonly chart: ChartModel;
  readonly options: ExportOptions;
  readonly dataset: Dataset;
  /** The view the chart belongs to: its link is printed on the image. */
  readonly view: ViewState;
  /** The chart's width on screen, for the "as on screen" size. */
  readonly screenWidth: number;
  /** Only the first slide of a chart spread over several (to copy it), not all of them. */
  readonly firstOnly?: boolean;
  readonly now?: Date;
}

/** A file written: its content, and its size in pixels where it is an image. */
export interface WrittenFile {
  readonly data: BlobPart;
  readonly pixels?: { readonly width: number; readonly height: number };
  /** Which slide it is, where the chart is spread over several. */
  readonly page?: SlideNumber;
}

/** The n-th of `count` slides. */
export interface SlideNumber {
  readonly number: number;
  readonly count: number;
}

/**
 * Writes a chart in one format, as one file, or one per slide where a slide cannot hold it all;
 * `fingerprint` is the dataset's short fingerprint.
 */
export type ChartWriter = (
  request: ExportRequest,
  fingerprint: string,
) => Promise<readonly WrittenFile[]>;
