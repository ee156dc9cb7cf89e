import { parseDatasetCsv } from '../csv/parseDatasetCsv';
import type { Dataset } from '../schema/datasetSchema';
import { parseDatasetText } from './parseDatasetText';

export type DatasetFormat = 'json' | 'csv';

/**
 * Whether dataset text is JSON format v1 or its CSV form: by the name's extension (.csv, .tsv and
 * .txt are CSV; .json is JSON), else by the content type, else by the text: JSON starts with `{`
 * or `[`, a CSV's first line is a list of names (commas, semicolons or tabs). Anything else is
 * read as JSON, whose messages say best what it is instead (a web page, a cut-off file...).
 */
export function detectDatasetFormat(
  name: string,
  contentType: string | null | undefined,
  text: string,
): DatasetFormat {
  if (/\.(csv|tsv|txt)$/i.test(name)) return 'csv';
  if (/\.json$/i.test(name)) return 'json';
  const type = contentType ?? '';
  if (/csv|tab-separated/i.test(type)) return 'csv';
  if (/json/i.test(type)) return 'json';
  if (/^\uFEFF?\s*[{[<]/.test(text)) return 'json';
  const firstLine = /^\uFEFF?([^\r\n]*)/.exec(text)?.[1] ?? '';
  return /[,;\t]/.test(firstLine) ? 'csv' : 'json';
}

/**
 * Dataset text read whole, as JSON or CSV (see detectDatasetFormat): the one reader of a dataset
 * file, whether the page fetched it, a person imported it or the export CLI was given it.
 * `name` names it in messages; `contentType` is what a server said it sent.
 */
export function readDatasetText(text: string, name: string, contentType?: string | null): Dataset {
  return detectDatasetFormat(name, contentType, text) === 'csv'
    ? parseDatasetCsv(text, name)
    : parseDatasetText(text, name, contentType);
}
