import { describe, expect, it } from 'vitest';
import { compareProblems, formatPath, type Problem } from './problem';

describe('formatPath', () => {
  it.each([
    [[], '(dataset)'],
    [['format'], 'format'],
    [['estimates', 3], 'estimates[3]'],
    [['estimates', 3, 'value', 'low'], 'estimates[3].value.low'],
    [['estimates', 0, 'citations', 2], 'estimates[0].citations[2]'],
    [['metrics', 10, 'sumOf'], 'metrics[10].sumOf'],
  ] as const)('%j -> %s', (segments, path) => {
    expect(formatPath(segments)).toBe(path);
  });
});

describe('compareProblems', () => {
  const problem = (path: string): Problem => ({ path, message: path });
  const sorted = (paths: string[]) =>
    paths
      .map(problem)
      .sort(compareProblems)
      .map((p) => p.path);

  it('orders top-level keys as the format lists them', () => {
    expect(
      sorted([
        'estimates',
        'citations[0].id',
        'sources',
        'metrics[1].id',
        'updated',
        'id',
        'format',
      ]),
    ).toEqual([
      'format',
      'id',
      'updated',
      'metrics[1].id',
      'sources',
      'citations[0].id',
      'estimates',
    ]);
  });

  it('orders items by index as numbers: estimates[2] before estimates[10]', () => {
    expect(sorted(['estimates[10].id', 'estimates[2].id', 'estimates[1].value'])).toEqual([
      'estimates[1].value',
      'estimates[2].id',
      'estimates[10].id',
    ]);
  });

  it('puts unknown top-level keys after the known ones', () => {
    expect(sorted(['zzz', 'estimates[0].id', 'format'])).toEqual([
      'format',
      'estimates[0].id',
      'zzz',
    ]);
  });

  it('keeps the found order of problems inside one item', () => {
    expect(
      sorted(['estimates[4].value.low', 'estimates[4].asOf', 'estimates[4].value.best']),
    ).toEqual(['estimates[4].value.low', 'estimates[4].asOf', 'estimates[4].value.best']);
    expect(compareProblems(problem('estimates[4].note'), problem('estimates[4].id'))).toBe(0);
  });
});
