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

/** A `briefing/v1` file's content, checked. */
export interface BriefingFile {
  readonly briefing: Briefing;
  readonly dataset: BriefingDatasetRef;
}

export const briefingFormat = 'briefing/v1';
export const briefingLimits = { slides: 60, title: 100, name: 100, link: 2000 } as const;
