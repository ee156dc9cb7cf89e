import { describe, expect, it } from 'vitest';
import {
  defaultViewState,
  parseViewState,
  serializeViewState,
  updateViewState,
  type ViewState,
} from './viewState';
import { viewRegistry } from '../domain/views/viewRegistry';

const full: ViewState = {
  view: 'compare',
  dataset: '/data/other.json',
  metric: 'casualties',
  claimants: ['kr-nis', 'ua-president', 'us-intelligence'],
  metrics: ['casualties', 'killed'],
  from: '2024-12',
  to: '2025-01-24',
  mode: 'all',
  theme: 'dark',
  sort: '-value',
  fp: '3f9a2c',
};

describe('serializeViewState and parseViewState', () => {
  it('leave the default state out of the URL entirely', () => {
    expect(serializeViewState(defaultViewState)).toBe('');
    expect(parseViewState('')).toEqual({ state: defaultViewState, notices: [] });
  });

  it('write every parameter readably and read it back the same', () => {
    const query = serializeViewState(full);
    expect(query).toBe(
      '?dataset=/data/other.json&view=compare&metric=casualties&claimants=kr-nis,ua-president,us-intelligence' +
        '&metrics=casualties,killed&from=2024-12&to=2025-01-24&mode=all&theme=dark&sort=-value&fp=3f9a2c',
    );
    expect(parseViewState(query)).toEqual({ state: full, notices: [] });
  });

  it.each(viewRegistry.map((v) => v.id))('round-trip the view %s', (view) => {
    const state: ViewState = { view };
    expect(parseViewState(serializeViewState(state)).state).toEqual(state);
  });

  it.each<[keyof ViewState, ViewState[keyof ViewState]]>([
    ['dataset', '/x.json'],
    ['metric', 'killed'],
    ['claimants', ['a', 'b']],
    ['metrics', ['m']],
    ['from', '2025'],
    ['to', '2025-02-28'],
    ['mode', 'latest'],
    ['theme', 'dark'],
    ['sort', 'claimant'],
    ['fp', 'a1b2c3d4e5f6'],
    ['dataset', 'imported:my-tally'],
  ])('round-trip %s alone, leaving every other parameter out', (key, value) => {
    const state = { view: 'dashboard', [key]: value } as ViewState;
    const query = serializeViewState(state);
    expect(query.split('&')).toHaveLength(1);
    expect(parseViewState(query).state).toEqual(state);
  });

  it('sorts and de-duplicates lists, so one view has one URL', () => {
    expect(parseViewState('?claimants=b,a,b').state.claimants).toEqual(['a', 'b']);
    expect(serializeViewState({ view: 'dashboard', claimants: ['b', 'a'] })).toBe('?claimants=a,b');
  });

  it('writes metrics and claimants sorted, whatever order the state holds them in', () => {
    const query =
      '?claimants=kr-nis,ua-president,us-intelligence&metrics=casualties,killed,wounded';
    expect(
      serializeViewState({
        view: 'dashboard',
        claimants: ['us-intelligence', 'kr-nis', 'ua-president'],
        metrics: ['wounded', 'casualties', 'killed'],
      }),
    ).toBe(query);
    expect(
      serializeViewState({
        view: 'dashboard',
        claimants: ['ua-president', 'us-intelligence', 'kr-nis'],
        metrics: ['killed', 'wounded', 'casualties'],
      }),
    ).toBe(query);
  });

  it('leaves the state it writes unchanged', () => {
    const metrics = ['wounded', 'killed'];
    serializeViewState({ view: 'dashboard', metrics });
    expect(metrics).toEqual(['wounded', 'killed']);
  });

  it('treats empty parameters as absent, without a notice', () => {
    expect(parseViewState('?view=&to=&claimants=&dataset=')).toEqual({
      state: defaultViewState,
      notices: [],
    });
  });

  it('reads theme=light as a choice, which overrides a dark system theme', () => {
    expect(parseViewState('?theme=light')).toEqual({
      state: { ...defaultViewState, theme: 'light' },
      notices: [],
    });
    expect(serializeViewState({ ...defaultViewState, theme: 'light' })).toBe('?theme=light');
  });
});

describe('parseViewState with bad values', () => {
  it.each([
    ['?view=charts', 'There is no view "charts"; showing the dashboard.'],
    ['?mode=some', '"some" is not a mode (latest or all)'],
    ['?theme=pink', '"pink" is not a theme (light or dark); showing this device\'s theme.'],
    ['?from=2025-02-30', '"2025-02-30" is not a date'],
    ['?to=January', '"January" is not a date'],
    ['?sort=size', '"size" is not a column to sort by'],
    ['?claimants=kr-nis,Bad%20Id', 'Ignored claimants that are not ids: Bad Id.'],
  ])('%s falls back to the default and says so', (query, notice) => {
    const { state, notices } = parseViewState(query);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(notice);
    expect(serializeViewState(state)).not.toMatch(/charts|some|pink|2025-02-30|January|size|Bad/);
  });

  it('keeps the good ids of a list with bad ones', () => {
    expect(parseViewState('?claimants=kr-nis,Bad%20Id').state.claimants).toEqual(['kr-nis']);
  });
});

describe('updateViewState', () => {
  it('changes settings and drops those set back to their defaults', () => {
    const next = updateViewState(full, { mode: undefined, metric: 'killed', sort: undefined });
    expect(next).toEqual({ ...full, metric: 'killed', mode: undefined, sort: undefined });
    expect('mode' in next).toBe(false);
    expect(updateViewState(full, {}).view).toBe('compare');
  });
});

describe('the fingerprint (fp) and imported datasets in the URL', () => {
  it('keeps the colon of an imported dataset readable', () => {
    expect(serializeViewState({ view: 'dashboard', dataset: 'imported:my-tally' })).toBe(
      '?dataset=imported:my-tally',
    );
  });

  it('reads a fingerprint in capitals as lowercase hex', () => {
    expect(parseViewState('?fp=3F9A2C').state.fp).toBe('3f9a2c');
  });

  it.each(['3f9a2', 'xyzxyz', '3f9a2c-1', 'a'.repeat(65)])(
    'ignores %s, which is not a fingerprint, with a notice',
    (fp) => {
      const { state, notices } = parseViewState(`?fp=${fp}`);
      expect(state.fp).toBeUndefined();
      expect(notices).toEqual([
        `"${fp.toLowerCase()}" is not a dataset fingerprint (6 to 64 hex digits); it is ignored.`,
      ]);
    },
  );
});
