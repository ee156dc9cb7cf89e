import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../testing/factories/makeDataset';
import { expectOnlyProblem, problemLines } from '../../testing/problems';
import { datasetLimits } from './datasetLimits';
import { validateDataset } from './validateDataset';
import type { ShippedBriefing } from './shippedBriefingSchema';

const briefing = (overrides: Partial<ShippedBriefing> = {}): ShippedBriefing => ({
  id: 'losses',
  title: 'Losses, as claimed',
  slides: [{ name: 'In January', link: '?view=compare&to=2025-01' }, { link: '?view=compare' }],
  ...overrides,
});

const withBriefings = (...briefings: unknown[]) => ({ ...makeDataset(), briefings });
const withLink = (link: string) => withBriefings(briefing({ slides: [{ link }] }));

describe('the briefings a dataset ships', () => {
  it('are optional, and kept as given where valid', () => {
    expect(validateDataset(makeDataset()).ok).toBe(true);
    const result = validateDataset(withBriefings(briefing()));
    expect(result.ok && result.dataset.briefings).toEqual([briefing()]);
    expect(validateDataset(withBriefings()).ok).toBe(true);
  });

  it('are listed after the estimates, each problem at its place', () => {
    const input = {
      ...withBriefings(briefing({ title: ' ', slides: [] }), { id: 'x', slides: [{}] }),
      estimates: [{}],
    };
    expect(problemLines(input).filter((line) => !line.startsWith('estimates[0]'))).toEqual([
      'briefings[0].title: must not be empty or blank (got " ")',
      'briefings[0].slides: needs at least 1 item(s)',
      'briefings[1].title: is required',
      'briefings[1].slides[0].link: is required',
    ]);
    expect(problemLines(input)[0]).toMatch(/^estimates\[0\]/);
  });

  it('refuse two briefings with one id', () => {
    expectOnlyProblem(
      withBriefings(briefing(), briefing()),
      'briefings[1].id',
      'duplicate id "losses": already used by briefings[0]',
    );
  });

  it('refuse a key the format does not define', () => {
    expectOnlyProblem(
      withBriefings({ ...briefing(), dataset: 'x' }),
      'briefings[0].dataset',
      'unknown key',
    );
    const slide = { link: '?view=compare', note: 'x' };
    expectOnlyProblem(
      withBriefings(briefing({ slides: [slide] })),
      'briefings[0].slides[0].note',
      'unknown key',
    );
  });

  it.each([
    ['view=compare', 'must be a view link: a query string starting with "?"'],
    ['https://example.org/?view=compare', 'must be a view link'],
    ['javascript:alert(1)', 'must be a view link'],
    ['?view=compare&title=Two words', 'must not contain spaces'],
    ['?view=compare\n', 'must not contain spaces, line breaks or control characters'],
    ['?view=compare&dataset=/other.json', 'must not name a dataset (dataset= or fp=)'],
    ['?view=compare&fp=4185c6', 'must not name a dataset'],
    ['?view=compare&%64ataset=x', 'must not name a dataset'],
    [`?view=compare&title=${'a'.repeat(8_000)}`, 'is too long: 8020 characters, at most 8000'],
  ])('refuse the link %j', (link, message) => {
    expectOnlyProblem(withLink(link), 'briefings[0].slides[0].link', message);
  });

  it('count a title in characters as a reader does, and keep it to one line', () => {
    const limit = datasetLimits.briefingTextLength;
    // A flag is two code points, four UTF-16 units: 100 of them are 100 characters.
    const flags = '\u{1F1F0}\u{1F1F7}'.repeat(limit);
    expect(validateDataset(withBriefings(briefing({ title: flags }))).ok).toBe(true);
    expectOnlyProblem(
      withBriefings(briefing({ title: `${flags}!` })),
      'briefings[0].title',
      'is too long: 101 characters, at most 100',
    );
    expectOnlyProblem(
      withBriefings(briefing({ title: 'Two\nlines' })),
      'briefings[0].title',
      'must be one line',
    );
  });

  it(`hold at most ${datasetLimits.briefings} briefings of ${datasetLimits.briefingSlides} slides`, () => {
    const many = Array.from({ length: datasetLimits.briefings + 1 }, (_, i) =>
      briefing({ id: `b${i}` }),
    );
    expectOnlyProblem(withBriefings(...many), 'briefings', 'has too many items: at most 20');
    const slides = Array.from({ length: datasetLimits.briefingSlides + 1 }, () => ({
      link: '?view=compare',
    }));
    expectOnlyProblem(
      withBriefings(briefing({ slides })),
      'briefings[0].slides',
      'has too many items: at most 60',
    );
  });
});
