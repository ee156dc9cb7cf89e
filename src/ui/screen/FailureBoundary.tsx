import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { Isolated } from '../../charts/Isolated';

interface FailureBoundaryProps {
  /** What fails here, as the card's heading says it: "This chart could not be drawn". */
  readonly title: string;
  /** What the failure leaves working, in a sentence. */
  readonly scope: string;
  /** When any of these change (another dataset, filter or view) the part is tried again. */
  readonly resetKeys: readonly unknown[];
  readonly children: ReactNode;
}

/**
 * Contains a failure to one part of the page: if drawing a chart or a view throws, an error card
 * takes its place (never half of it), says what happened and offers to try again, and the rest
 * of the page keeps working.
 */
export function FailureBoundary({ title, scope, resetKeys, children }: FailureBoundaryProps) {
  return (
    <ErrorBoundary
      resetKeys={[...resetKeys]}
      fallbackRender={(props) => <FailureCard {...props} title={title} scope={scope} />}
    >
      {children}
    </ErrorBoundary>
  );
}

function FailureCard({
  error,
  resetErrorBoundary,
  title,
  scope,
}: FallbackProps & { title: string; scope: string }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="state-card error-card failure-card">
      <div role="alert">
        <h3>
          <Isolated>{title}</Isolated>
        </h3>
        <p>
          Crosscheck hit an error: &ldquo;{message || 'no description was given'}&rdquo;. {scope}
        </p>
      </div>
      <p className="state-actions">
        <button type="button" onClick={resetErrorBoundary}>
          Try again
        </button>
      </p>
      <p className="failure-advice">
        If it fails again, reloading the page may help; please report it with the dataset and the
        link of this page.
      </p>
    </div>
  );
}
