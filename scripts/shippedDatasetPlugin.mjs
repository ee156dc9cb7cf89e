import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { runnerImport } from 'vite';

const moduleId = 'virtual:shipped-dataset';
const resolvedId = `\0${moduleId}`;

/**
 * The dataset the app opens by default, checked when the app is built. `virtual:shipped-dataset`
 * gives its file name and, when it passes validation, the SHA-256 of its text: a page that
 * fetches exactly that text has a dataset already validated, and skips the validator (the worker
 * and its start-up), which is most of what the first chart would wait for. Any other text, such
 * as the file edited on the server after the build, is validated as usual. An invalid file does
 * not stop the build: the app reports its problems, as it does for any dataset.
 *
 * @param {string} file the dataset, relative to the project's root
 * @returns {import('vite').Plugin}
 */
export function shippedDatasetPlugin(file) {
  const path = resolve(file);
  return {
    name: 'crosscheck:shipped-dataset',
    resolveId: (source) => (source === moduleId ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      this.addWatchFile(path);
      // As the page reads it: UTF-8, a byte-order mark dropped (fetchDataset's TextDecoder).
      const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
      // The app's own validator, loaded through Vite (it is TypeScript, written for the bundler).
      /** @type {{ module: typeof import('../src/data/read/parseDatasetText') }} */
      const { module } = await runnerImport(resolve('src/data/read/parseDatasetText.ts'), {
        configFile: false,
        logLevel: 'silent',
      });
      /** @type {string | undefined} */
      let sha256;
      try {
        module.parseDatasetText(text, file);
        sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
      } catch (error) {
        this.warn(describeInvalid(file, error));
      }
      return `export const shippedDataset = ${JSON.stringify({ fileName: basename(path), sha256 })};`;
    },
  };
}

/**
 * @param {string} file
 * @param {unknown} error a DatasetError, whose first problems are listed
 */
function describeInvalid(file, error) {
  const problems =
    error instanceof Error && 'problems' in error && Array.isArray(error.problems)
      ? /** @type {{ path: string; message: string }[]} */ (error.problems).slice(0, 5)
      : [];
  return [
    `${file} is not a valid dataset; the app will report its problems when it opens.`,
    error instanceof Error ? error.message : String(error),
    ...problems.map((problem) => `  ${problem.path}: ${problem.message}`),
  ].join('\n');
}
