import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetLimits } from '../data/schema/datasetLimits';
import { validateDataset } from '../data/schema/validateDataset';
import { prepareDataset } from '../domain/claims/prepareDataset';
import { buildCasualtiesView } from '../domain/views/buildCasualtiesView';
import {
  makeDataset,
  makeEstimate,
  makeMetric,
  makeSource,
} from '../testing/factories/makeDataset';
import { loadDefaultModel } from '../testing/loadJson';
import {
  chartEditLimits,
  checkEditText,
  clearChartEdits,
  countCharacters,
  editTextFields,
  hasChartEdits,
  normalizeEditText,
  type ChartEdits,
  type EditTextField,
} from './chartEdits';
import { parseViewState, serializeViewState, updateViewState, type ViewState } from './viewState';

/** One grapheme each, however many code points: what a reader counts as one character. */
const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
const flag = '\u{1F1FA}\u{1F1E6}';
const accented = 'e\u0323\u0302';
const arabic = '\u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u062f\u0641\u0627\u0639';
const hebrew = '\u05e9\u05dc\u05d5\u05dd';

/** The view state a link gives, read back from its query string. */
function roundTrip(state: ViewState): { state: ViewState; notices: string[] } {
  return parseViewState(serializeViewState(state));
}

const edited: ViewState = {
  view: 'compare',
  metric: 'casualties',
  to: '2025-01',
  chart: 'compare-casualties',
  title: 'Estimates diverge, 5x apart',
  subtitle: 'Killed & wounded #1',
  note: 'Only "about" figures; 50% + more',
  pin: 'kr-nis-killed-2025-01-13',
  callout: 'NIS: 300 killed',
  highlight: ['kr-nis', 'ua-hur'],
};

describe('writeChartEdits and readChartEdits, through the view link', () => {
  it('write every field in a fixed order, ids and commas readable, and read it back the same', () => {
    const query = serializeViewState(edited);
    expect(query).toBe(
      '?view=compare&metric=casualties&to=2025-01&chart=compare-casualties' +
        '&title=Estimates+diverge,+5x+apart&subtitle=Killed+%26+wounded+%231' +
        '&note=Only+%22about%22+figures%3B+50%25+%2B+more&callout=NIS:+300+killed' +
        '&pin=kr-nis-killed-2025-01-13&highlight=kr-nis,ua-hur',
    );
    expect(parseViewState(query)).toEqual({ state: edited, notices: [] });
  });

  it.each<[keyof ChartEdits, ChartEdits[keyof ChartEdits]]>([
    ['chart', 'equipment-systems'],
    ['title', 'A title'],
    ['subtitle', 'A subtitle'],
    ['note', 'A note'],
    ['highlight', ['kr-nis']],
  ])('round-trip %s alone', (key, value) => {
    const state = { view: 'compare', [key]: value } as ViewState;
    const query = serializeViewState(state);
    expect(query.split('&')).toHaveLength(2);
    expect(parseViewState(query)).toEqual({ state, notices: [] });
  });

  it('round-trip a callout with the figure it points at', () => {
    const state: ViewState = {
      view: 'casualties',
      pin: 'ua-hur-casualties-2025-02',
      callout: 'Hi',
    };
    expect(roundTrip(state)).toEqual({ state, notices: [] });
  });

  const hard = [
    ['spaces', 'Two words apart'],
    ['commas', 'One, two, three,'],
    ['an ampersand', 'Killed & wounded'],
    ['a hash', '#1 in Kursk'],
    ['a percent sign and escapes', '50% of %2C and %26 and %20'],
    ['a plus sign', '1,000 + 2,000'],
    ['equals and question marks', 'a=b? c=d&e=f'],
    ['quotes', '"about" \u201cseveral\u201d \u2018dozen\u2019 \'x\''],
    ['emoji', `Losses ${family} ${flag} \u{1F4A5}`],
    ['combining accents', `Vi${accented}t Nam`],
    ['right-to-left text', `${arabic} / ${hebrew} 2025`],
    ['an override and isolate controls', 'Ostmark \u202eMoD\u2069 \u2066x'],
    ['slashes and colons', 'https://example.org/a:b'],
  ] as const;

  it.each(
    editTextFields.flatMap((field) => hard.map(([what, text]) => [field, what, text] as const)),
  )('round-trip a %s with %s', (field, _what, text) => {
    const pinned = field === 'callout' ? { pin: 'kr-nis-killed-2025-01-13' } : {};
    const state = { view: 'compare', ...pinned, [field]: text } as ViewState;
    expect(roundTrip(state)).toEqual({ state, notices: [] });
  });

  it('keep a link whole inside a full URL: a # or & in a text ends nothing', () => {
    const state: ViewState = {
      view: 'compare',
      title: '#1 & #2',
      note: 'a=b&view=forces#top',
      pin: 'x',
      callout: '?view=dashboard',
    };
    const url = new URL(`https://crosscheck.example/app/${serializeViewState(state)}`);
    expect(url.hash).toBe('');
    expect(parseViewState(url.search)).toEqual({ state, notices: [] });
  });

  it('round-trip derived claim ids as the doc names them', () => {
    const state: ViewState = {
      view: 'compare',
      pin: 'derived:casualties:kr-nis:2025-01-13',
      callout: 'Derived',
    };
    const query = serializeViewState(state);
    expect(query).toContain('pin=derived:casualties:kr-nis:2025-01-13');
    expect(parseViewState(query)).toEqual({ state, notices: [] });
  });

  it('round-trip the id of a derived total the default dataset draws (with an @)', () => {
    const chart = buildCasualtiesView(loadDefaultModel(), { mode: 'latest' }).charts[0];
    const derived = chart?.claims.find((claim) => claim.derivedFrom !== undefined);
    expect(derived?.id).toBe('derived:casualties:kr-nis:kr-nis@2025-04-30');
    const state: ViewState = { view: 'casualties', pin: derived?.id ?? '', callout: 'Derived' };
    expect(roundTrip(state)).toEqual({ state, notices: [] });
  });

  // BUG (chartEdits.ts, claimIdPattern `{0,199}`): a derived id is
  // `derived:<metric>:<source>:<source>@<asOf>:<from>..<to>`, up to 284 characters with ids of
  // the 80 a dataset may have; past 200 the pin is refused ("is not a figure's id") and the
  // callout the edit form offered on that figure is lost when the link is read.
  it('round-trip the id of a derived total for a period, of a dataset with the longest ids', () => {
    const metric = `m${'e'.repeat(datasetLimits.idLength - 1)}`;
    const source = `s${'o'.repeat(datasetLimits.idLength - 1)}`;
    const period = { from: '2024-12-20', to: '2024-12-27' };
    const dataset = makeDataset({
      metrics: [
        makeMetric({ id: 'killed' }),
        makeMetric({ id: 'wounded', label: 'Wounded' }),
        makeMetric({ id: metric, label: 'Casualties', sumOf: ['killed', 'wounded'] }),
      ],
      sources: [makeSource({ id: source })],
      estimates: [
        makeEstimate({ id: 'k', source, asOf: '2024-12-27', period }),
        makeEstimate({ id: 'w', source, metric: 'wounded', asOf: '2024-12-27', period }),
      ],
    });
    const checked = validateDataset(dataset);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    const derived = prepareDataset(dataset).claims.find((claim) => claim.derivedFrom);
    expect(derived?.id.length).toBeGreaterThan(200);
    const state: ViewState = { view: 'compare', pin: derived?.id ?? '', callout: 'Derived' };
    expect(roundTrip(state)).toEqual({ state, notices: [] });
  });

  it('leave every edit out of the link when there are none, and a chart id alone in', () => {
    expect(serializeViewState({ view: 'compare' })).toBe('?view=compare');
    expect(serializeViewState({ view: 'compare', chart: 'compare-casualties' })).toBe(
      '?view=compare&chart=compare-casualties',
    );
  });
});

describe('normalization of the texts', () => {
  it('turns line breaks, tabs and control characters into spaces, one at a time', () => {
    const query = new URLSearchParams({
      title: 'Line one\nline two\r\n\tthree\u2028four\u2029five\u0085six\u0007seven\u0000',
    });
    expect(parseViewState(`?${query.toString()}`)).toEqual({
      state: { view: 'dashboard', title: 'Line one line two three four five six seven' },
      notices: [],
    });
  });

  it('trims the texts and keeps no run of spaces', () => {
    const query = new URLSearchParams({ note: '   many     spaces \u00a0 here  ' });
    expect(parseViewState(`?${query.toString()}`).state.note).toBe('many spaces here');
  });

  it.each(['?title=', '?title=%20%20', '?subtitle=%0A%09', '?note=+++', '?title=%00%1F%7F'])(
    'reads an empty or blank text (%s) as absent, without a notice',
    (query) => {
      expect(parseViewState(query)).toEqual({ state: { view: 'dashboard' }, notices: [] });
    },
  );

  it('writes nothing for an empty text', () => {
    expect(serializeViewState({ view: 'compare', title: '', note: '' })).toBe('?view=compare');
  });

  it('normalizeEditText says an empty text is absent', () => {
    expect(normalizeEditText('')).toBeUndefined();
    expect(normalizeEditText(' \n\t ')).toBeUndefined();
    expect(normalizeEditText(' a \n b ')).toBe('a b');
  });
});

describe('the limits of the texts, in characters as a reader counts them', () => {
  it('are 100, 160, 280 and 80', () => {
    expect(chartEditLimits).toEqual({ title: 100, subtitle: 160, note: 280, callout: 80 });
    expect(editTextFields).toEqual(['title', 'subtitle', 'note', 'callout']);
  });

  it('count an emoji family, a flag and a letter with its accents as one character each', () => {
    expect(countCharacters(family)).toBe(1);
    expect(countCharacters(flag)).toBe(1);
    expect(countCharacters(accented)).toBe(1);
    expect(countCharacters(`a${family}b${accented}`)).toBe(4);
    expect(countCharacters('')).toBe(0);
  });

  const withPin = (field: EditTextField) =>
    field === 'callout' ? { pin: 'kr-nis-killed-2025-01-13' } : {};

  it.each(editTextFields)('take a %s exactly at its limit, without a notice', (field) => {
    const limit = chartEditLimits[field];
    for (const unit of ['a', family, accented, flag]) {
      const state = {
        view: 'compare',
        ...withPin(field),
        [field]: unit.repeat(limit),
      } as ViewState;
      expect(roundTrip(state)).toEqual({ state, notices: [] });
    }
  });

  it.each(editTextFields)(
    'cut a %s one past its limit to the limit, with a notice naming the field',
    (field) => {
      const limit = chartEditLimits[field];
      const params = new URLSearchParams({ ...withPin(field), [field]: 'a'.repeat(limit + 1) });
      const { state, notices } = parseViewState(`?${params.toString()}`);
      expect(state[field]).toBe('a'.repeat(limit));
      expect(notices).toEqual([
        `The ${field} is ${limit + 1} characters long; a ${field} may have at most ${limit}. It was cut to ${limit}.`,
      ]);
    },
  );

  it.each(editTextFields)('never cut a %s inside a character', (field) => {
    const limit = chartEditLimits[field];
    for (const unit of [family, accented, flag]) {
      const text = `${'b'.repeat(limit - 1)}${unit}${unit}tail`;
      const params = new URLSearchParams({ ...withPin(field), [field]: text });
      const { state, notices } = parseViewState(`?${params.toString()}`);
      expect(state[field]).toBe(`${'b'.repeat(limit - 1)}${unit}`);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain(`The ${field} is ${limit + 5} characters long`);
    }
  });

  it('counts a text of many-code-point characters by its characters, not its length', () => {
    const title = family.repeat(100);
    expect(title.length).toBe(1100);
    expect(checkEditText('title', title)).toBeUndefined();
    const { state, notices } = parseViewState(`?${new URLSearchParams({ title }).toString()}`);
    expect(state.title).toBe(title);
    expect(notices).toEqual([]);
  });

  it('cuts a text of emoji to whole emoji', () => {
    const title = family.repeat(130);
    const { state, notices } = parseViewState(`?${new URLSearchParams({ title }).toString()}`);
    expect(state.title).toBe(family.repeat(100));
    expect(notices).toEqual([
      'The title is 130 characters long; a title may have at most 100. It was cut to 100.',
    ]);
  });

  it('counts the limit after normalization: spaces collapsed first', () => {
    const title = `${'a'.repeat(50)}${' '.repeat(20)}${'b'.repeat(49)}`;
    const { state, notices } = parseViewState(`?${new URLSearchParams({ title }).toString()}`);
    expect(state.title).toBe(`${'a'.repeat(50)} ${'b'.repeat(49)}`);
    expect(notices).toEqual([]);
  });

  it('leaves no space at the end of a cut text', () => {
    const title = `${'a'.repeat(99)} and more words`;
    const { state, notices } = parseViewState(`?${new URLSearchParams({ title }).toString()}`);
    expect(state.title).toBe('a'.repeat(99));
    expect(notices).toHaveLength(1);
  });

  it('reads a cut text back without a notice once written again', () => {
    const first = parseViewState(`?title=${'x'.repeat(150)}&note=${'y '.repeat(200)}`);
    expect(first.notices).toHaveLength(2);
    expect(roundTrip(first.state)).toEqual({ state: first.state, notices: [] });
  });
});

describe('checkEditText', () => {
  it.each<[EditTextField, number, string]>([
    ['title', 130, 'The title is 130 characters long; a title may have at most 100.'],
    ['subtitle', 161, 'The subtitle is 161 characters long; a subtitle may have at most 160.'],
    ['note', 300, 'The note is 300 characters long; a note may have at most 280.'],
    ['callout', 81, 'The callout is 81 characters long; a callout may have at most 80.'],
  ])('says why a %s of %i characters cannot be kept', (field, length, message) => {
    expect(checkEditText(field, 'z'.repeat(length))).toBe(message);
  });

  it.each(editTextFields)('takes a %s at its limit or under it', (field) => {
    expect(checkEditText(field, 'z'.repeat(chartEditLimits[field]))).toBeUndefined();
    expect(checkEditText(field, 'z')).toBeUndefined();
    expect(checkEditText(field, '')).toBeUndefined();
  });

  it('counts characters as a reader does', () => {
    expect(checkEditText('callout', accented.repeat(80))).toBeUndefined();
    expect(checkEditText('callout', accented.repeat(81))).toBe(
      'The callout is 81 characters long; a callout may have at most 80.',
    );
  });
});

describe('callouts and the figures they point at', () => {
  it('drops a callout without a figure, with a notice', () => {
    expect(parseViewState('?view=compare&callout=Look+here')).toEqual({
      state: { view: 'compare' },
      notices: ['The callout names no figure; it is not shown.'],
    });
  });

  it('drops a figure without a callout, silently', () => {
    expect(parseViewState('?view=compare&pin=kr-nis-killed-2025-01-13')).toEqual({
      state: { view: 'compare' },
      notices: [],
    });
    expect(parseViewState('?view=compare&pin=kr-nis-killed-2025-01-13&callout=%20')).toEqual({
      state: { view: 'compare' },
      notices: [],
    });
  });

  it('never writes a pin or a callout alone either', () => {
    const lonePin = { view: 'compare', pin: 'x' } as const;
    const loneCallout = { view: 'compare', callout: 'Look' } as const;
    expect(roundTrip(lonePin).state).toEqual({ view: 'compare' });
    expect(roundTrip(loneCallout).state).toEqual({ view: 'compare' });
  });

  it.each(['bad id', '-starts-with-hyphen', 'a/b', 'a'.repeat(401), 'kr-nis#1'])(
    'drops a pin that is not an id (%s) and its callout, saying so',
    (pin) => {
      const params = new URLSearchParams({ view: 'compare', pin, callout: 'Look' });
      const { state, notices } = parseViewState(`?${params.toString()}`);
      expect(state).toEqual({ view: 'compare' });
      expect(notices).toContain(
        `"${pin.slice(0, 40)}" is not a figure's id; the callout is not shown.`,
      );
    },
  );

  it('takes a pin of 200 characters', () => {
    const pin = `k${'0'.repeat(199)}`;
    const state: ViewState = { view: 'compare', pin, callout: 'Look' };
    expect(roundTrip(state)).toEqual({ state, notices: [] });
  });
});

describe('ids', () => {
  it.each(['Not an id', 'UPPER', '-x', 'a_b', 'a'.repeat(101)])(
    'drops a chart id of the wrong shape (%s) with a notice',
    (chart) => {
      const { state, notices } = parseViewState(
        `?${new URLSearchParams({ view: 'equipment', chart }).toString()}`,
      );
      expect(state).toEqual({ view: 'equipment' });
      expect(notices).toEqual([
        `"${chart.slice(0, 40)}" is not a chart id; the view's first chart is used.`,
      ]);
    },
  );

  it('reads an empty chart id as absent, without a notice', () => {
    expect(parseViewState('?view=equipment&chart=')).toEqual({
      state: { view: 'equipment' },
      notices: [],
    });
  });

  it('sorts and de-duplicates the highlighted claimants, keeping the good ones of a bad list', () => {
    expect(parseViewState('?highlight=ua-hur,kr-nis,,ua-hur,Bad%20Id,kr-nis')).toEqual({
      state: { view: 'dashboard', highlight: ['kr-nis', 'ua-hur'] },
      notices: ['Ignored highlighted claimants that are not ids: Bad Id.'],
    });
  });

  it('reads a highlight of bad ids only as none', () => {
    expect(parseViewState('?highlight=A,B_C')).toEqual({
      state: { view: 'dashboard' },
      notices: ['Ignored highlighted claimants that are not ids: A, B_C.'],
    });
    expect(parseViewState('?highlight=,,')).toEqual({ state: { view: 'dashboard' }, notices: [] });
  });

  it('writes the highlighted claimants sorted, whatever order the state holds them in', () => {
    const highlight = ['ua-hur', 'kr-nis'];
    expect(serializeViewState({ view: 'dashboard', highlight })).toBe('?highlight=kr-nis,ua-hur');
    expect(highlight).toEqual(['ua-hur', 'kr-nis']);
    expect(serializeViewState({ view: 'dashboard', highlight: [] })).toBe('');
  });
});

describe('hasChartEdits', () => {
  it('is false for no edits, or a chart id alone', () => {
    expect(hasChartEdits({})).toBe(false);
    expect(hasChartEdits({ chart: 'compare-casualties' })).toBe(false);
    expect(hasChartEdits({ highlight: [] })).toBe(false);
    const filtered: ViewState = { view: 'compare', metric: 'killed', to: '2025-01' };
    expect(hasChartEdits(filtered)).toBe(false);
  });

  it.each<[string, ChartEdits]>([
    ['a title', { title: 'T' }],
    ['a subtitle', { subtitle: 'S' }],
    ['a note', { note: 'N' }],
    ['a callout', { pin: 'p', callout: 'C' }],
    ['a highlight', { highlight: ['kr-nis'] }],
    ['everything', edited],
  ])('is true for %s', (_what, edits) => {
    expect(hasChartEdits(edits)).toBe(true);
  });

  // BUG: hasChartEdits chains the fields with `??`, which only passes over undefined: an empty
  // title ('' is "absent", as normalizeEditText and writeChartEdits treat it) stops the chain,
  // so a note, callout or highlight after it is not seen and applyViewEdits shows nothing.
  it('is true for a note after an empty title', () => {
    expect(hasChartEdits({ title: '', note: 'N' })).toBe(true);
  });
});

describe('clearChartEdits', () => {
  it('names every edit field', () => {
    expect(Object.keys(clearChartEdits).sort()).toEqual(
      ['callout', 'chart', 'highlight', 'note', 'pin', 'subtitle', 'title'].sort(),
    );
  });

  it('removes every edit with updateViewState, and keeps the view and its filters', () => {
    const cleared = updateViewState(edited, clearChartEdits);
    expect(cleared).toEqual({ view: 'compare', metric: 'casualties', to: '2025-01' });
    expect(hasChartEdits(cleared)).toBe(false);
    expect(serializeViewState(cleared)).toBe('?view=compare&metric=casualties&to=2025-01');
  });
});

/** Any text: every code point, control characters and line breaks among them. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 400 }),
);

const texts = fc.record(
  { title: anyText, subtitle: anyText, note: anyText, callout: anyText },
  { requiredKeys: [] },
);

describe('any text, through the link', () => {
  it('keeps its normalized form, with no notice when within the limit', () => {
    fc.assert(
      fc.property(texts, (given) => {
        const state = { view: 'compare', pin: 'kr-nis-killed-2025-01-13', ...given } as ViewState;
        const { state: read, notices } = roundTrip(state);
        let over = 0;
        for (const field of editTextFields) {
          const raw = given[field];
          const normalized = raw === undefined ? undefined : normalizeEditText(raw);
          const value = read[field];
          if (normalized === undefined) {
            expect(value).toBeUndefined();
          } else if (countCharacters(normalized) <= chartEditLimits[field]) {
            expect(value).toBe(normalized);
          } else {
            over += 1;
            // Cut at a character: the first characters of the text, as many as the limit.
            const characters = [
              ...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(normalized),
            ].map((s) => s.segment);
            expect(value).toBe(characters.slice(0, chartEditLimits[field]).join('').trimEnd());
          }
        }
        expect(notices).toHaveLength(over);
        // What was read is written and read again the same, without a notice.
        expect(roundTrip(read)).toEqual({ state: read, notices: [] });
      }),
    );
  });
});
