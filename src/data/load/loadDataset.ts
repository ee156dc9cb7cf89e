import { DatasetError } from '../datasetErrors';
import type { Dataset } from '../schema/datasetSchema';
import { fetchDataset, type FetchDatasetOptions } from './fetchDataset';
import { describeRequest, readImportedId } from './importedPath';
import { measureTime } from '../../lib/measureTime';
import { resolveDatasetUrl } from './resolveDatasetUrl';
import { defaultDatasetPath, isShippedText } from './shippedDataset';
import type { DatasetOutcome, DatasetRequest } from '../worker/workerMessages';

/**
 * Fetches, parses and validates a dataset in a Web Worker, so that a large one never freezes
 * the page; where no worker can run (tests, a worker that fails to start) the same work is done
 * on this thread. Same answers and the same DatasetErrors either way. `imported:<id>` reads a
 * dataset kept in this browser. The default dataset is fetched here (see loadShippedDataset).
 */
export async function loadDataset(
  path: string,
  options: FetchDatasetOptions = {},
): Promise<Dataset> {
  const id = readImportedId(path);
  if (id !== undefined) return (await runRequest({ kind: 'stored', id }, options)).dataset;
  // Another site's file is refused here, before a worker starts or a request is made.
  resolveDatasetUrl(path);
  if (path === defaultDatasetPath) return loadShippedDataset(path, options);
  return (await runRequest({ kind: 'url', path, base: location.href }, options)).dataset;
}

/**
 * The default dataset, fetched by the page itself: when its text is the one validated at build
 * time it is ready at once, without starting the worker and its validator (which the first
 * chart would otherwise wait for); any other text goes to the worker to be checked.
 */
function loadShippedDataset(path: string, options: FetchDatasetOptions): Promise<Dataset> {
  return fetchDataset(
    path,
    async (text, textPath, contentType) => {
      if (await isShippedText(text)) return measureTime('parse', () => JSON.parse(text) as Dataset);
      const request = { kind: 'text', text, path: textPath, contentType } as const;
      return (await runRequest(request, options)).dataset;
    },
    { ...options, base: location.href },
  );
}

/** Reads a file (or pasted text) as a dataset and keeps it in the browser, off the page's thread. */
export function importDataset(
  file: Blob,
  name: string,
  options: FetchDatasetOptions = {},
): Promise<DatasetOutcome> {
  return runRequest({ kind: 'import', file, name }, options);
}

/**
 * Hands a request to the dataset worker. The code that runs the worker is loaded on first use:
 * the default dataset, as built, never needs it, and the first chart does not wait for it.
 */
async function runRequest(
  request: DatasetRequest,
  options: FetchDatasetOptions,
): Promise<DatasetOutcome> {
  let runner: typeof import('../worker/runInWorker');
  try {
    runner = await import('../worker/runInWorker');
  } catch (cause) {
    // The server went away since the page loaded: a passing fault, retried as one.
    const path = describeRequest(request);
    throw new DatasetError('network', path, `Could not reach the server for ${path}.`, { cause });
  }
  return runner.runInWorker(request, options);
}
