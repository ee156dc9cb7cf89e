import { describe, expect, it } from 'vitest';
import {
  makeCitation,
  makeDataset,
  makeMetric,
  withValue,
  withValues,
} from '../../testing/factories/makeDataset';
import {
  expectOnlyProblem,
  expectProblemAt,
  problemLines,
  problemsOf,
} from '../../testing/problems';
import { datasetLimits } from './datasetLimits';
import { validateDataset } from './validateDataset';

const slugMessage = 'must be a slug: lowercase letters, digits and hyphens';
const blankMessage = 'must not be empty or blank';

describe('slugs', () => {
  it.each(['a', '0', 'kr-nis', 'a--b', 'm1989-koksan', '2025-01-13', 'a'.repeat(80)])(
    'accepts %s as an id',
    (id) => {
      expect(problemLines(withValue(makeDataset(), ['id'], id))).toEqual([]);
    },
  );

  it.each(['Kr-nis', 'kr_nis', '-kr', 'kr nis', '', 'kr.nis', 'caf\u00e9', 'kr/nis'])(
    'refuses %j as an id',
    (id) => {
      expectOnlyProblem(withValue(makeDataset(), ['id'], id), 'id', slugMessage);
    },
  );

  it('refuses an id over 80 characters, saying how long it is', () => {
    expectOnlyProblem(
      withValue(makeDataset(), ['id'], 'a'.repeat(81)),
      'id',
      'is too long: 81 characters, at most 80',
    );
  });

  it.each([
    [['metrics', 1, 'id'], 'metrics[1].id'],
    [['sources', 1, 'id'], 'sources[1].id'],
    [['citations', 1, 'id'], 'citations[1].id'],
    [['estimates', 1, 'id'], 'estimates[1].id'],
  ] as const)('applies the slug rule to %j', (at, path) => {
    expectProblemAt(withValue(makeDataset(), at, 'Not A Slug'), path, slugMessage);
  });

  it('applies the slug rule to references: sumOf, metric, source and citations', () => {
    const lines = problemLines(
      withValues(makeDataset(), [
        [['metrics', 2, 'sumOf', 1], 'Wounded'],
        [['estimates', 0, 'metric'], 'Killed'],
        [['estimates', 1, 'source'], 'ALPHA'],
        [['estimates', 2, 'citations', 0], 'Wire 2025'],
      ]),
    );
    for (const path of [
      'metrics[2].sumOf[1]',
      'estimates[0].metric',
      'estimates[1].source',
      'estimates[2].citations[0]',
    ]) {
      expect(lines.some((line) => line.startsWith(`${path}: ${slugMessage}`))).toBe(true);
    }
  });
});

describe('text fields', () => {
  it.each([
    [['title'], 'title'],
    [['description'], 'description'],
    [['metrics', 0, 'label'], 'metrics[0].label'],
    [['metrics', 0, 'unit'], 'metrics[0].unit'],
    [['metrics', 0, 'description'], 'metrics[0].description'],
    [['sources', 0, 'name'], 'sources[0].name'],
    [['sources', 0, 'shortName'], 'sources[0].shortName'],
    [['citations', 0, 'outlet'], 'citations[0].outlet'],
    [['citations', 0, 'title'], 'citations[0].title'],
    [['citations', 0, 'author'], 'citations[0].author'],
    [['estimates', 0, 'note'], 'estimates[0].note'],
    [['estimates', 0, 'value', 'text'], 'estimates[0].value.text'],
  ] as const)('refuses an empty or blank %j', (at, path) => {
    for (const blank of ['', '   ', '\n\t', '\u00a0']) {
      expectProblemAt(withValue(makeDataset(), at, blank), path, blankMessage);
    }
  });

  it('keeps text exactly as given, surrounding spaces and markup included', () => {
    const result = validateDataset(makeDataset({ title: '  <b>Title</b> ' }));
    expect(result.ok && result.dataset.title).toBe('  <b>Title</b> ');
  });

  it('accepts a shortName of 32 characters and refuses one of 33', () => {
    const at = ['sources', 0, 'shortName'] as const;
    expect(problemLines(withValue(makeDataset(), at, 'x'.repeat(32)))).toEqual([]);
    expectOnlyProblem(
      withValue(makeDataset(), at, 'x'.repeat(33)),
      'sources[0].shortName',
      'is too long: 33 characters, at most 32',
    );
  });

  it.each([
    [['title'], 'title', datasetLimits.labelLength],
    [['metrics', 0, 'label'], 'metrics[0].label', datasetLimits.labelLength],
    [['sources', 0, 'name'], 'sources[0].name', datasetLimits.labelLength],
    [['description'], 'description', datasetLimits.textLength],
    [['estimates', 0, 'note'], 'estimates[0].note', datasetLimits.textLength],
  ] as const)('refuses %j longer than its limit', (at, path, limit) => {
    expect(problemLines(withValue(makeDataset(), at, 'x'.repeat(limit)))).toEqual([]);
    expectOnlyProblem(
      withValue(makeDataset(), at, 'x'.repeat(limit + 1)),
      path,
      `is too long: ${limit + 1} characters, at most ${limit}`,
    );
  });

  it('states the limits the contract asks for', () => {
    expect(datasetLimits).toMatchObject({
      estimates: 100_000,
      idLength: 80,
      shortNameLength: 32,
      fileBytes: 50_000_000,
    });
  });
});

describe('list sizes', () => {
  it('refuses more than 100 citations on one estimate', () => {
    // 101 different citations, so that only the length is wrong.
    const many = Array.from({ length: 101 }, (_, i) => makeCitation({ id: `c-${i}` }));
    const citations = many.map((c) => c.id);
    expectOnlyProblem(
      withValue(
        makeDataset({ citations: [...makeDataset().citations, ...many] }),
        ['estimates', 0, 'citations'],
        citations,
      ),
      'estimates[0].citations',
      'has too many items: at most 100',
    );
  });

  it('refuses an estimate with no citation', () => {
    expectOnlyProblem(
      withValue(makeDataset(), ['estimates', 0, 'citations'], []),
      'estimates[0].citations',
      'needs at least 1 item(s)',
    );
  });

  it('refuses an empty sumOf', () => {
    expectOnlyProblem(
      withValue(makeDataset(), ['metrics', 2, 'sumOf'], []),
      'metrics[2].sumOf',
      'needs at least 1 item(s)',
    );
  });

  it('refuses more metrics than the limit (1,000)', () => {
    const metrics = Array.from({ length: 1001 }, (_, i) => makeMetric({ id: `m-${i}` }));
    const problems = problemsOf(makeDataset({ metrics, estimates: [] }));
    expect(problems).toEqual([{ path: 'metrics', message: 'has too many items: at most 1000' }]);
  });
});

describe('source fields', () => {
  it.each(['KR', 'UA', 'US', 'GB', 'GR', 'XK'])('accepts the country code %s', (country) => {
    expect(problemLines(withValue(makeDataset(), ['sources', 0, 'country'], country))).toEqual([]);
  });

  it.each(['kr', 'KOR', 'K', '12', 'K1', '', 'XX', 'EU', 'SU', 'uk', 'constructor', '__proto__'])(
    'refuses the country code %j, naming it',
    (country) => {
      expectOnlyProblem(
        withValue(makeDataset(), ['sources', 0, 'country'], country),
        'sources[0].country',
        `must be an ISO 3166-1 alpha-2 country code, such as "KR" or "UA" (got ${JSON.stringify(country)})`,
      );
    },
  );

  it.each([
    ['UK', '"UK" is not an ISO 3166-1 code: the United Kingdom is "GB"'],
    ['EL', '"EL" is not an ISO 3166-1 code: Greece is "GR"'],
  ])('refuses the country code %s and names the right one', (country, message) => {
    expectOnlyProblem(
      withValue(makeDataset(), ['sources', 0, 'country'], country),
      'sources[0].country',
      message,
    );
  });

  it.each(['A', 'B', 'C', 'D', 'E', 'F'])('accepts the reliability grade %s', (grade) => {
    expect(problemLines(withValue(makeDataset(), ['sources', 0, 'reliability'], grade))).toEqual(
      [],
    );
  });

  it.each(['G', 'a', '1', 'AB'])('refuses the reliability grade %j', (grade) => {
    expectOnlyProblem(
      withValue(makeDataset(), ['sources', 0, 'reliability'], grade),
      'sources[0].reliability',
      'must be one of "A", "B", "C", "D", "E", "F"',
    );
  });

  it('refuses an unknown source type and metric kind, listing the allowed ones', () => {
    expectOnlyProblem(
      withValue(makeDataset(), ['sources', 0, 'type'], 'spy'),
      'sources[0].type',
      '"head-of-state", "official", "media", "ngo", "academic", "other" (got "spy")',
    );
    expectOnlyProblem(
      withValue(makeDataset(), ['metrics', 0, 'kind'], 'deaths'),
      'metrics[0].kind',
      'must be one of "casualties", "forces", "equipment", "munitions", "other" (got "deaths")',
    );
  });
});

describe('credibility', () => {
  it.each([1, 2, 3, 4, 5, 6])('accepts %i', (grade) => {
    expect(problemLines(withValue(makeDataset(), ['estimates', 0, 'credibility'], grade))).toEqual(
      [],
    );
  });

  it.each([
    [0, 'must be at least 1 (got 0)'],
    [7, 'must be at most 6 (got 7)'],
    [-1, 'must be at least 1'],
    [2.5, 'must be a whole number (got 2.5)'],
    ['3', 'must be a number'],
  ] as const)('refuses %j: %s', (grade, message) => {
    expectOnlyProblem(
      withValue(makeDataset(), ['estimates', 0, 'credibility'], grade),
      'estimates[0].credibility',
      message,
    );
  });
});

describe('counts (best, low, high)', () => {
  it.each([0, 1, 300, Number.MAX_SAFE_INTEGER])('accepts best %d', (best) => {
    expect(problemLines(withValue(makeDataset(), ['estimates', 0, 'value'], { best }))).toEqual([]);
  });

  it.each(['best', 'low', 'high'])('refuses a negative %s', (key) => {
    const value = { best: 5, low: 0, high: 10, [key]: -1 };
    const lines = problemLines(withValue(makeDataset(), ['estimates', 0, 'value'], value));
    expect(lines[0]).toBe(`estimates[0].value.${key}: must be at least 0 (got -1)`);
  });

  it.each(['best', 'low', 'high'])('refuses a %s that is not a whole number', (key) => {
    const value = { low: 1, best: 5, high: 10, [key]: 4.5 };
    const lines = problemLines(withValue(makeDataset(), ['estimates', 0, 'value'], value));
    expect(lines).toContain(`estimates[0].value.${key}: must be a whole number (got 4.5)`);
  });

  it('refuses 1e308 (not a safe integer)', () => {
    expectOnlyProblem(
      withValue(makeDataset(), ['estimates', 0, 'value', 'best'], 1e308),
      'estimates[0].value.best',
      'must be at most 9007199254740991',
    );
  });

  it('refuses 2^53, the first integer past the safe range', () => {
    expectOnlyProblem(
      withValue(makeDataset(), ['estimates', 0, 'value', 'best'], 2 ** 53),
      'estimates[0].value.best',
      'must be at most 9007199254740991',
    );
  });

  it('refuses an unknown qualifier', () => {
    expectOnlyProblem(
      withValue(makeDataset(), ['estimates', 0, 'value', 'qualifier'], 'roughly'),
      'estimates[0].value.qualifier',
      '"exactly", "at-least", "more-than", "up-to", "fewer-than" (got "roughly")',
    );
  });
});
