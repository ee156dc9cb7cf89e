import type { DatasetErrorViewProps } from './DatasetErrorView';

/**
 * The failure in its plainest form, for when even the full error view cannot be loaded (the
 * server went away after the page was opened): what happened, and Retry. Never a blank page.
 */
export function BasicDatasetError({ error, onRetry }: DatasetErrorViewProps) {
  return (
    <div className="state-card error-card">
      <div role="alert">
        <h2>The dataset could not be loaded</h2>
        <p>{error.message}</p>
      </div>
      <p className="state-actions">
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      </p>
    </div>
  );
}
