// The dataset's fetch (or import), parse and validation, off the page's thread: 100,000
// estimates take seconds to check, and the page must keep answering (and showing progress).
import { DatasetError } from '../datasetErrors';
import { describeRequest } from '../load/importedPath';
import type { LoadProgress } from '../load/loadProgress';
import { measurePrefix } from '../../lib/measureTime';
import { runDatasetRequest } from './runDatasetRequest';
import type { DatasetRequest, WorkerMessage } from './workerMessages';

/** Estimates per message: small enough that the page unpacks each in a few milliseconds. */
const estimatesPerMessage = 5_000;

/** What this file needs of a dedicated worker's global scope (the DOM library types the page's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<DatasetRequest>) => void) | null;
  postMessage: (message: WorkerMessage) => void;
}
const scope = globalThis as unknown as WorkerScope;
const post = (message: WorkerMessage) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<DatasetRequest>) => {
  const request = event.data;
  const path = describeRequest(request);
  const onProgress = (progress: LoadProgress) => post({ type: 'progress', progress });
  const options =
    request.kind === 'url' && request.base ? { base: request.base, onProgress } : { onProgress };
  void runDatasetRequest(request, options)
    .then(({ dataset, storage }) => {
      sendTimings();
      const { estimates, ...head } = dataset;
      post({ type: 'head', head, count: estimates.length });
      for (let at = 0; at < estimates.length; at += estimatesPerMessage) {
        post({ type: 'estimates', estimates: estimates.slice(at, at + estimatesPerMessage) });
      }
      post({ type: 'done', storage });
    })
    .catch((error: unknown) => {
      sendTimings();
      const failure =
        error instanceof DatasetError
          ? error
          : new DatasetError('network', path, `Could not load ${path}: ${String(error)}`);
      const { kind, message, status, problems } = failure;
      post({ type: 'failed', error: { kind, path: failure.path, message, status, problems } });
    });
};

function sendTimings(): void {
  const timings = performance
    .getEntriesByType('measure')
    .filter((entry) => entry.name.startsWith(measurePrefix))
    .map(({ name, startTime, duration }) => ({ name, startTime, duration }));
  post({ type: 'timings', timeOrigin: performance.timeOrigin, timings });
}
