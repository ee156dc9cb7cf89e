import { csvLimits } from '../csv/csvColumns';
import { DatasetError } from '../datasetErrors';
import { datasetLimits } from '../schema/datasetLimits';
import type { Dataset } from '../schema/datasetSchema';
import { formatBytes } from '../formatBytes';
import { detectDatasetFormat, readDatasetText } from './readDatasetText';

/**
 * A file (or pasted text) the person brought, read as a dataset: JSON format v1 or its CSV form
 * (see readDatasetText). `name` names it in messages.
 */
export async function readImportFile(file: Blob, name: string): Promise<Dataset> {
  if (file.size > csvLimits.fileBytes) throw tooLarge(name, file.size, csvLimits.fileBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch (cause) {
    throw new DatasetError(
      'not-json',
      name,
      `${name} is not UTF-8 text. Save it from the spreadsheet as "CSV UTF-8", or as JSON, and import it again.`,
      { cause },
    );
  }
  const json = detectDatasetFormat(name, file.type, text) === 'json';
  if (json && file.size > datasetLimits.fileBytes) {
    throw tooLarge(name, file.size, datasetLimits.fileBytes);
  }
  return readDatasetText(text, name, file.type);
}

function tooLarge(name: string, bytes: number, limit: number): DatasetError {
  return new DatasetError(
    'too-large',
    name,
    `${name} is ${formatBytes(bytes)}, more than the ${formatBytes(limit)} a dataset of this kind may be.`,
  );
}
