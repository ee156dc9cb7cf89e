import { DatasetError } from '../../data/datasetErrors';
import { datasetIdleTimeoutMs } from '../../data/schema/datasetLimits';
import { ProblemList } from './ProblemList';

export interface DatasetErrorViewProps {
  readonly error: Error;
  readonly path: string;
  readonly onRetry: () => void;
  /** A link back to the default dataset, when another one failed. */
  readonly defaultHref?: string;
}

/** Why the dataset is not shown, in words that say what and where, with a way forward. */
export function DatasetErrorView({ error, path, onRetry, defaultHref }: DatasetErrorViewProps) {
  const known = error instanceof DatasetError ? error : undefined;
  const { title, advice } = describe(known, path);
  const canRetry = !known || known.retryable;
  return (
    <div className="state-card error-card">
      {/* Only what happened is announced; the advice and any problem list are read on demand. */}
      <div role="alert">
        <h2>{title}</h2>
        <p>{error.message}</p>
      </div>
      {advice ? <p>{advice}</p> : null}
      {known?.kind === 'invalid' ? (
        <ProblemList problems={known.problems} fileName={path.split('/').pop() ?? 'dataset'} />
      ) : null}
      <p className="state-actions">
        {canRetry ? (
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        ) : null}
        {defaultHref ? <a href={defaultHref}>Open the default dataset</a> : null}
      </p>
    </div>
  );
}

function describe(
  error: DatasetError | undefined,
  path: string,
): { title: string; advice?: string } {
  const status = error?.status ?? 0;
  switch (error?.kind) {
    case 'network':
      return {
        title: 'Could not reach the server',
        advice:
          'It was tried three times. Check the connection, or that the server is still running, then retry.',
      };
    case 'timeout':
      return {
        title: 'The server stopped answering',
        advice: `Crosscheck stops waiting when a server sends nothing for ${datasetIdleTimeoutMs / 1000} seconds. The server may be busy or the connection slow: retry, or check that the server is still running.`,
      };
    case 'http':
      if (status === 404) {
        return {
          title: `Dataset not found (404): ${path}`,
          advice: 'Check the path given in ?dataset= in the address bar.',
        };
      }
      return status >= 500
        ? {
            title: `The server failed (HTTP ${status})`,
            advice: 'The fault is on the server; it was tried three times. Retry in a moment.',
          }
        : {
            title: `The server refused the dataset (HTTP ${status || '?'})`,
            advice: 'Check that this server lets the file be read, and the path in ?dataset=.',
          };
    case 'truncated':
      return {
        title: 'The dataset arrived incomplete',
        advice:
          'The file was cut off part-way (it was tried three times). Retry; if it happens again, the file on the server may itself be cut short.',
      };
    case 'html':
      return {
        title: 'A web page came back instead of the dataset',
        advice:
          'Many servers answer a path they do not have with a web page. Check the path given in ?dataset= in the address bar.',
      };
    case 'not-json':
      return {
        title: 'The file is not JSON',
        advice:
          'A dataset is a JSON document in format estimates/v1; see the dataset format guide.',
      };
    case 'too-large':
      return { title: 'The dataset is too large to open here' };
    case 'invalid':
      return {
        title: 'The dataset was refused',
        advice:
          'Nothing was charted: a dataset is shown whole or not at all. Each problem below gives its place in the file.',
      };
    case 'origin':
      return { title: 'Only datasets from this site can be opened' };
    case 'not-imported':
      return {
        title: 'This dataset is not in this browser',
        advice:
          'Datasets you import are kept in the browser they were imported into. Open Datasets (top of the page) to import the file here, or open another dataset.',
      };
    case 'storage':
      return {
        title: 'The browser\u2019s storage could not be read',
        advice: 'Retry; if it fails again, open Datasets to import the file again.',
      };
    default:
      return { title: 'Something went wrong while opening the dataset' };
  }
}
