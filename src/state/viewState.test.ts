import { describe, expect, it } from 'vitest';
import {
  defaultViewState,
  parseViewState,
  serializeViewState,
  viewIds,
  type ViewState,
} from './viewState';

describe('serializeViewState and parseViewState', () => {
  it.each(viewIds)('round-trips the view %s', (view) => {
    const state: ViewState = { view };
    expect(parseViewState(serializeViewState(state))).toEqual({ state, notices: [] });
  });

  it.each<ViewState>([
    { view: 'dashboard', dataset: '/__acceptance__/generic.json' },
    { view: 'dashboard', dataset: './data/my set & more.json' },
    { view: 'over-time', metric: 'troops-sent' },
    { view: 'casualties', asOf: '2025-01' },
    { view: 'casualties', dataset: 'x.json', metric: 'killed', asOf: '2024-12' },
  ])('round-trips %j', (state) => {
    expect(parseViewState(serializeViewState(state))).toEqual({ state, notices: [] });
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeViewState(defaultViewState)).toBe('');
    expect(serializeViewState({ view: 'dashboard', dataset: '' })).toBe('');
    expect(serializeViewState({ view: 'forces' })).toBe('?view=forces');
  });

  it('writes a readable query, keeping slashes in the dataset path', () => {
    expect(
      serializeViewState({
        view: 'casualties',
        dataset: '/data/x.json',
        metric: 'killed',
        asOf: '2025-01',
      }),
    ).toBe('?dataset=/data/x.json&view=casualties&metric=killed&asOf=2025-01');
  });

  it('reads the dashboard from an empty query or a lone "?"', () => {
    expect(parseViewState('')).toEqual({ state: defaultViewState, notices: [] });
    expect(parseViewState('?')).toEqual({ state: defaultViewState, notices: [] });
  });

  it('reads an encoded dataset path', () => {
    expect(parseViewState('?dataset=%2Fdata%2Fx.json').state).toEqual({
      view: 'dashboard',
      dataset: '/data/x.json',
    });
  });
});

describe('parseViewState fallbacks', () => {
  it('falls back to the dashboard for an unknown view, with a notice', () => {
    expect(parseViewState('?view=charts&metric=killed')).toEqual({
      state: { view: 'dashboard', metric: 'killed' },
      notices: ['There is no view "charts"; showing the dashboard.'],
    });
  });

  it.each(['2025-13', '2025-1', '2025-01-15', 'latest', '2025'])(
    'falls back to the latest figures for asOf=%s, with a notice',
    (asOf) => {
      expect(parseViewState(`?view=casualties&asOf=${asOf}`)).toEqual({
        state: { view: 'casualties' },
        notices: [`"${asOf}" is not a month (YYYY-MM); showing the latest figures.`],
      });
    },
  );

  it('gives a notice for each fallback', () => {
    expect(parseViewState('?view=nope&asOf=soon').notices).toHaveLength(2);
  });

  it('treats empty dataset and metric as absent', () => {
    expect(parseViewState('?dataset=&metric=&view=forces')).toEqual({
      state: { view: 'forces' },
      notices: [],
    });
  });

  it('treats an empty view and asOf as absent, without a notice', () => {
    expect(parseViewState('?view=&asOf=')).toEqual({ state: defaultViewState, notices: [] });
  });
});
