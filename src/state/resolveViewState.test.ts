import { describe, expect, it } from 'vitest';
import { makeDataset } from '../testing/factories/makeDataset';
import { resolveViewState } from './resolveViewState';
import type { ViewState } from './viewState';

// Claimants: alpha, beta. Metrics: killed, wounded, casualties.
const dataset = makeDataset();

describe('resolveViewState', () => {
  it('returns the state unchanged, with no notices, when every id is known', () => {
    const state: ViewState = {
      view: 'compare',
      dataset: '/data/other.json',
      metric: 'casualties',
      claimants: ['alpha', 'beta'],
      metrics: ['killed', 'wounded'],
      from: '2024-12',
      to: '2025-01-24',
      mode: 'all',
      theme: 'dark',
      sort: '-value',
    };
    expect(resolveViewState(state, dataset)).toEqual({ state, notices: [] });
  });

  it('returns the bare default state unchanged', () => {
    expect(resolveViewState({ view: 'dashboard' }, dataset)).toEqual({
      state: { view: 'dashboard' },
      notices: [],
    });
  });

  it('drops unknown claimants, keeps the known ones and names the dropped ones', () => {
    const { state, notices } = resolveViewState(
      { view: 'casualties', claimants: ['alpha', 'gamma', 'delta'] },
      dataset,
    );
    expect(state).toEqual({ view: 'casualties', claimants: ['alpha'] });
    expect(notices).toEqual(['This dataset has no claimant "gamma", "delta"; ignored.']);
  });

  it('removes the claimant filter altogether when none of its ids is known', () => {
    const { state, notices } = resolveViewState(
      { view: 'estimates', claimants: ['gamma'], mode: 'latest' },
      dataset,
    );
    expect(state).toEqual({ view: 'estimates', mode: 'latest' });
    expect('claimants' in state).toBe(false);
    expect(notices).toEqual(['This dataset has no claimant "gamma"; ignored.']);
  });

  it('drops unknown metrics from the metric filter, keeping the known ones', () => {
    const { state, notices } = resolveViewState(
      { view: 'estimates', metrics: ['deaths', 'killed', 'wounded'] },
      dataset,
    );
    expect(state).toEqual({ view: 'estimates', metrics: ['killed', 'wounded'] });
    expect(notices).toEqual(['This dataset has no metric "deaths"; ignored.']);
  });

  it('drops an unknown metric of the view with a notice, falling back to the default', () => {
    const { state, notices } = resolveViewState(
      { view: 'compare', metric: 'troops-sent' },
      dataset,
    );
    expect(state).toEqual({ view: 'compare' });
    expect('metric' in state).toBe(false);
    expect(notices).toEqual([
      'This dataset has no metric "troops-sent"; showing the view\'s default.',
    ]);
  });

  it('keeps every other setting while dropping ids, and reports each kind of id once', () => {
    const { state, notices } = resolveViewState(
      {
        view: 'over-time',
        metric: 'ghost',
        claimants: ['beta', 'zeta'],
        metrics: ['casualties', 'missing'],
        from: '2025',
        to: '2025-02',
        theme: 'dark',
      },
      dataset,
    );
    expect(state).toEqual({
      view: 'over-time',
      claimants: ['beta'],
      metrics: ['casualties'],
      from: '2025',
      to: '2025-02',
      theme: 'dark',
    });
    expect(notices).toEqual([
      'This dataset has no metric "ghost"; showing the view\'s default.',
      'This dataset has no claimant "zeta"; ignored.',
      'This dataset has no metric "missing"; ignored.',
    ]);
  });

  it('leaves the state it was given untouched', () => {
    const state: ViewState = { view: 'compare', metric: 'ghost', claimants: ['alpha', 'gamma'] };
    const copy = structuredClone(state);
    resolveViewState(state, dataset);
    expect(state).toEqual(copy);
  });

  it('checks ids against the dataset it is given, not against another one', () => {
    const other = makeDataset({
      sources: [{ id: 'gamma', name: 'Gamma Institute', type: 'academic' }],
    });
    const state: ViewState = { view: 'casualties', claimants: ['alpha', 'gamma'] };
    expect(resolveViewState(state, other)).toEqual({
      state: { view: 'casualties', claimants: ['gamma'] },
      notices: ['This dataset has no claimant "alpha"; ignored.'],
    });
  });

  describe('for every combination of known, unknown and missing ids', () => {
    const idLists: (readonly string[] | undefined)[] = [
      undefined,
      ['alpha'],
      ['nobody'],
      ['alpha', 'nobody'],
    ];
    const metricLists: (readonly string[] | undefined)[] = [
      undefined,
      ['killed'],
      ['nothing'],
      ['killed', 'nothing'],
    ];
    const metricChoices = [undefined, 'casualties', 'nothing'];
    const cases = idLists.flatMap((claimants) =>
      metricLists.flatMap((metrics) =>
        metricChoices.map((metric) => ({ claimants, metrics, metric })),
      ),
    );

    it.each(cases)(
      'never throws and keeps only known ids: %o',
      ({ claimants, metrics, metric }) => {
        const input: ViewState = {
          view: 'compare',
          ...(claimants ? { claimants } : {}),
          ...(metrics ? { metrics } : {}),
          ...(metric ? { metric } : {}),
        };
        const { state, notices } = resolveViewState(input, dataset);
        const knownSources = dataset.sources.map((s) => s.id);
        const knownMetrics = dataset.metrics.map((m) => m.id);
        expect(state.view).toBe('compare');
        expect((state.claimants ?? []).every((id) => knownSources.includes(id))).toBe(true);
        expect((state.metrics ?? []).every((id) => knownMetrics.includes(id))).toBe(true);
        expect(state.metric === undefined || knownMetrics.includes(state.metric)).toBe(true);
        // Known ids survive.
        expect(state.claimants).toEqual(claimants?.includes('alpha') ? ['alpha'] : undefined);
        expect(state.metrics).toEqual(metrics?.includes('killed') ? ['killed'] : undefined);
        expect(state.metric).toBe(metric === 'casualties' ? 'casualties' : undefined);
        // One notice per list or metric that named something unknown.
        const unknownCount = [
          claimants?.includes('nobody'),
          metrics?.includes('nothing'),
          metric === 'nothing',
        ].filter(Boolean).length;
        expect(notices).toHaveLength(unknownCount);
      },
    );
  });
});
