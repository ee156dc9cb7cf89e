/** While the dataset loads: a progress indicator that says what is being fetched. */
export function LoadingState({ path, attempt }: { path: string; attempt: number }) {
  return (
    <div className="state-card" role="status" aria-live="polite">
      <div className="spinner" role="progressbar" aria-label="Loading the dataset" />
      <p>
        Loading <code>{path}</code>
        {attempt > 0 ? ` (trying again, attempt ${attempt + 1})` : ''}&hellip;
      </p>
    </div>
  );
}
