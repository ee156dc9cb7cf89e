import type { DatasetErrorKind } from '../datasetErrors';
import type { Dataset, Estimate } from '../schema/datasetSchema';
import type { LoadProgress } from '../load/loadProgress';
import type { StoredEntry } from '../store/datasetStore';
import type { Problem } from '../schema/problem';

/**
 * Page -> worker. `url`: fetch, parse and validate the dataset at `path`, resolved against
 * `base` (the page's URL: relative paths are the page's, not the worker script's). `stored`: read
 * a dataset imported earlier. `import`: read a file (or pasted text) and keep it in the browser.
 * `text`: parse and validate text the page fetched (the default dataset, when it is not the
 * text validated at build time).
 */
export type DatasetRequest =
  | { readonly kind: 'url'; readonly path: string; readonly base?: string }
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly path: string;
      readonly contentType: string | null;
    }
  | { readonly kind: 'stored'; readonly id: string }
  | { readonly kind: 'import'; readonly file: Blob; readonly name: string };

/**
 * Whether an imported dataset was kept in the browser, and what it replaced; one not kept has
 * its entry all the same, for the list of this session's datasets.
 */
export type StorageOutcome =
  | { readonly kept: true; readonly entry: StoredEntry; readonly replaced?: StoredEntry }
  | { readonly kept: false; readonly entry: StoredEntry; readonly reason: string };

export interface DatasetOutcome {
  readonly dataset: Dataset;
  /** Imports only. */
  readonly storage?: StorageOutcome;
}

/** A DatasetError as it crosses to the page (an Error's class does not survive the copy). */
export interface DatasetErrorData {
  readonly kind: DatasetErrorKind;
  readonly path: string;
  readonly message: string;
  readonly status: number | undefined;
  readonly problems: readonly Problem[];
}

/** A timing recorded in the worker, with the worker's clock origin (ms since the epoch). */
export interface WorkerTiming {
  readonly name: string;
  readonly startTime: number;
  readonly duration: number;
}

/**
 * Worker -> page. A valid dataset comes in parts, each unpacked by the page in a task of its
 * own, so that 100,000 estimates never hold the page in one long copy: `head` (everything but
 * the estimates), then `estimates` in slices, then `done`.
 */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: LoadProgress }
  | {
      readonly type: 'timings';
      readonly timeOrigin: number;
      readonly timings: readonly WorkerTiming[];
    }
  | { readonly type: 'head'; readonly head: Omit<Dataset, 'estimates'>; readonly count: number }
  | { readonly type: 'estimates'; readonly estimates: readonly Estimate[] }
  | { readonly type: 'done'; readonly storage?: StorageOutcome | undefined }
  | { readonly type: 'failed'; readonly error: DatasetErrorData };
