import { describe, expect, it } from 'vitest';
import { DatasetError, type DatasetErrorKind } from './datasetErrors';

describe('DatasetError', () => {
  it('is an Error named DatasetError, with no problems unless given', () => {
    const error = new DatasetError('network', 'x.json', 'Could not reach the server.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DatasetError');
    expect(error.problems).toEqual([]);
    expect(error.status).toBeUndefined();
  });

  // Retry is offered where trying again can help; quick faults are retried without asking.
  it.each([
    ['network', undefined, true, true],
    ['truncated', undefined, true, true],
    ['http', 500, true, true],
    ['http', 503, true, true],
    ['timeout', undefined, true, false],
    ['http', 404, false, false],
    ['http', 400, false, false],
    ['http', undefined, false, false],
    ['html', undefined, false, false],
    ['not-json', undefined, false, false],
    ['too-large', undefined, false, false],
    ['invalid', undefined, false, false],
    ['origin', undefined, false, false],
  ] as const)(
    'kind %s, status %s: retryable %s, automatically %s',
    (kind, status, button, auto) => {
      const details = status === undefined ? {} : { status };
      const error = new DatasetError(kind satisfies DatasetErrorKind, 'x.json', 'm', details);
      expect(error.retryable).toBe(button);
      expect(error.retriedAutomatically).toBe(auto);
    },
  );
});
