import { DatasetError } from './datasetErrors';
import { datasetLimits } from './datasetLimits';
import type { Dataset } from './datasetSchema';
import { validateDataset } from './validateDataset';

/**
 * Fetches, parses and validates a dataset. `path` is what the user gave (`?dataset=`), resolved
 * against the page; only same-origin http(s) URLs are fetched, so a link cannot make the app
 * call another host.
 */
export async function fetchDataset(path: string, signal?: AbortSignal): Promise<Dataset> {
  const url = resolveDatasetUrl(path);
  let response: Response;
  try {
    response = await fetch(url, {
      signal: signal ?? null,
      headers: { accept: 'application/json' },
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DatasetError('network', path, `Could not reach the server for ${path}.`, { cause });
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
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > datasetLimits.fileBytes) throw tooLarge(path, bytes.byteLength);
  return parseDatasetText(decodeUtf8(bytes, path), path);
}

/** Parses and validates dataset text; `path` names it in messages. */
export function parseDatasetText(text: string, path: string): Dataset {
  let json: unknown;
  try {
    // A byte-order mark is legal at the start of a UTF-8 file but not in JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    const looksLikeHtml = /^\s*</.test(text);
    const reason = looksLikeHtml
      ? 'it looks like a web page (HTML), not JSON'
      : cause instanceof Error
        ? cause.message
        : String(cause);
    throw new DatasetError('not-json', path, `${path} is not valid JSON: ${reason}.`, { cause });
  }
  const result = validateDataset(json);
  if (!result.ok) {
    const count = result.problems.length;
    const summary = `${path} is not a valid dataset (format estimates/v1): ${count} problem${count === 1 ? '' : 's'}.`;
    throw new DatasetError('invalid', path, summary, { problems: result.problems });
  }
  return result.dataset;
}

export function resolveDatasetUrl(path: string): URL {
  // Outside a browser (unit tests) paths resolve against a stand-in origin.
  const base = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  let url: URL;
  try {
    url = new URL(path, base);
  } catch (cause) {
    throw new DatasetError('origin', path, `"${path}" is not a path to a dataset.`, { cause });
  }
  if (url.origin !== new URL(base).origin || !/^https?:$/.test(url.protocol)) {
    throw new DatasetError(
      'origin',
      path,
      `Only datasets from this site can be opened; "${path}" points elsewhere.`,
    );
  }
  return url;
}

function decodeUtf8(bytes: ArrayBuffer, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new DatasetError('not-json', path, `${path} is not UTF-8 text, so it cannot be JSON.`, {
      cause,
    });
  }
}

function tooLarge(path: string, bytes: number): DatasetError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new DatasetError(
    'too-large',
    path,
    `${path} is ${mb(bytes)}, more than the ${mb(datasetLimits.fileBytes)} a dataset may be.`,
  );
}
