import { describe, expect, it } from 'vitest';
import { defaultDatasetUrl, fixtureUrl, readJson } from '../../testing/loadJson';
import {
  makeDataset,
  makeEstimate,
  withValue,
  withValues,
  withoutKey,
} from '../../testing/factories/makeDataset';
import { expectOnlyProblem, problemLines, problemPaths, problemsOf } from '../../testing/problems';
import { catchDatasetError } from '../../testing/catchDatasetError';
import { parseDatasetText } from '../read/parseDatasetText';
import { datasetLimits } from './datasetLimits';
import { validateDataset } from './validateDataset';

const unknownKey = 'unknown key: format v1 has no such field (a typo?)';

describe('validateDataset: a valid dataset', () => {
  it('is accepted and given back exactly as it came, with no defaults filled in', () => {
    const input = makeDataset();
    const result = validateDataset(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset).toEqual(input);
    expect(result.dataset.estimates[1]?.value).toEqual({ best: 2700 });
  });

  it('may have no estimates at all', () => {
    expect(problemLines(makeDataset({ estimates: [] }))).toEqual([]);
  });

  it('accepts the default dataset shipped with the app', () => {
    expect(problemLines(readJson(defaultDatasetUrl))).toEqual([]);
  });

  it('accepts a dataset on another subject, and strings that look like markup (they are text)', () => {
    expect(problemLines(readJson(fixtureUrl('harbour-strike.json')))).toEqual([]);
    expect(problemLines(readJson(fixtureUrl('hostile.json')))).toEqual([]);
  });
});

describe('validateDataset: a figure out of order and a dangling reference', () => {
  it('refuses a range whose ends are crossed at the figure itself (low 700, best 650, high 600)', () => {
    const crossed = withValue(makeDataset(), ['estimates', 1, 'value'], {
      low: 700,
      best: 650,
      high: 600,
    });
    const lines = problemLines(crossed);
    expect(lines).toContain('estimates[1].value.low: must not exceed high (700 > 600)');
    for (const line of lines) expect(line.startsWith('estimates[1].value.')).toBe(true);
  });

  it('refuses an estimate whose claimant is not in the dataset, naming it', () => {
    expect(problemLines(withValue(makeDataset(), ['estimates', 2, 'source'], 'nobody'))).toEqual([
      'estimates[2].source: unknown source "nobody": no sources[].id has it',
    ]);
  });
});

describe('validateDataset: format', () => {
  it.each([['estimates/v2'], ['estimates/v1 '], ['Estimates/V1'], [1], [null]])(
    'refuses format %j with a clear message',
    (format) => {
      expect(problemLines(withValue(makeDataset(), ['format'], format))).toEqual([
        'format: must be "estimates/v1"',
      ]);
    },
  );

  it('refuses a dataset without a format', () => {
    expect(problemPaths(withoutKey(makeDataset(), ['format']))).toEqual(['format']);
  });
});

describe('validateDataset: unknown keys are named at their own path', () => {
  const period = { from: '2025-01', to: '2025-01', until: '2025-02' };
  it.each([
    [['extra'], 1, 'extra'],
    [['Title'], 'Test', 'Title'],
    [['metrics', 1, 'lable'], 'Wounded', 'metrics[1].lable'],
    [['sources', 0, 'nmae'], 'Alpha', 'sources[0].nmae'],
    [['citations', 1, 'uri'], 'https://example.org', 'citations[1].uri'],
    [['estimates', 0, 'valu'], { best: 1 }, 'estimates[0].valu'],
    [['estimates', 2, 'value', 'bset'], 1, 'estimates[2].value.bset'],
    [['estimates', 0, 'period'], period, 'estimates[0].period.until'],
  ] as const)('an unknown key set at %j is reported at its own path', (at, value, path) => {
    expect(problemLines(withValue(makeDataset(), at, value))).toEqual([`${path}: ${unknownKey}`]);
  });

  it('names each of several unknown keys in one object separately', () => {
    const input = withValues(makeDataset(), [
      [['estimates', 0, 'valu'], 1],
      [['estimates', 0, 'sorce'], 'alpha'],
    ]);
    expect(problemLines(input)).toEqual([
      `estimates[0].valu: ${unknownKey}`,
      `estimates[0].sorce: ${unknownKey}`,
    ]);
  });

  it('treats keys such as __proto__ and constructor as unknown keys, not as special', () => {
    const text = JSON.stringify(makeDataset()).replace('"value":{', '"value":{"__proto__":{},');
    expect(problemLines(JSON.parse(text))).toEqual([`estimates[0].value.__proto__: ${unknownKey}`]);
    expect(problemLines(withValue(makeDataset(), ['constructor'], 1))).toEqual([
      `constructor: ${unknownKey}`,
    ]);
  });
});

describe('validateDataset: required fields', () => {
  it.each([
    [['id'], 'id'],
    [['title'], 'title'],
    [['updated'], 'updated'],
    [['estimates'], 'estimates'],
    [['metrics', 0, 'label'], 'metrics[0].label'],
    [['metrics', 0, 'unit'], 'metrics[0].unit'],
    [['sources', 1, 'name'], 'sources[1].name'],
    [['citations', 0, 'outlet'], 'citations[0].outlet'],
    [['citations', 0, 'published'], 'citations[0].published'],
    [['estimates', 0, 'value'], 'estimates[0].value'],
    [['estimates', 0, 'asOf'], 'estimates[0].asOf'],
    [['estimates', 0, 'citations'], 'estimates[0].citations'],
  ] as const)('a missing %j is reported as "%s: is required"', (at, path) => {
    expect(problemLines(withoutKey(makeDataset(), at))).toEqual([`${path}: is required`]);
  });

  it('reports a missing id where ids are referenced, as well as the missing id itself', () => {
    // Without metrics[0].id, estimates naming "killed" no longer resolve.
    expect(problemLines(withoutKey(makeDataset(), ['metrics', 0, 'id']))).toEqual([
      'metrics[0].id: is required',
      'metrics[2].sumOf[0]: unknown metric "killed": no metrics[].id has it',
      'estimates[0].metric: unknown metric "killed": no metrics[].id has it',
    ]);
  });

  it('reports a missing collection, and the references into it that no longer resolve', () => {
    expect(problemLines(withoutKey(makeDataset(), ['sources']))).toEqual([
      'sources: is required',
      'estimates[0].source: unknown source "alpha": no sources[].id has it',
      'estimates[1].source: unknown source "alpha": no sources[].id has it',
      'estimates[2].source: unknown source "beta": no sources[].id has it',
    ]);
    expect(problemPaths(withoutKey(makeDataset(), ['citations']))).toEqual([
      'citations',
      'estimates[0].citations[0]',
      'estimates[1].citations[0]',
      'estimates[2].citations[0]',
    ]);
    expect(problemPaths(withoutKey(makeDataset(), ['metrics']))[0]).toBe('metrics');
  });

  it('reports an estimate without metric, source or id at each path', () => {
    const input = [['id'], ['metric'], ['source']].reduce<unknown>(
      (acc, [key]) => withoutKey(acc, ['estimates', 1, key ?? '']),
      makeDataset(),
    );
    expect(problemLines(input)).toEqual([
      'estimates[1].id: is required',
      'estimates[1].metric: is required',
      'estimates[1].source: is required',
    ]);
  });

  // A missing field with a fixed set of values is missing, not a wrong choice.
  it.each([
    [['metrics', 0, 'kind'], 'metrics[0].kind'],
    [['sources', 0, 'type'], 'sources[0].type'],
  ] as const)('a missing enum field %j is reported as "%s: is required"', (at, path) => {
    expect(problemLines(withoutKey(makeDataset(), at))).toEqual([`${path}: is required`]);
  });

  it('needs at least one metric, source and citation', () => {
    const input = makeDataset({ metrics: [], sources: [], citations: [], estimates: [] });
    expect(problemLines(input)).toEqual([
      'metrics: needs at least 1 item(s)',
      'sources: needs at least 1 item(s)',
      'citations: needs at least 1 item(s)',
    ]);
  });
});

describe('validateDataset: wrong types', () => {
  it.each([
    [['title'], 5, 'title', 'must be a string (got number 5)'],
    [['estimates'], 'none', 'estimates', 'must be an array (got string "none")'],
    [['metrics', 2, 'sumOf'], 'killed', 'metrics[2].sumOf', 'must be an array'],
    [['sources', 0, 'party'], 'yes', 'sources[0].party', 'must be a boolean'],
    [['estimates', 0, 'value'], 300, 'estimates[0].value', 'must be an object'],
    [['estimates', 0, 'value', 'best'], '300', 'estimates[0].value.best', 'must be a number'],
    [['estimates', 0, 'citations', 0], 7, 'estimates[0].citations[0]', 'must be a string'],
    [['estimates', 0], null, 'estimates[0]', 'must be an object (got null)'],
  ] as const)('%j = %j is refused at %s: %s', (at, value, path, message) => {
    expectOnlyProblem(withValue(makeDataset(), at, value), path, message);
  });
});

describe('validateDataset: the root', () => {
  it.each([
    [[], 'must be an object (got an array)'],
    [null, 'must be an object (got null)'],
    ['estimates/v1', 'must be an object (got string'],
    [42, 'must be an object (got number 42)'],
  ])('refuses %j as a whole, at "(dataset)"', (input, message) => {
    expectOnlyProblem(input, '(dataset)', message);
  });

  it('reports every missing top-level field of an empty object, in the format order', () => {
    expect(problemPaths({})).toEqual([
      'format',
      'id',
      'title',
      'updated',
      'metrics',
      'sources',
      'citations',
      'estimates',
    ]);
  });
});

describe('validateDataset never throws', () => {
  let deep: unknown = 1;
  for (let i = 0; i < 10_000; i += 1) deep = [deep];
  const holes: unknown[] = [];
  holes[2] = makeEstimate();
  const odd: [string, unknown][] = [
    ['undefined', undefined],
    ['a number', 3.5],
    ['NaN', NaN],
    ['a boolean', false],
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['a Date', new Date(0)],
    [
      'nested garbage',
      { metrics: [null, 5, { sumOf: [1, null] }], estimates: [[], { value: 'x' }] },
    ],
    ['a deeply nested array', deep],
    ['deep nesting in a field', withValue(makeDataset(), ['estimates', 0, 'value'], deep)],
    ['a list with holes', { ...makeDataset(), estimates: holes }],
  ];

  it.each(odd)('on %s: it refuses it with at least one problem', (_, input) => {
    let result: ReturnType<typeof validateDataset> | undefined;
    expect(() => (result = validateDataset(input))).not.toThrow();
    expect(result?.ok).toBe(false);
    expect(problemsOf(input).length).toBeGreaterThan(0);
  });

  it('on undefined: "(dataset): is required"', () => {
    expect(problemLines(undefined)).toEqual(['(dataset): is required']);
  });

  // Only reachable from JavaScript, not JSON, but the validator must never throw.
  it('on a BigInt where a number belongs', () => {
    const input = withValue(makeDataset(), ['estimates', 0, 'value', 'best'], 0);
    const record = input as { estimates: { value: { best: unknown } }[] };
    const [first] = record.estimates;
    if (first) first.value.best = BigInt(300);
    expect(() => validateDataset(input)).not.toThrow();
  });
});

describe('validateDataset lists every problem at once, in document order', () => {
  it('lists a shape error and a bad reference together', () => {
    const input = withValues(makeDataset(), [
      [['estimates', 0, 'value', 'best'], 'x'],
      [['estimates', 0, 'source'], 'nobody'],
    ]);
    expect(problemPaths(input)).toEqual(['estimates[0].value.best', 'estimates[0].source']);
    expect(problemLines(input)[1]).toBe(
      'estimates[0].source: unknown source "nobody": no sources[].id has it',
    );
  });

  it('puts estimates[2] before estimates[10], and top-level keys in the format order', () => {
    const estimates = Array.from({ length: 12 }, (_, i) => makeEstimate({ id: `e-${i}` }));
    const input = withValues(makeDataset({ estimates }), [
      [['estimates', 10, 'value'], { low: 5, high: 1 }],
      [['estimates', 2, 'value'], { low: 5, high: 1 }],
      [['sources', 0, 'zz'], 1],
      [['title'], ''],
      [['format'], 'x'],
    ]);
    expect(problemPaths(input)).toEqual([
      'format',
      'title',
      'sources[0].zz',
      'estimates[2].value.low',
      'estimates[10].value.low',
    ]);
  });
});

describe('validateDataset: limits', () => {
  // One valid estimate repeated under distinct ids: only the count can be wrong.
  const withEstimates = (count: number) => {
    const estimate = makeEstimate();
    const estimates = Array.from({ length: count }, (_, i) => ({ ...estimate, id: `e-${i}` }));
    return makeDataset({ estimates });
  };

  it('refuses one estimate more than the limit (100,000), saying so at "estimates" alone', () => {
    expect(problemsOf(withEstimates(datasetLimits.estimates + 1))).toEqual([
      { path: 'estimates', message: 'has too many items: at most 100000' },
    ]);
  });

  // Validating 100,000 estimates takes a second or two; the timeout leaves room on slow machines.
  it('accepts exactly the limit', { timeout: 20_000 }, () => {
    expect(problemsOf(withEstimates(datasetLimits.estimates))).toEqual([]);
  });

  it('refuses JSON text of one estimate more than the limit, as an invalid dataset', () => {
    const text = JSON.stringify(withEstimates(datasetLimits.estimates + 1));
    const error = catchDatasetError(() => parseDatasetText(text, 'big.json'));
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe('big.json is not a valid dataset (format estimates/v1): 1 problem.');
    expect(error.problems).toEqual([
      { path: 'estimates', message: 'has too many items: at most 100000' },
    ]);
  });
});
