import { datasetIdleTimeoutMs } from '../../data/schema/datasetLimits';
import { useLoadProgress } from '../../data/load/loadProgress';
import { formatBytes } from '../../data/formatBytes';
import { useNow } from '../../lib/useNow';

/** After this long without an answer the person is told the app is still waiting, and why. */
export const slowAnswerMs = 5_000;

/**
 * While the dataset loads: a progress indicator that says what is being fetched, how much has
 * arrived, and, when the server is slow to answer, that the app is still waiting and for how
 * long it will.
 */
export function LoadingState({ path, attempt }: { path: string; attempt: number }) {
  const progress = useLoadProgress(path);
  const now = useNow(1000, progress?.startedAt);
  const received = progress?.received;
  const total = progress?.total;
  const waitedMs = progress && received === undefined ? now - progress.startedAt : 0;
  const label = 'Loading the dataset';
  return (
    <div className="state-card loading-card">
      {total !== undefined && received !== undefined && !progress?.checking ? (
        <progress className="load-bar" aria-label={label} max={total} value={received} />
      ) : (
        <div className="spinner" role="progressbar" aria-label={label} />
      )}
      {/* Announced when it changes: what is loading, and once, that the server is slow. */}
      <div role="status" aria-live="polite">
        <p>
          Loading <code>{path}</code>
          {attempt > 0 ? ` (trying again, attempt ${attempt + 1})` : ''}&hellip;
        </p>
        {progress?.checking ? <p>Received; now checking every estimate.</p> : null}
        {waitedMs >= slowAnswerMs ? (
          <p>
            Still waiting for the server to answer. Crosscheck waits up to{' '}
            {datasetIdleTimeoutMs / 1000} seconds for a reply before it stops.
          </p>
        ) : null}
      </div>
      {/* Counters change every second or chunk: shown, not announced. */}
      {waitedMs >= slowAnswerMs ? (
        <p className="load-count">Waited {Math.floor(waitedMs / 1000)} seconds so far.</p>
      ) : null}
      {received ? (
        <p className="load-count">
          {formatBytes(received)}
          {total !== undefined ? ` of ${formatBytes(total)}` : ''} received.
        </p>
      ) : null}
    </div>
  );
}
