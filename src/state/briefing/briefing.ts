import { datasetLimits } from '../../data/schema/datasetLimits';

/**
 * A briefing: charts in sequence, each a slide that is a view link as Copy link gives it
 * (`?view=compare&to=2025-01&chart=…&title=…`), so a slide keeps the view, its filters and the
 * briefer's edits, and reopens as it was. Written to and read from `briefing/v1` JSON files
 * (readBriefingText), kept in the browser per dataset (briefingStore), shipped in datasets.
 */
export interface Briefing {
  /** A shipped briefing's id (`--briefing ID`); absent for one a person made. */
  readonly id?: string;
  readonly title: string;
  readonly slides: readonly BriefingSlide[];
}

export interface BriefingSlide {
  /** Unique within the briefing: lists and undo follow it across renames and moves. */
  readonly key: string;
  /** The person's name for the slide; absent: the chart's title. */
  readonly name?: string;
  /** The view link, a query string starting with `?`; never names a dataset file. */
  readonly link: string;
}

/** What a briefing file names its dataset by: its id, and the fingerprint it was made on. */
export interface BriefingDatasetRef {
  readonly id: string;
  /** SHA-256 of the dataset's canonical JSON (fingerprintDataset), hex, 64 digits. */
  readonly fingerprint: string;
  readonly title?: string;
}

/** A `briefing/v1` file's content, checked (docs/briefing-format.md). */
export interface BriefingFile {
  readonly briefing: Briefing;
  readonly dataset: BriefingDatasetRef;
  /** The day the file was written, `YYYY-MM-DD`; absent where the writer did not say. */
  readonly exported?: string;
}

export const briefingFormat = 'briefing/v1';

/**
 * Sizes of a briefing, the same for a file and for one a dataset ships (datasetLimits holds
 * them, as the data layer checks those). Texts count characters as a reader does (graphemes), a
 * link UTF-16 units; `fileBytes` holds 60 slides of the longest links (480 kB) twice over.
 */
export const briefingLimits = {
  slides: datasetLimits.briefingSlides,
  title: datasetLimits.briefingTextLength,
  name: datasetLimits.briefingTextLength,
  link: datasetLimits.linkLength,
  fileBytes: 1_000_000,
} as const;
