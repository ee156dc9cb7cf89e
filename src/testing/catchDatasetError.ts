import { DatasetError } from '../data/datasetErrors';

/** The DatasetError `run` throws; fails the test if it throws something else or nothing. */
export function catchDatasetError(run: () => unknown): DatasetError {
  try {
    run();
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected a DatasetError');
}

/** The DatasetError `promise` rejects with; fails the test otherwise. */
export async function catchDatasetErrorAsync(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected a DatasetError');
}
