import type { Problem } from './schema/problem';

/**
 * Why a dataset could not be shown; each kind has its own message in the UI.
 * - network: no answer at all (refused, offline, DNS); timeout: no bytes for a while;
 * - http: an error status; truncated: the body stopped part-way;
 * - html: a web page came back (a server's fallback page for a wrong path, usually);
 * - not-json, too-large, invalid: the file itself is unusable; origin: not this site's file;
 * - not-imported: a link to an imported dataset this browser does not hold;
 * - storage: the browser's storage could not be read.
 */
export type DatasetErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'truncated'
  | 'html'
  | 'not-json'
  | 'too-large'
  | 'invalid'
  | 'origin'
  | 'not-imported'
  | 'storage';

export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  readonly kind: DatasetErrorKind;
  /** The path the dataset was requested from, as the user gave it. */
  readonly path: string;
  readonly status: number | undefined;
  readonly problems: readonly Problem[];

  constructor(
    kind: DatasetErrorKind,
    path: string,
    message: string,
    details: { status?: number; problems?: readonly Problem[]; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.kind = kind;
    this.path = path;
    this.status = details.status;
    this.problems = details.problems ?? [];
  }

  /** A passing fault, worth a Retry button: the same request may well succeed next time. */
  get retryable(): boolean {
    return this.retriedAutomatically || this.kind === 'timeout' || this.kind === 'storage';
  }

  /**
   * Quick faults are retried without asking. A timeout is not: the person has already waited,
   * and is better told than kept waiting twice as long again.
   */
  get retriedAutomatically(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'truncated' ||
      (this.kind === 'http' && (this.status ?? 0) >= 500)
    );
  }
}
