import { DatasetError } from '../datasetErrors';

/**
 * The URL of the dataset at `path` (what the user gave, `?dataset=`), resolved against the page
 * (`pageUrl`, or the current location). Only same-origin http(s) URLs are given: a link cannot
 * make the app call another host.
 */
export function resolveDatasetUrl(path: string, pageUrl?: string): URL {
  // Outside a browser (unit tests) paths resolve against a stand-in origin.
  const base = pageUrl ?? (typeof location === 'undefined' ? 'http://localhost/' : location.href);
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
