import type { Problem } from '../../data/schema/problem';

/**
 * Why a briefing file was refused. too-large, not-text, not-json, truncated, html: the file is
 * not a briefing at all; invalid: it is, with `problems` (every one, `path: message`).
 */
export type BriefingErrorKind =
  'too-large' | 'not-text' | 'not-json' | 'truncated' | 'html' | 'invalid';

export class BriefingError extends Error {
  override readonly name = 'BriefingError';
  readonly kind: BriefingErrorKind;
  /** The file's name, as messages give it. */
  readonly fileName: string;
  readonly problems: readonly Problem[];

  constructor(
    kind: BriefingErrorKind,
    fileName: string,
    summary: string,
    details: { problems?: readonly Problem[]; cause?: unknown } = {},
  ) {
    const problems = details.problems ?? [];
    // The message lists every problem, so that it stands alone wherever it is shown or logged.
    const lines = problems.map((p) => `\n${p.path}: ${p.message}`).join('');
    super(`${summary}${lines}`, { cause: details.cause });
    this.kind = kind;
    this.fileName = fileName;
    this.problems = problems;
  }
}
