import type { DatasetRequest } from '../worker/workerMessages';

/**
 * `?dataset=imported:<id>` opens a dataset imported into this browser (kept in IndexedDB), by
 * its own id, so that a link survives a re-import of a newer version of the same dataset.
 */
const importedPrefix = 'imported:';

export function toImportedPath(id: string): string {
  return `${importedPrefix}${id}`;
}

/** The id in an imported dataset's path, or undefined for a path to a file on the server. */
export function readImportedId(path: string): string | undefined {
  return path.startsWith(importedPrefix) ? path.slice(importedPrefix.length) : undefined;
}

/** What messages call a request's dataset: its path, or the imported file's name. */
export function describeRequest(request: DatasetRequest): string {
  if (request.kind === 'url' || request.kind === 'text') return request.path;
  return request.kind === 'import' ? request.name : toImportedPath(request.id);
}
