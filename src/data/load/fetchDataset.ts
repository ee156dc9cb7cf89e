import { DatasetError } from '../datasetErrors';
import { datasetIdleTimeoutMs, datasetLimits } from '../schema/datasetLimits';
import type { Dataset } from '../schema/datasetSchema';
import type { LoadProgress } from './loadProgress';
import { createTimeoutError } from './createTimeoutError';
import { formatBytes } from '../formatBytes';
import { resolveDatasetUrl } from './resolveDatasetUrl';
import { startWatchdog, type Watchdog } from './startWatchdog';

/**
 * Turns the fetched text into a dataset or throws a DatasetError: the validator in the worker;
 * on the page, a check that the text is the shipped dataset (see loadDataset). `contentType` is
 * what the server said it sent.
 */
export type ParseDatasetText = (
  text: string,
  path: string,
  contentType: string | null,
) => Dataset | Promise<Dataset>;

export interface FetchDatasetOptions {
  /** Cancels the fetch (TanStack Query's signal); a cancelled fetch rejects with its reason. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: LoadProgress) => void;
  /** What relative paths are relative to: the page's URL (a worker's own location is not). */
  readonly base?: string;
}

/**
 * Fetches a dataset and reads it with `parse`. `path` is what the user gave (`?dataset=`), resolved
 * against the page; only same-origin http(s) URLs are fetched, so a link cannot make the app
 * call another host. Every failure is a DatasetError that says what happened.
 */
export async function fetchDataset(
  path: string,
  parse: ParseDatasetText,
  { signal, onProgress, base }: FetchDatasetOptions = {},
): Promise<Dataset> {
  const url = resolveDatasetUrl(path, base);
  const startedAt = Date.now();
  const report = (received?: number, total?: number, checking?: true) =>
    onProgress?.({ startedAt, received, total, ...(checking ? { checking } : {}) });
  report();
  const controller = new AbortController();
  const cancel = () => controller.abort(signal?.reason);
  // Cancelled before it started: the fetch below is aborted at once.
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  const watchdog = startWatchdog(datasetIdleTimeoutMs, controller);
  const fail = (cause: unknown, received?: number): never => {
    // Cancelled by the caller (the person went elsewhere): not a failure to report.
    if (signal?.aborted) throw cause;
    throw explainFailure(path, watchdog, cause, received);
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
    } catch (cause) {
      return fail(cause);
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new DatasetError('http', path, `The server answered ${status} for ${path}.`, {
        status: response.status,
      });
    }
    // Refuse early from the header when the server sends one; count the bytes either way.
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > datasetLimits.fileBytes) throw tooLarge(path, length);
    // A compressed transfer's length is not the length of what arrives.
    const total = length > 0 && !response.headers.get('content-encoding') ? length : undefined;
    report(0, total);
    const chunks: Uint8Array[] = [];
    let received = 0;
    const reader = response.body?.getReader();
    // Not every body stops when its request is aborted; cancelling it ends a pending read.
    controller.signal.addEventListener('abort', () => void reader?.cancel().catch(ignore), {
      once: true,
    });
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array> | undefined;
      try {
        chunk = await reader?.read();
      } catch (cause) {
        return fail(cause, received);
      }
      if (controller.signal.aborted) return fail(controller.signal.reason, received);
      if (!chunk || chunk.done) break;
      watchdog.reset();
      received += chunk.value.byteLength;
      if (received > datasetLimits.fileBytes) {
        void reader?.cancel();
        throw tooLarge(path);
      }
      chunks.push(chunk.value);
      report(received, total);
    }
    watchdog.stop();
    report(received, total, true);
    const text = decodeUtf8(chunks, path);
    return await parse(text, path, response.headers.get('content-type'));
  } finally {
    watchdog.stop();
    signal?.removeEventListener('abort', cancel);
  }
}

const ignore = () => undefined;

/** A failed request or read, told by when it failed and whether the wait ran out. */
function explainFailure(
  path: string,
  watchdog: Watchdog,
  cause: unknown,
  received: number | undefined,
): DatasetError {
  if (watchdog.fired()) return createTimeoutError(path, received, cause);
  if (received === undefined) {
    return new DatasetError('network', path, `Could not reach the server for ${path}.`, { cause });
  }
  return new DatasetError(
    'truncated',
    path,
    `The connection broke while ${path} was arriving, after ${formatBytes(received)}.`,
    { cause },
  );
}

function decodeUtf8(chunks: readonly Uint8Array[], path: string): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    // Streamed chunk by chunk: a character split across two chunks is joined, not refused.
    return (
      chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode()
    );
  } catch (cause) {
    throw new DatasetError('not-json', path, `${path} is not UTF-8 text, so it cannot be JSON.`, {
      cause,
    });
  }
}

/** `bytes` when the server said how large the file is; otherwise it was counted past the limit. */
function tooLarge(path: string, bytes?: number): DatasetError {
  const limit = `the ${formatBytes(datasetLimits.fileBytes)} a dataset may be`;
  return new DatasetError(
    'too-large',
    path,
    bytes === undefined
      ? `${path} is larger than ${limit}.`
      : `${path} is ${formatBytes(bytes)}, more than ${limit}.`,
  );
}
