import { createTimeoutError } from '../load/createTimeoutError';
import { DatasetError } from '../datasetErrors';
import { datasetIdleTimeoutMs } from '../schema/datasetLimits';
import type { Dataset, Estimate } from '../schema/datasetSchema';
import type { FetchDatasetOptions } from '../load/fetchDataset';
import { describeRequest } from '../load/importedPath';
import { startWatchdog } from '../load/startWatchdog';
import type {
  DatasetOutcome,
  DatasetRequest,
  StorageOutcome,
  WorkerMessage,
  WorkerTiming,
} from './workerMessages';

/**
 * Runs a request in the dataset worker, passing its progress on and keeping the page's idle
 * limit; where no worker can start, runs it on this thread instead (the same DatasetErrors).
 */
export function runInWorker(
  request: DatasetRequest,
  options: FetchDatasetOptions,
): Promise<DatasetOutcome> {
  const path = describeRequest(request);
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(toError(signal.reason));
  if (typeof Worker === 'undefined') return runHere(request, options);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), {
      type: 'module',
      name: 'crosscheck-dataset',
    });
  } catch {
    // Refused outright (a policy that forbids workers, say): the same work on this thread.
    return runHere(request, options);
  }
  return new Promise((resolve, reject) => {
    let head: Omit<Dataset, 'estimates'> | undefined;
    const estimates: Estimate[] = [];
    // The page keeps the time limit (the worker keeps its own too): the page's clock is the one
    // the loading card counts with, and the one a test can move.
    let received: number | undefined;
    const quiet = new AbortController();
    const watchdog = startWatchdog(datasetIdleTimeoutMs, quiet);
    // Text the page fetched is all in: checking it may take long, but nothing is awaited.
    if (request.kind === 'text') watchdog.stop();
    quiet.signal.addEventListener('abort', () => {
      stop();
      reject(createTimeoutError(path, received));
    });
    const stop = () => {
      watchdog.stop();
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      stop();
      reject(toError(signal?.reason));
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      switch (data.type) {
        case 'progress':
          // Once every byte is in, the wait is over: checking a large file takes its time.
          // Otherwise only news from the server (an answer, more bytes) restarts the wait; the
          // worker's "started" report does not, however late it comes.
          if (data.progress.checking) watchdog.stop();
          else if (data.progress.received !== received) watchdog.reset();
          received = data.progress.received;
          onProgress?.(data.progress);
          break;
        case 'timings':
          recordTimings(data.timeOrigin, data.timings);
          break;
        case 'head':
          head = data.head;
          break;
        case 'estimates':
          for (const estimate of data.estimates) estimates.push(estimate);
          break;
        case 'done':
          stop();
          if (head) resolve(toOutcome({ ...head, estimates }, data.storage));
          else reject(new Error('The dataset worker finished without sending the dataset.'));
          break;
        case 'failed': {
          stop();
          const { kind, message, status, problems } = data.error;
          reject(
            new DatasetError(kind, path, message, { ...(status ? { status } : {}), problems }),
          );
          break;
        }
      }
    };
    // The worker could not start (a server that does not serve it) or died: do it here.
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      runHere(request, options).then(resolve, reject);
    };
    worker.postMessage(request);
  });
}

/**
 * The same work on the page's thread, its code loaded only when needed: the validator is the
 * worker's, and stays out of the code the page loads at start.
 */
async function runHere(
  request: DatasetRequest,
  options: FetchDatasetOptions,
): Promise<DatasetOutcome> {
  const { runDatasetRequest } = await import('./runDatasetRequest');
  return runDatasetRequest(request, options);
}

function toOutcome(dataset: Dataset, storage: StorageOutcome | undefined): DatasetOutcome {
  return storage ? { dataset, storage } : { dataset };
}

/** The worker's measures on the page's timeline, where the benchmark reads them. */
function recordTimings(timeOrigin: number, timings: readonly WorkerTiming[]): void {
  for (const { name, startTime, duration } of timings) {
    performance.measure(name, { start: startTime + timeOrigin - performance.timeOrigin, duration });
  }
}

/** Why a load was cancelled, as an Error: the signal's reason, or a plain AbortError. */
function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new DOMException('Loading was cancelled', 'AbortError');
}
