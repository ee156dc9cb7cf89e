// The dataset's fetch, parse and validation, off the page's thread: 100,000 estimates take
// seconds to check, and the page must keep answering (and showing progress) meanwhile.
import { DatasetError } from './datasetErrors';
import { fetchDataset } from './fetchDataset';
import { measurePrefix } from './measureTime';
import type { LoadRequest, WorkerMessage } from './workerMessages';

/** Estimates per message: small enough that the page unpacks each in a few milliseconds. */
const estimatesPerMessage = 5_000;

/** What this file needs of a dedicated worker's global scope (the DOM library types the page's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<LoadRequest>) => void) | null;
  postMessage: (message: WorkerMessage) => void;
}
const scope = globalThis as unknown as WorkerScope;
const post = (message: WorkerMessage) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<LoadRequest>) => {
  const { path, base } = event.data;
  void fetchDataset(path, { base, onProgress: (progress) => post({ type: 'progress', progress }) })
    .then((dataset) => {
      sendTimings();
      const { estimates, ...head } = dataset;
      post({ type: 'head', head, count: estimates.length });
      for (let at = 0; at < estimates.length; at += estimatesPerMessage) {
        post({ type: 'estimates', estimates: estimates.slice(at, at + estimatesPerMessage) });
      }
      post({ type: 'done' });
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
