import { describe, expect, it } from 'vitest';
import { BriefingError } from './BriefingError';
import { readBriefingText } from './readBriefingText';

const fingerprint = '4185c6003f825b4986332482300f358c060e1d5211305cb91e2bd1ba7afa4353';

/** A valid file's JSON value, to change one thing in. */
const validFile = () => ({
  format: 'briefing/v1',
  title: 'Losses, as claimed',
  exported: '2026-12-06',
  dataset: { id: 'north-korea-russia-2024-2025', fingerprint, title: 'North Korean troops' },
  slides: [
    { name: 'In January', link: '?view=casualties&to=2025-01' },
    { link: '?view=equipment&chart=equipment-systems&title=Guns+and+launchers' },
  ],
});

function catchBriefingError(run: () => unknown): BriefingError {
  try {
    run();
  } catch (error) {
    if (error instanceof BriefingError) return error;
    throw error;
  }
  throw new Error('expected a BriefingError');
}

/** The problems a file's text is refused with, as `path: message`. */
const problemLinesOf = (text: string) =>
  catchBriefingError(() => readBriefingText(text, 'b.json')).problems.map(
    (p) => `${p.path}: ${p.message}`,
  );

const linesOf = (value: unknown) => problemLinesOf(JSON.stringify(value));

describe('readBriefingText', () => {
  it('reads a valid file, its slides keyed s1, s2... in order', () => {
    const file = readBriefingText(JSON.stringify(validFile()), 'b.json');
    expect(file).toEqual({
      briefing: {
        title: 'Losses, as claimed',
        slides: [
          { key: 's1', name: 'In January', link: '?view=casualties&to=2025-01' },
          { key: 's2', link: '?view=equipment&chart=equipment-systems&title=Guns+and+launchers' },
        ],
      },
      dataset: { id: 'north-korea-russia-2024-2025', fingerprint, title: 'North Korean troops' },
      exported: '2026-12-06',
    });
  });

  it('reads the optional keys as absent, never as undefined, and an id where given', () => {
    const { exported: _e, ...rest } = validFile();
    const file = readBriefingText(
      JSON.stringify({ ...rest, id: 'losses', dataset: { id: 'd', fingerprint }, slides: [] }),
      'b.json',
    );
    expect(file).toStrictEqual({
      briefing: { id: 'losses', title: 'Losses, as claimed', slides: [] },
      dataset: { id: 'd', fingerprint },
    });
  });

  it('takes a byte-order mark', () => {
    expect(readBriefingText(`\uFEFF${JSON.stringify(validFile())}`, 'b.json').briefing.title).toBe(
      'Losses, as claimed',
    );
  });

  it('lists every problem at once, in the order of the file, with a summary', () => {
    const value = {
      ...validFile(),
      format: 'briefing/v2',
      title: '',
      dataset: { id: 'Not a slug', fingerprint: 'abc' },
      slides: [
        { link: '?view=x' },
        { link: '?view=compare&to=2025-13' },
        { link: '?view=compare&dataset=/other.json', typo: 1 },
      ],
      extra: true,
    };
    const error = catchBriefingError(() => readBriefingText(JSON.stringify(value), 'b.json'));
    expect(error.kind).toBe('invalid');
    const lines = error.problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines).toEqual([
      'format: must be "briefing/v1"',
      'title: must not be empty or blank (got "")',
      'dataset.id: must be a slug: lowercase letters, digits and hyphens (got "Not a slug")',
      'dataset.fingerprint: must be the dataset\'s fingerprint: 64 lowercase hex digits (got "abc")',
      'slides[0].link: there is no view "x": a slide shows compare, casualties, over-time, forces or equipment',
      'slides[1].link: "2025-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD); "to" is ignored.',
      'slides[2].link: must not name a dataset (dataset= or fp=): a briefing shows the dataset it belongs to',
      'slides[2].typo: unknown key: format v1 has no such field (a typo?)',
      'extra: unknown key: format v1 has no such field (a typo?)',
    ]);
    expect(error.message).toBe(
      ['b.json is not a valid briefing (format briefing/v1): 9 problems.', ...lines].join('\n'),
    );
  });

  it('names the briefing, not a dataset, where the whole file is wrong', () => {
    expect(linesOf([validFile()])).toEqual(['(briefing): must be an object (got an array)']);
    expect(linesOf(null)).toEqual(['(briefing): must be an object (got null)']);
  });

  it.each([
    ['2026-02-30', 'exported: "2026-02-30" is not a real date'],
    ['2026-12', 'exported: must be a day: YYYY-MM-DD'],
  ])('refuses the export date %s', (exported, line) => {
    const [first] = linesOf({ ...validFile(), exported });
    expect(first).toContain(line);
  });

  it('says where JSON breaks, by line and column', () => {
    const text = '{\n  "format": "briefing/v1",\n  "title": "x"\n  "slides": []\n}';
    const error = catchBriefingError(() => readBriefingText(text, 'b.json'));
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(/^b\.json is not valid JSON: .*line 4, column 3/);
  });

  it.each([
    ['', 'not-json', 'b.json is empty: a briefing is JSON.'],
    ['  \n', 'not-json', 'b.json is empty'],
    ['{"format": "briefing/v1", "slides": [', 'truncated', 'b.json stops part-way'],
    ['<!doctype html><p>Not found</p>', 'html', 'b.json is a web page (HTML), not JSON.'],
  ])('refuses %j as %s', (text, kind, message) => {
    const error = catchBriefingError(() => readBriefingText(text, 'b.json'));
    expect(error.kind).toBe(kind);
    expect(error.message).toContain(message);
    expect(error.problems).toEqual([]);
  });
});
