import { DatasetError } from '../datasetErrors';
import { datasetIdleTimeoutMs } from '../schema/datasetLimits';
import { formatBytes } from '../formatBytes';

/**
 * The error for a server that went quiet for datasetIdleTimeoutMs: before answering at all
 * (`received` undefined) or part-way through the file.
 */
export function createTimeoutError(
  path: string,
  received: number | undefined,
  cause?: unknown,
): DatasetError {
  const seconds = datasetIdleTimeoutMs / 1000;
  const message =
    received === undefined
      ? `The server sent no answer for ${path} within ${seconds} seconds.`
      : `The server stopped sending ${path}: nothing more came for ${seconds} seconds, after ${formatBytes(received)}.`;
  return new DatasetError('timeout', path, message, { cause });
}
