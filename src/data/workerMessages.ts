import type { DatasetErrorKind } from './datasetErrors';
import type { Dataset, Estimate } from './datasetSchema';
import type { LoadProgress } from './loadProgress';
import type { Problem } from './problem';

/** Page -> worker: fetch, parse and validate the dataset at `path`, resolved against `base`. */
export interface LoadRequest {
  readonly path: string;
  /** The page's URL: relative paths are the page's, not the worker script's. */
  readonly base: string;
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
  | { readonly type: 'done' }
  | { readonly type: 'failed'; readonly error: DatasetErrorData };
