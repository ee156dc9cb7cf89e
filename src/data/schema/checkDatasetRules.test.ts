import { describe, expect, it } from 'vitest';
import {
  makeDataset,
  makeEstimate,
  makeMetric,
  withValue,
  withValues,
} from '../../testing/factories/makeDataset';
import { problemLines } from '../../testing/problems';
import { checkDatasetRules, findCycles } from './checkDatasetRules';

describe('duplicate ids', () => {
  it.each([
    ['metrics', 0, 'killed'],
    ['sources', 1, 'beta'],
    ['citations', 1, 'wire-2025-02'],
    ['estimates', 2, 'beta-casualties-2025-02'],
  ] as const)('are refused in %s, naming the first index that used the id', (name, index, id) => {
    const dataset = makeDataset();
    const items: unknown[] = [...dataset[name]];
    const input = { ...dataset, [name]: [...items, items[index]] };
    const at = items.length;
    expect(problemLines(input)).toEqual([
      `${name}[${at}].id: duplicate id "${id}": already used by ${name}[${index}]`,
    ]);
  });

  it('name the first use for every later duplicate', () => {
    const estimates = [makeEstimate(), makeEstimate(), makeEstimate()];
    expect(problemLines(makeDataset({ estimates }))).toEqual([
      'estimates[1].id: duplicate id "alpha-killed-2025-01-10": already used by estimates[0]',
      'estimates[2].id: duplicate id "alpha-killed-2025-01-10": already used by estimates[0]',
    ]);
  });

  it('are allowed across collections (a metric and a source may share an id)', () => {
    const input = withValues(makeDataset(), [
      [['sources', 1, 'id'], 'killed'],
      [['estimates', 2, 'source'], 'killed'],
    ]);
    expect(problemLines(input)).toEqual([]);
  });
});

describe('references', () => {
  it('refuses an estimate whose metric does not exist', () => {
    expect(problemLines(withValue(makeDataset(), ['estimates', 1, 'metric'], 'missing'))).toEqual([
      'estimates[1].metric: unknown metric "missing": no metrics[].id has it',
    ]);
  });

  it('refuses an estimate whose source does not exist', () => {
    expect(problemLines(withValue(makeDataset(), ['estimates', 2, 'source'], 'nobody'))).toEqual([
      'estimates[2].source: unknown source "nobody": no sources[].id has it',
    ]);
  });

  it('names each citation that does not resolve at its own index', () => {
    const citations = ['herald-2025-01-10', 'gone', 'wire-2025-02', 'also-gone'];
    expect(
      problemLines(withValue(makeDataset(), ['estimates', 0, 'citations'], citations)),
    ).toEqual([
      'estimates[0].citations[1]: unknown citation "gone": no citations[].id has it',
      'estimates[0].citations[3]: unknown citation "also-gone": no citations[].id has it',
    ]);
  });

  it('does not resolve an estimate id as a citation', () => {
    const input = withValue(
      makeDataset(),
      ['estimates', 0, 'citations'],
      ['beta-casualties-2025-02'],
    );
    expect(problemLines(input)).toEqual([
      'estimates[0].citations[0]: unknown citation "beta-casualties-2025-02": no citations[].id has it',
    ]);
  });
});

describe('sumOf', () => {
  const sumOf = (parts: string[]) => withValue(makeDataset(), ['metrics', 2, 'sumOf'], parts);

  it('refuses an unknown part', () => {
    expect(problemLines(sumOf(['killed', 'missing']))).toEqual([
      'metrics[2].sumOf[1]: unknown metric "missing": no metrics[].id has it',
    ]);
  });

  it('refuses a metric that sums itself', () => {
    expect(problemLines(sumOf(['killed', 'casualties']))).toEqual([
      'metrics[2].sumOf[1]: a metric cannot be a sum of itself ("casualties")',
    ]);
  });

  it('refuses a part listed twice', () => {
    expect(problemLines(sumOf(['killed', 'wounded', 'killed']))).toEqual([
      'metrics[2].sumOf[2]: "killed" is listed twice',
    ]);
  });

  it('refuses a part counted in another unit', () => {
    const input = withValue(makeDataset(), ['metrics', 1, 'unit'], 'soldiers');
    expect(problemLines(input)).toEqual([
      'metrics[2].sumOf[1]: "wounded" is counted in soldiers, not people: a sum needs one unit',
    ]);
  });

  it('refuses a two-metric cycle (a -> b -> a), reported once', () => {
    const metrics = [makeMetric({ id: 'a', sumOf: ['b'] }), makeMetric({ id: 'b', sumOf: ['a'] })];
    expect(problemLines(makeDataset({ metrics, estimates: [] }))).toEqual([
      'metrics[0].sumOf: sums form a cycle: a -> b -> a',
    ]);
  });

  it('refuses a longer cycle, reported once at its first metric', () => {
    const metrics = [
      makeMetric({ id: 'total' }),
      makeMetric({ id: 'c', sumOf: ['a', 'total'] }),
      makeMetric({ id: 'a', sumOf: ['b'] }),
      makeMetric({ id: 'b', sumOf: ['c'] }),
    ];
    expect(problemLines(makeDataset({ metrics, estimates: [] }))).toEqual([
      'metrics[1].sumOf: sums form a cycle: c -> a -> b -> c',
    ]);
  });

  it('accepts nested sums without a cycle (a diamond is not a cycle)', () => {
    const metrics = [
      makeMetric({ id: 'x' }),
      makeMetric({ id: 'y', sumOf: ['x'] }),
      makeMetric({ id: 'z', sumOf: ['x'] }),
      makeMetric({ id: 'all', sumOf: ['y', 'z'] }),
    ];
    expect(problemLines(makeDataset({ metrics, estimates: [] }))).toEqual([]);
  });
});

describe('findCycles', () => {
  it('finds each cycle once, starting at its first metric', () => {
    const partsOf = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(partsOf)).toEqual([['a', 'b', 'c']]);
  });

  it('finds separate cycles, and ignores a metric listing itself (reported apart)', () => {
    const partsOf = new Map([
      ['a', ['b']],
      ['b', ['a']],
      ['c', ['c']],
      ['d', ['e']],
      ['e', ['d']],
    ]);
    expect(findCycles(partsOf)).toEqual([
      ['a', 'b'],
      ['d', 'e'],
    ]);
  });

  it('finds none in a tree', () => {
    expect(findCycles(new Map([['total', ['killed', 'wounded']]]))).toEqual([]);
  });
});

describe('values', () => {
  const withEstimateValue = (value: unknown) =>
    withValue(makeDataset(), ['estimates', 0, 'value'], value);

  it.each([
    [{}, 'estimates[0].value: needs best, or both low and high'],
    [{ qualifier: 'about' }, 'estimates[0].value: needs best, or both low and high'],
    [{ low: 5 }, 'estimates[0].value.high: is required with low when there is no best'],
    [{ high: 5 }, 'estimates[0].value.low: is required with high when there is no best'],
    [{ low: 12000, high: 11000 }, 'estimates[0].value.low: must not exceed high (12000 > 11000)'],
    [{ low: 12, best: 11 }, 'estimates[0].value.low: must not exceed best (12 > 11)'],
    [{ best: 12, high: 11 }, 'estimates[0].value.best: must not exceed high (12 > 11)'],
  ])('refuses %j', (value, line) => {
    expect(problemLines(withEstimateValue(value))).toEqual([line]);
  });

  it.each([
    { best: 0 },
    { low: 10, high: 12 },
    { low: 12, high: 12 },
    { low: 10, best: 11, high: 12 },
    { low: 11, best: 11, high: 11 },
    { best: 11, low: 10 },
    { best: 11, high: 12 },
  ])('accepts %j', (value) => {
    expect(problemLines(withEstimateValue(value))).toEqual([]);
  });

  it('reports every broken order of one value', () => {
    expect(problemLines(withEstimateValue({ low: 700, best: 650, high: 600 }))).toEqual([
      'estimates[0].value.low: must not exceed high (700 > 600)',
      'estimates[0].value.low: must not exceed best (700 > 650)',
      'estimates[0].value.best: must not exceed high (650 > 600)',
    ]);
  });
});

describe('periods', () => {
  const withPeriod = (from: string, to: string) =>
    withValue(makeDataset(), ['estimates', 0, 'period'], { from, to });

  it('refuses a period whose start is after its end', () => {
    expect(problemLines(withPeriod('2025-01-16', '2025-01-15'))).toEqual([
      'estimates[0].period.from: must not be after to (2025-01-16 > 2025-01-15)',
    ]);
    expect(problemLines(withPeriod('2025-02', '2025-01-31'))).toEqual([
      'estimates[0].period.from: must not be after to (2025-02 > 2025-01-31)',
    ]);
  });

  it.each([
    ['2025-01', '2025-01-15'],
    ['2025-01-15', '2025-01'],
    ['2025-01-15', '2025-01-15'],
    ['2024', '2024'],
    ['2024-10', '2025-01'],
    ['2022', '2024-08-27'],
  ])('accepts %s to %s (compared as spans)', (from, to) => {
    expect(problemLines(withPeriod(from, to))).toEqual([]);
  });

  it('does not compare ends that are not dates (their own message is enough)', () => {
    expect(problemLines(withPeriod('2025-13', '2025-01'))).toEqual([
      'estimates[0].period.from: "2025-13" has no month 13: months run from 01 to 12',
    ]);
  });
});

describe('checkDatasetRules on raw input', () => {
  it('returns nothing for input that is not an object', () => {
    for (const input of [undefined, null, [], 'x', 3]) expect(checkDatasetRules(input)).toEqual([]);
  });

  it('still checks what it can read where the shape is broken', () => {
    const input = {
      metrics: [null, { id: 'killed' }],
      sources: 'none',
      estimates: [5, { metric: 'killed', source: 'alpha', citations: [1, 'c'], value: 'x' }],
    };
    expect(checkDatasetRules(input)).toEqual([
      { path: 'estimates[1].source', message: 'unknown source "alpha": no sources[].id has it' },
      {
        path: 'estimates[1].citations[1]',
        message: 'unknown citation "c": no citations[].id has it',
      },
    ]);
  });
});

describe('checkDatasetRules: citations of an estimate', () => {
  it('refuses a citation listed twice on one estimate, at the repeat', () => {
    const input = withValue(
      makeDataset(),
      ['estimates', 0, 'citations'],
      ['herald-2025-01-10', 'herald-2025-01-10'],
    );
    expect(problemLines(input)).toEqual([
      'estimates[0].citations[1]: "herald-2025-01-10" is listed twice',
    ]);
  });
});
