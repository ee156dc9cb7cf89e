import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDataset } from '../../testing/arbitrary/arbitraryDataset';
import { makeDataset } from '../../testing/factories/makeDataset';
import { DatasetError } from '../datasetErrors';
import { parseDatasetText } from '../read/parseDatasetText';
import { validateDataset, type ValidationResult } from './validateDataset';

/** A result is a dataset, or a non-empty list of problems each with a path and a message. */
function expectWellFormed(result: ValidationResult): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(problem.message).toMatch(/\S/);
  }
}

/** Any JSON value, prototype keys and all, nested up to a depth. */
const arbitraryJson = fc.jsonValue({ maxDepth: 6 });

/** A valid dataset with one place in it replaced by arbitrary JSON. */
const arbitraryMutation = fc
  .tuple(arbitraryDataset, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), arbitraryJson)
  .map(([dataset, route, replacement]) =>
    replaceAlong(structuredClone(dataset), route, replacement),
  );

// Hundreds of generated inputs per property: a busy machine needs more than the default 5 s.
describe('validateDataset on arbitrary input (fast-check)', { timeout: 60_000 }, () => {
  it('never throws on any JSON, and returns a dataset or a list of problems', () => {
    fc.assert(
      fc.property(arbitraryJson, (json) => {
        expectWellFormed(validateDataset(json));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a valid dataset with any one part replaced by any JSON', () => {
    fc.assert(
      fc.property(arbitraryMutation, (json) => {
        expectWellFormed(validateDataset(json));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts every dataset that follows the rules, and gives back what it was given', () => {
    fc.assert(
      fc.property(arbitraryDataset, (dataset) => {
        const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
        expect(result.ok ? [] : result.problems).toEqual([]);
        expect(result.ok && result.dataset).toEqual(dataset);
      }),
      { numRuns: 200 },
    );
  });

  it('parses any text to a dataset or a DatasetError, never another exception', () => {
    const text = JSON.stringify(makeDataset());
    const arbitraryText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json({ maxDepth: 4 }),
      fc.nat({ max: text.length }).map((cut) => text.slice(0, cut)),
      arbitraryJson.map((json) => JSON.stringify({ ...makeDataset(), extra: json })),
    );
    fc.assert(
      fc.property(arbitraryText, (candidate) => {
        try {
          parseDatasetText(candidate, 'x.json');
        } catch (error) {
          expect(error).toBeInstanceOf(DatasetError);
          expect((error as DatasetError).message).toMatch(/^x\.json /);
        }
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Walks `route` into `value` (each number picks a key or index, modulo how many there are) and
 * replaces what it reaches with `replacement`.
 */
function replaceAlong(value: unknown, route: readonly number[], replacement: unknown): unknown {
  const [step, ...rest] = route;
  if (step === undefined || typeof value !== 'object' || value === null) return replacement;
  const keys = Object.keys(value);
  const key = keys[step % Math.max(keys.length, 1)];
  if (key === undefined) return replacement;
  const record = value as Record<string, unknown>;
  record[key] = replaceAlong(record[key], rest, replacement);
  return value;
}
