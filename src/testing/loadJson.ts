import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Dataset } from '../data/schema/datasetSchema';
import { validateDataset } from '../data/schema/validateDataset';
import { prepareDataset, type DatasetModel } from '../domain/claims/prepareDataset';

// Files are found from the project root (where the tests run), not with
// `new URL(path, import.meta.url)`: Vite rewrites that pattern into an asset import in
// browser-like (jsdom) test environments.
const projectRoot = pathToFileURL(`${process.cwd()}/`);

/** The dataset the app ships with. */
export const defaultDatasetUrl = new URL('data/north-korea-russia-2024-2025.json', projectRoot);

/** A dataset file the project's tests own (e2e/fixtures/: harbour-strike.json, hostile.json...). */
export function fixtureUrl(name: string): URL {
  return new URL(`e2e/fixtures/${name}`, projectRoot);
}

export function readJson(url: URL): unknown {
  return JSON.parse(readFileSync(url, 'utf8')) as unknown;
}

/** A dataset file, validated; throws with its problems if it is not valid. */
export function loadDataset(url: URL): Dataset {
  const result = validateDataset(readJson(url));
  if (!result.ok) {
    const lines = result.problems.map((p) => `${p.path}: ${p.message}`);
    throw new Error(`${url.pathname} is not valid:\n${lines.join('\n')}`);
  }
  return result.dataset;
}

/** The default dataset, prepared as the app prepares it. */
export function loadDefaultModel(): DatasetModel {
  return prepareDataset(loadDataset(defaultDatasetUrl));
}
