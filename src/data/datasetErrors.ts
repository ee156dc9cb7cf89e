import type { Problem } from './problem';

/**
 * Why a dataset could not be shown. Each kind has its own message in the UI; only a network
 * failure is worth retrying automatically (an invalid file stays invalid).
 */
export type DatasetErrorKind = 'network' | 'http' | 'not-json' | 'too-large' | 'invalid' | 'origin';

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

  get retryable(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}
