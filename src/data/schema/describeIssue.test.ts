import { describe, expect, it } from 'vitest';
import { z } from './zod';
import { describeIssue, describeIssues } from './describeIssue';

/** The issues zod reports for `input`, with the input kept as validateDataset asks. */
function issuesOf(schema: z.ZodType, input: unknown): z.core.$ZodIssue[] {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? [] : result.error.issues;
}

function describe1(schema: z.ZodType, input: unknown): string {
  const [issue] = issuesOf(schema, input);
  if (!issue) throw new Error('expected an issue');
  return describeIssue(issue).message;
}

describe('describeIssue', () => {
  it('says a missing field "is required"', () => {
    const problems = describeIssues(issuesOf(z.object({ id: z.string() }), {}));
    expect(problems).toEqual([{ path: 'id', message: 'is required' }]);
  });

  it('names the expected and the given type, with the right article', () => {
    expect(describe1(z.string(), 5)).toBe('must be a string (got number 5)');
    expect(describe1(z.object({}), [])).toBe('must be an object (got an array)');
    expect(describe1(z.array(z.string()), {})).toBe('must be an array (got an object)');
    expect(describe1(z.boolean(), null)).toBe('must be a boolean (got null)');
    expect(describe1(z.number(), 'x')).toBe('must be a number (got string "x")');
  });

  it('asks for a whole number', () => {
    expect(describe1(z.int(), 2.5)).toBe('must be a whole number (got 2.5)');
  });

  it('describes sizes of lists, strings and numbers', () => {
    expect(describe1(z.array(z.string()).min(1), [])).toBe('needs at least 1 item(s)');
    expect(describe1(z.array(z.string()).max(1), ['a', 'b'])).toBe('has too many items: at most 1');
    expect(describe1(z.string().min(1), '')).toBe('must not be empty');
    expect(describe1(z.string().max(3), 'abcdef')).toBe('is too long: 6 characters, at most 3');
    expect(describe1(z.int().min(1), 0)).toBe('must be at least 1 (got 0)');
    expect(describe1(z.int().max(6), 7)).toBe('must be at most 6 (got 7)');
  });

  it('lists the allowed values of an enum, and keeps a literal own message', () => {
    expect(describe1(z.enum(['A', 'B']), 'C')).toBe('must be one of "A", "B" (got "C")');
    expect(describe1(z.enum(['A', 'B']), 'x\u202e\u2069y')).toBe(
      'must be one of "A", "B" (got "x\\u202e\\u2069y")',
    );
    expect(describe1(z.literal('v1', { error: 'must be "v1"' }), 'v2')).toBe('must be "v1"');
  });

  it('quotes a value that fails a pattern', () => {
    expect(describe1(z.string().regex(/^a$/, 'must be a'), 'b')).toBe('must be a (got "b")');
  });

  it('shortens a long value to 60 characters', () => {
    const message = describe1(z.number(), 'x'.repeat(1000));
    expect(message).toBe(`must be a number (got string "${'x'.repeat(56)}...)`);
  });

  it('formats the path of a nested issue', () => {
    const schema = z.object({
      estimates: z.array(z.object({ value: z.object({ low: z.int() }) })),
    });
    const problems = describeIssues(
      issuesOf(schema, { estimates: [{ value: { low: 1 } }, { value: { low: 'x' } }] }),
    );
    expect(problems.map((p) => p.path)).toEqual(['estimates[1].value.low']);
  });
});

describe('describeIssues', () => {
  it('gives one problem per unknown key, each at its own path', () => {
    const schema = z.object({ value: z.strictObject({ best: z.int() }) });
    const problems = describeIssues(issuesOf(schema, { value: { best: 1, bset: 2, hihg: 3 } }));
    expect(problems).toEqual([
      { path: 'value.bset', message: 'unknown key: format v1 has no such field (a typo?)' },
      { path: 'value.hihg', message: 'unknown key: format v1 has no such field (a typo?)' },
    ]);
  });

  it('gives nothing for no issues', () => {
    expect(describeIssues([])).toEqual([]);
  });

  // JSON.stringify throws on a BigInt; the validator must never throw.
  it('describes a BigInt without throwing', () => {
    expect(describe1(z.number(), BigInt(5))).toBe('must be a number (got bigint 5n)');
  });
});
