import { checkDatasetRules } from './checkDatasetRules';
import { datasetSchema, type Dataset } from './datasetSchema';
import { describeIssues } from './describeIssue';
import { compareProblems, dedupeProblems, type Problem } from './problem';

export type ValidationResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The one gate between untrusted JSON and the app: a dataset is accepted whole or refused whole,
 * with every problem listed in document order. Never throws.
 */
export function validateDataset(input: unknown): ValidationResult {
  // reportInput: messages quote the offending value (shortened) so the author can find it.
  const parsed = datasetSchema.safeParse(input, { reportInput: true });
  const problems = [...(parsed.success ? [] : describeIssues(parsed.error.issues))];
  problems.push(...checkDatasetRules(input));
  if (parsed.success && problems.length === 0) return { ok: true, dataset: parsed.data };
  return { ok: false, problems: dedupeProblems(problems).sort(compareProblems) };
}
