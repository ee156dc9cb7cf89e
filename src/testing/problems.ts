import { expect } from 'vitest';
import type { Problem } from '../data/schema/problem';
import { validateDataset } from '../data/schema/validateDataset';

/** The problems validateDataset reports for `input` (none when it is valid). */
export function problemsOf(input: unknown): readonly Problem[] {
  const result = validateDataset(input);
  return result.ok ? [] : result.problems;
}

/** The problems as the app lists them: `path: message`. */
export function problemLines(input: unknown): string[] {
  return problemsOf(input).map((p) => `${p.path}: ${p.message}`);
}

/** The paths of the problems, in the order they are listed. */
export function problemPaths(input: unknown): string[] {
  return problemsOf(input).map((p) => p.path);
}

/**
 * Asserts that `input` is refused with exactly one problem, at `path`, whose message contains
 * `message` (a stable part of it) or matches it.
 */
export function expectOnlyProblem(input: unknown, path: string, message: string | RegExp): void {
  const problems = problemsOf(input);
  expect(problems.map((p) => p.path)).toEqual([path]);
  const [problem] = problems;
  if (typeof message === 'string') expect(problem?.message).toContain(message);
  else expect(problem?.message).toMatch(message);
}

/**
 * Asserts that exactly one of the problems reported for `input` is at `path`, and that its
 * message contains `message`; problems elsewhere (such as references that no longer resolve)
 * are allowed.
 */
export function expectProblemAt(input: unknown, path: string, message: string): void {
  const atPath = problemsOf(input).filter((p) => p.path === path);
  expect(atPath.map((p) => p.path)).toEqual([path]);
  expect(atPath[0]?.message).toContain(message);
}
