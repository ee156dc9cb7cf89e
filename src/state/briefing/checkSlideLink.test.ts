import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartEditLimits, normalizeEditText } from '../chartEdits';
import { serializeViewState, type ViewState } from '../viewState';
import { checkSlideLink, slideViews } from './checkSlideLink';
import { makeSlideLink } from './makeSlideLink';

const views = 'compare, casualties, over-time, forces or equipment';

describe('checkSlideLink', () => {
  it.each([
    '?view=compare',
    '?view=casualties&to=2025-01',
    '?view=compare&metric=troops-sent&mode=all&claimants=kr-nis,ua-hur',
    '?view=equipment&chart=equipment-systems',
    '?view=compare&to=2025-01&chart=compare-casualties&title=Estimates+diverge&pin=kr-nis-killed-2025-01-13&callout=NIS%3A+300+killed&highlight=kr-nis',
    '?view=over-time&from=2024-12&to=2025-06-30&sort=-value',
  ])('takes %s', (link) => {
    expect(checkSlideLink(link)).toEqual([]);
  });

  it('takes the views of charts only', () => {
    expect(slideViews).toEqual(['compare', 'casualties', 'over-time', 'forces', 'equipment']);
    expect(checkSlideLink('?view=dashboard')).toEqual([
      `the view "dashboard" has no chart of its own: a slide shows ${views}`,
    ]);
    expect(checkSlideLink('?view=estimates')).toEqual([
      `the view "estimates" has no chart of its own: a slide shows ${views}`,
    ]);
    expect(checkSlideLink('?')).toEqual([`names no view: a slide shows ${views} (view=)`]);
    expect(checkSlideLink('?to=2025')).toEqual([`names no view: a slide shows ${views} (view=)`]);
    expect(checkSlideLink('?view=x')).toEqual([`there is no view "x": a slide shows ${views}`]);
  });

  it('refuses what names a dataset, its version or a theme, each with its reason', () => {
    expect(checkSlideLink('?view=compare&dataset=/x.json&fp=4185c6&theme=dark')).toEqual([
      'a briefing belongs to its dataset, so a slide must not name a dataset file (dataset=)',
      'the briefing names its dataset\u2019s fingerprint once, under "dataset"; a slide must not (fp=)',
      'a slide has no theme of its own: slides are drawn in the deck\u2019s (theme=)',
    ]);
  });

  it('refuses parameters views do not know, given twice, empty or badly escaped', () => {
    expect(checkSlideLink('?view=compare&vew=forces')).toEqual([
      'has a parameter views do not know: "vew" (a typo?)',
    ]);
    expect(checkSlideLink('?view=compare&to=2025&to=2024')).toEqual(['gives "to" twice']);
    expect(checkSlideLink('?view=compare&to=')).toEqual(['gives "to" no value']);
    expect(checkSlideLink('?view=compare&title=100%25&note=%E0%A4%A')).toEqual([
      'has a broken %-escape in "note=%E0%A4%A"',
    ]);
  });

  it('turns every notice the view would show into a problem', () => {
    expect(checkSlideLink('?view=compare&mode=some&to=2025-02-30&chart=Not+an+id')).toEqual([
      '"some" is not a mode (latest or all); showing the view\'s default.',
      '"2025-02-30" is not a date (YYYY, YYYY-MM or YYYY-MM-DD); "to" is ignored.',
      '"Not an id" is not a chart id; the view\'s first chart is used.',
    ]);
    expect(checkSlideLink('?view=compare&callout=Look')).toEqual([
      'The callout names no figure; it is not shown.',
    ]);
    expect(checkSlideLink(`?view=compare&title=${'a'.repeat(101)}`)).toEqual([
      'The title is 101 characters long; a title may have at most 100. It was cut to 100.',
    ]);
  });

  it('takes every edit at its longest in a script of three bytes a letter', () => {
    const korean = (length: number) => '\ud55c'.repeat(length);
    const state: ViewState = {
      view: 'compare',
      chart: 'compare-casualties',
      title: korean(chartEditLimits.title),
      subtitle: korean(chartEditLimits.subtitle),
      note: korean(chartEditLimits.note),
      pin: 'kr-nis-killed-2025-01-13',
      callout: korean(chartEditLimits.callout),
      highlight: ['kr-nis', 'ua-hur'],
    };
    const link = serializeViewState(state);
    expect(link.length).toBeGreaterThan(5_000);
    expect(checkSlideLink(link)).toEqual([]);
  });

  it('refuses a link past 8,000 characters without reading it', () => {
    expect(checkSlideLink(`?view=compare&note=${'a'.repeat(8_000)}`)).toEqual([
      'is too long: 8019 characters, at most 8000',
    ]);
  });

  it('quotes what it refuses shortly, its invisible controls as escapes', () => {
    const [problem] = checkSlideLink(`javascript:${'\u202e'.repeat(3)}${'x'.repeat(100)}`);
    expect(problem).toBe(
      'must be a view link: a query string starting with "?", as Copy link gives it (got "javascript:\\u202e\\u202e\\u202exxxxxxxxxxxxxxxxxxxxxxx...")',
    );
  });
});

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);
const date = fc
  .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const editText = (limit: number) =>
  fc
    .string({ unit: 'grapheme', maxLength: limit })
    .map((text) => normalizeEditText(text))
    .filter((text): text is string => text !== undefined);

/** A state of a view of charts as the app holds it, every value one parseViewState accepts. */
const chartState: fc.Arbitrary<ViewState> = fc
  .record(
    {
      view: fc.constantFrom(...slideViews),
      metric: slug,
      claimants: fc.uniqueArray(slug, { minLength: 1, maxLength: 4 }).map((ids) => ids.sort()),
      from: date,
      to: date,
      mode: fc.constantFrom('latest', 'all'),
      chart: slug,
      title: editText(chartEditLimits.title),
      note: editText(chartEditLimits.note),
      pinned: fc.record({ pin: slug, callout: editText(chartEditLimits.callout) }),
      highlight: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }).map((ids) => ids.sort()),
    },
    { requiredKeys: ['view'] },
  )
  .map(({ pinned, ...state }): ViewState => ({ ...state, ...pinned }));

describe('the links the app makes', () => {
  it('always pass, whatever the briefer wrote', () => {
    fc.assert(
      fc.property(chartState, (state) => {
        expect(checkSlideLink(serializeViewState(state))).toEqual([]);
      }),
    );
  });

  it('pass as makeSlideLink writes them, from a state with a dataset, its version and a theme', () => {
    fc.assert(
      fc.property(chartState, slug, (state, chart) => {
        const view = { ...state, dataset: 'imported:x', fp: '4185c6', theme: 'dark' } as const;
        expect(checkSlideLink(makeSlideLink(view, chart))).toEqual([]);
      }),
    );
  });
});
