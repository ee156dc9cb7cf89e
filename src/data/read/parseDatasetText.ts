import { DatasetError } from '../datasetErrors';
import type { Dataset } from '../schema/datasetSchema';
import { isTruncatedJson } from './isTruncatedJson';
import { measureTime } from '../../lib/measureTime';
import { validateDataset } from '../schema/validateDataset';

/**
 * Parses and validates dataset text; `path` names it in messages. `contentType` is what the
 * server said it sent: it only sharpens the message when the text is not JSON, because static
 * servers label .json files variously (text/plain, application/octet-stream) and a dataset is
 * judged by what it holds.
 */
export function parseDatasetText(text: string, path: string, contentType?: string | null): Dataset {
  // A byte-order mark is legal at the start of a UTF-8 file but not in JSON.
  const json = text.replace(/^\uFEFF/, '');
  if (!/\S/.test(json)) {
    throw new DatasetError('not-json', path, `${path} is empty: a dataset is a JSON document.`);
  }
  let parsed: unknown;
  try {
    parsed = measureTime('parse', () => JSON.parse(json) as unknown);
  } catch (cause) {
    throw explainNotJson(json, path, contentType ?? '', cause);
  }
  const result = measureTime('validate', () => validateDataset(parsed));
  if (!result.ok) {
    const count = result.problems.length;
    const summary = `${path} is not a valid dataset (format estimates/v1): ${count} problem${count === 1 ? '' : 's'}.`;
    throw new DatasetError('invalid', path, summary, { problems: result.problems });
  }
  return result.dataset;
}

function explainNotJson(
  text: string,
  path: string,
  contentType: string,
  cause: unknown,
): DatasetError {
  if (/^\s*</.test(text) || /\bhtml\b/i.test(contentType)) {
    const said = contentType ? ` (sent as ${contentType.split(';')[0] ?? contentType})` : '';
    return new DatasetError(
      'html',
      path,
      `${path} came back as a web page (HTML)${said}, not as JSON.`,
      { cause },
    );
  }
  if (isTruncatedJson(text)) {
    return new DatasetError(
      'truncated',
      path,
      `${path} stops part-way: its JSON ends before every object and list is closed, after ${text.length.toLocaleString('en-GB')} characters.`,
      { cause },
    );
  }
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new DatasetError('not-json', path, `${path} is not valid JSON: ${reason}.`, { cause });
}
