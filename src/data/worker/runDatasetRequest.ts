import { DatasetError } from '../datasetErrors';
import type { Dataset } from '../schema/datasetSchema';
import {
  explainStorageFailure,
  readStoredDataset,
  saveDataset,
  toStoredEntry,
} from '../store/datasetStore';
import { fetchDataset, type FetchDatasetOptions } from '../load/fetchDataset';
import { toImportedPath } from '../load/importedPath';
import { parseDatasetText } from '../read/parseDatasetText';
import { readDatasetText } from '../read/readDatasetText';
import { readImportFile } from '../read/readImportFile';
import type { DatasetOutcome, DatasetRequest } from './workerMessages';

/**
 * Does what a request asks, in the dataset worker or (where no worker runs) on the page: fetch a
 * file from the server, check text the page fetched, read a dataset kept in this browser, or
 * read an imported file and keep it. A dataset that cannot be kept is still returned, with the
 * reason, for this session.
 */
export async function runDatasetRequest(
  request: DatasetRequest,
  options: FetchDatasetOptions = {},
): Promise<DatasetOutcome> {
  switch (request.kind) {
    case 'url':
      return { dataset: await fetchDataset(request.path, readDatasetText, options) };
    case 'text':
      return { dataset: parseDatasetText(request.text, request.path, request.contentType) };
    case 'stored':
      return { dataset: await readKept(request.id) };
    case 'import': {
      options.onProgress?.({
        startedAt: Date.now(),
        received: request.file.size,
        total: request.file.size,
        checking: true,
      });
      const dataset = await readImportFile(request.file, request.name);
      try {
        const { entry, replaced } = await saveDataset(dataset, request.name);
        return { dataset, storage: { kept: true, entry, ...(replaced ? { replaced } : {}) } };
      } catch (error) {
        const entry = toStoredEntry(dataset, request.name);
        return { dataset, storage: { kept: false, entry, reason: explainStorageFailure(error) } };
      }
    }
  }
}

async function readKept(id: string): Promise<Dataset> {
  const path = toImportedPath(id);
  let dataset: Dataset | undefined;
  try {
    dataset = await readStoredDataset(id);
  } catch (cause) {
    throw new DatasetError(
      'storage',
      path,
      `Could not read the datasets kept in this browser: ${explainStorageFailure(cause)}.`,
      { cause },
    );
  }
  if (dataset) return dataset;
  throw new DatasetError(
    'not-imported',
    path,
    `This browser holds no imported dataset "${id}": it was imported in another browser or profile, or deleted here. Import its file to open it.`,
  );
}
