import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartEditLimits, normalizeEditText } from '../chartEdits';
import { parseViewState, type ViewState } from '../viewState';
import type { Briefing, BriefingSlide } from './briefing';
import {
  changeBriefing,
  describeBriefingChange,
  makeSlideKey,
  type BriefingChange,
} from './changeBriefing';
import { makeSlideLink } from './makeSlideLink';

const slides: readonly BriefingSlide[] = [
  { key: 's1', link: '?view=compare', name: 'First' },
  { key: 's2', link: '?view=casualties' },
  { key: 's3', link: '?view=forces', name: 'Third' },
  { key: 's4', link: '?view=over-time' },
];
const briefing: Briefing = { id: 'kursk', title: 'Kursk losses', slides };

/** A frozen copy, all the way down: a change that writes to its input throws. */
function frozen(value: Briefing): Briefing {
  const copy = structuredClone(value);
  copy.slides.forEach((slide) => Object.freeze(slide));
  Object.freeze(copy.slides);
  return Object.freeze(copy);
}

const keys = (b: Briefing) => b.slides.map((s) => s.key);

describe('changeBriefing', () => {
  describe('add', () => {
    it('puts the slide last, under a new key, with its name', () => {
      const next = changeBriefing(briefing, { kind: 'add', link: '?view=equipment', name: 'Arms' });
      expect(next.slides).toEqual([
        ...slides,
        { key: 's5', link: '?view=equipment', name: 'Arms' },
      ]);
      expect(next.title).toBe('Kursk losses');
      expect(next.id).toBe('kursk');
    });

    it('gives a slide no name when none or an empty one is given', () => {
      for (const name of [undefined, '']) {
        const change: BriefingChange = {
          kind: 'add',
          link: '?view=equipment',
          ...(name === undefined ? {} : { name }),
        };
        const added = changeBriefing(briefing, change).slides.at(-1);
        expect(added).toEqual({ key: 's5', link: '?view=equipment' });
        expect(added && 'name' in added).toBe(false);
      }
    });

    it('starts an empty briefing at s1', () => {
      const next = changeBriefing(
        { title: 'New', slides: [] },
        { kind: 'add', link: '?view=compare' },
      );
      expect(next).toEqual({ title: 'New', slides: [{ key: 's1', link: '?view=compare' }] });
    });
  });

  describe('rename', () => {
    it('names the slide, trimmed, and moves nothing', () => {
      const next = changeBriefing(briefing, { kind: 'rename', key: 's2', name: '  Losses  ' });
      expect(next.slides[1]).toEqual({ key: 's2', link: '?view=casualties', name: 'Losses' });
      expect(keys(next)).toEqual(keys(briefing));
      expect(next.slides[0]).toBe(slides[0]);
    });

    it('replaces a name', () => {
      const next = changeBriefing(briefing, { kind: 'rename', key: 's1', name: 'Opening' });
      expect(next.slides[0]).toEqual({ key: 's1', link: '?view=compare', name: 'Opening' });
    });

    it.each(['', '   ', '\t'])('takes the name away for %j, so the chart’s is used', (name) => {
      const next = changeBriefing(briefing, { kind: 'rename', key: 's1', name });
      expect(next.slides[0]).toEqual({ key: 's1', link: '?view=compare' });
      expect(next.slides[0] && 'name' in next.slides[0]).toBe(false);
    });
  });

  describe('move', () => {
    it.each<[string, number, string[]]>([
      ['to the start', 0, ['s3', 's1', 's2', 's4']],
      ['one up', 1, ['s1', 's3', 's2', 's4']],
      ['to the end', 3, ['s1', 's2', 's4', 's3']],
      ['beyond the end', 10, ['s1', 's2', 's4', 's3']],
      ['before the start', -3, ['s3', 's1', 's2', 's4']],
    ])('moves a slide %s', (_where, to, order) => {
      const next = changeBriefing(briefing, { kind: 'move', key: 's3', to });
      expect(keys(next)).toEqual(order);
      expect(next.slides.find((s) => s.key === 's3')).toBe(slides[2]);
      expect(next.title).toBe(briefing.title);
    });

    it('moves the first slide to the end and the last to the start', () => {
      expect(keys(changeBriefing(briefing, { kind: 'move', key: 's1', to: 3 }))).toEqual([
        's2',
        's3',
        's4',
        's1',
      ]);
      expect(keys(changeBriefing(briefing, { kind: 'move', key: 's4', to: 0 }))).toEqual([
        's4',
        's1',
        's2',
        's3',
      ]);
    });

    it('returns the same briefing for a move to where the slide is, or past it at an end', () => {
      expect(changeBriefing(briefing, { kind: 'move', key: 's2', to: 1 })).toBe(briefing);
      expect(changeBriefing(briefing, { kind: 'move', key: 's4', to: 99 })).toBe(briefing);
      expect(changeBriefing(briefing, { kind: 'move', key: 's1', to: -1 })).toBe(briefing);
    });

    it('keeps every slide once, wherever it goes', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...keys(briefing)),
          fc.integer({ min: -10, max: 10 }),
          (key, to) => {
            const next = changeBriefing(briefing, { kind: 'move', key, to });
            expect([...keys(next)].sort()).toEqual(keys(briefing));
            const at = Math.max(0, Math.min(slides.length - 1, to));
            expect(next.slides[at]?.key).toBe(key);
          },
        ),
      );
    });
  });

  describe('duplicate', () => {
    it('puts the copy right after the slide, under a new key', () => {
      const next = changeBriefing(briefing, { kind: 'duplicate', key: 's1' });
      expect(next.slides).toEqual([
        slides[0],
        { key: 's5', link: '?view=compare', name: 'First' },
        ...slides.slice(1),
      ]);
    });

    it('duplicates the last slide to the end, and a copy again under another key', () => {
      const once = changeBriefing(briefing, { kind: 'duplicate', key: 's4' });
      expect(keys(once)).toEqual(['s1', 's2', 's3', 's4', 's5']);
      const twice = changeBriefing(once, { kind: 'duplicate', key: 's5' });
      expect(keys(twice)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
      expect(twice.slides[5]).toEqual({ key: 's6', link: '?view=over-time' });
    });
  });

  describe('remove', () => {
    it('takes the slide out and keeps the order of the others', () => {
      const next = changeBriefing(briefing, { kind: 'remove', key: 's2' });
      expect(next.slides).toEqual([slides[0], slides[2], slides[3]]);
    });

    it('leaves an empty briefing after its last slide', () => {
      const one: Briefing = { title: 'One', slides: [{ key: 's1', link: '?view=compare' }] };
      expect(changeBriefing(one, { kind: 'remove', key: 's1' })).toEqual({
        title: 'One',
        slides: [],
      });
    });
  });

  describe('retitle', () => {
    it('changes the title and nothing else', () => {
      const next = changeBriefing(briefing, { kind: 'retitle', title: 'Kursk, 2025' });
      expect(next).toEqual({ ...briefing, title: 'Kursk, 2025' });
      expect(next.slides).toBe(briefing.slides);
    });
  });

  it.each<BriefingChange>([
    { kind: 'rename', key: 's9', name: 'X' },
    { kind: 'move', key: 's9', to: 0 },
    { kind: 'duplicate', key: 's9' },
    { kind: 'remove', key: 's9' },
    { kind: 'rename', key: '', name: 'X' },
  ])('returns the same briefing for a slide it does not have: %j', (change) => {
    expect(changeBriefing(briefing, change)).toBe(briefing);
  });

  it.each<BriefingChange>([
    { kind: 'add', link: '?view=equipment', name: 'Arms' },
    { kind: 'rename', key: 's3', name: 'Renamed' },
    { kind: 'rename', key: 's3', name: '' },
    { kind: 'move', key: 's1', to: 2 },
    { kind: 'move', key: 's4', to: -1 },
    { kind: 'duplicate', key: 's2' },
    { kind: 'remove', key: 's3' },
    { kind: 'retitle', title: 'Other' },
  ])('never changes the briefing it is given: %j', (change) => {
    const given = frozen(briefing);
    const copy = structuredClone(given);
    const next = changeBriefing(given, change);
    expect(given).toEqual(copy);
    expect(next).not.toBe(given);
  });

  it('keeps every key unique, whatever a person does', () => {
    const change: fc.Arbitrary<(b: Briefing) => BriefingChange> = fc.oneof(
      fc.constant(() => ({ kind: 'add', link: '?view=compare' }) as const),
      fc.nat().map((i) => (b: Briefing) => ({ kind: 'duplicate', key: pick(b, i) }) as const),
      fc.nat().map((i) => (b: Briefing) => ({ kind: 'remove', key: pick(b, i) }) as const),
      fc.tuple(fc.nat(), fc.integer({ min: -2, max: 12 })).map(
        ([i, to]) =>
          (b: Briefing) =>
            ({ kind: 'move', key: pick(b, i), to }) as const,
      ),
      fc
        .nat()
        .map((i) => (b: Briefing) => ({ kind: 'rename', key: pick(b, i), name: 'n' }) as const),
    );
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
        let current = briefing;
        for (const make of changes) {
          current = changeBriefing(current, make(current));
          const all = keys(current);
          expect(new Set(all).size).toBe(all.length);
        }
      }),
    );
  });
});

/** The key of the slide at `i` (wrapped), or one no slide has. */
function pick(b: Briefing, i: number): string {
  return b.slides.length ? (b.slides[i % b.slides.length]?.key ?? 'none') : 'none';
}

describe('makeSlideKey', () => {
  const withKeys = (...list: string[]) => list.map((key) => ({ key, link: '?view=compare' }));

  it('counts on from the number of slides', () => {
    expect(makeSlideKey([])).toBe('s1');
    expect(makeSlideKey(withKeys('s1', 's2'))).toBe('s3');
  });

  it('never gives a key a slide has', () => {
    expect(makeSlideKey(withKeys('s2', 's3'))).toBe('s4');
    expect(makeSlideKey(withKeys('s3'))).toBe('s2');
    expect(makeSlideKey(withKeys('s2', 's4', 's3'))).toBe('s5');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 25 }), (ns) => {
        const list = withKeys(...ns.map((n) => `s${n}`));
        expect(list.map((s) => s.key)).not.toContain(makeSlideKey(list));
      }),
    );
  });
});

describe('describeBriefingChange', () => {
  it.each<[BriefingChange, string, string]>([
    [
      { kind: 'add', link: '?view=compare' },
      'Compare',
      'Added \u201cCompare\u201d to the briefing.',
    ],
    [
      { kind: 'rename', key: 's1', name: 'Losses' },
      'Losses',
      'Renamed the slide \u201cLosses\u201d.',
    ],
    [{ kind: 'move', key: 's1', to: 0 }, 'Losses', 'Moved \u201cLosses\u201d to position 1.'],
    [{ kind: 'move', key: 's1', to: 3 }, 'Losses', 'Moved \u201cLosses\u201d to position 4.'],
    [{ kind: 'duplicate', key: 's1' }, 'Losses', 'Duplicated \u201cLosses\u201d.'],
    [{ kind: 'remove', key: 's1' }, 'Losses', 'Removed \u201cLosses\u201d.'],
    [{ kind: 'retitle', title: 'Kursk' }, 'Kursk', 'Renamed the briefing \u201cKursk\u201d.'],
  ])('says what %j did', (change, name, words) => {
    expect(describeBriefingChange(change, name)).toBe(words);
  });
});

describe('makeSlideLink', () => {
  const view: ViewState = {
    view: 'compare',
    dataset: 'imported:my-tally',
    metric: 'casualties',
    claimants: ['kr-nis', 'ua-hur'],
    from: '2024-12',
    to: '2025-01',
    mode: 'all',
    theme: 'dark',
    sort: '-value',
    fp: '3f9a2c',
    title: 'Estimates diverge & grow',
    subtitle: 'In people',
    note: 'Watch the gap, 5x',
    pin: 'kr-nis-killed-2025-01-13',
    callout: 'NIS: 300',
    highlight: ['kr-nis'],
  };

  it('keeps the view, its filters, the edits and the chart, and drops dataset, fp and theme', () => {
    const link = makeSlideLink(view, 'compare-casualties');
    expect(link).toBe(
      '?view=compare&metric=casualties&claimants=kr-nis,ua-hur&from=2024-12&to=2025-01' +
        '&mode=all&sort=-value&chart=compare-casualties&title=Estimates+diverge+%26+grow' +
        '&subtitle=In+people&note=Watch+the+gap,+5x&callout=NIS:+300' +
        '&pin=kr-nis-killed-2025-01-13&highlight=kr-nis',
    );
    expect(link).not.toMatch(/dataset=|fp=|theme=/);
  });

  it('parses back to the same state, without the dataset, fp and theme, without a notice', () => {
    const { dataset: _d, fp: _f, theme: _t, ...rest } = view;
    expect(parseViewState(makeSlideLink(view, 'compare-casualties'))).toEqual({
      state: { ...rest, chart: 'compare-casualties' },
      notices: [],
    });
  });

  it('names the chart it is given, over one the view already names', () => {
    const link = makeSlideLink(
      { view: 'equipment', chart: 'equipment-systems' },
      'equipment-shells',
    );
    expect(link).toBe('?view=equipment&chart=equipment-shells');
  });

  it('leaves the view state it is given as it was', () => {
    const given = structuredClone(view);
    makeSlideLink(given, 'compare-casualties');
    expect(given).toEqual(view);
  });

  it('is a query string even for a state with nothing to say', () => {
    expect(makeSlideLink({ view: 'dashboard', theme: 'light' }, '')).toBe('?');
  });

  const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);
  const text = (limit: number) =>
    fc
      .string({ unit: 'grapheme', maxLength: limit })
      .map(normalizeEditText)
      .filter((t): t is string => t !== undefined);

  it('parses back to the state it was made from, for any view of charts and any edits', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            view: fc.constantFrom('compare', 'casualties', 'over-time', 'forces', 'equipment'),
            dataset: fc.constantFrom('/data/other.json', 'imported:x'),
            fp: fc.constant('a1b2c3'),
            theme: fc.constantFrom('light', 'dark'),
            metric: slug,
            claimants: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }).map((a) => a.sort()),
            title: text(chartEditLimits.title),
            subtitle: text(chartEditLimits.subtitle),
            note: text(chartEditLimits.note),
            highlight: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }).map((a) => a.sort()),
          },
          { requiredKeys: ['view'] },
        ),
        slug,
        (state, chart) => {
          const { dataset: _d, fp: _f, theme: _t, ...rest } = state as ViewState;
          expect(parseViewState(makeSlideLink(state as ViewState, chart))).toEqual({
            state: { ...rest, chart },
            notices: [],
          });
        },
      ),
    );
  });
});
