import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../domain/claims/prepareDataset';
import { makeDataset } from '../../testing/factories/makeDataset';
import { buildSlideChart } from './buildSlideChart';

const dataset = makeDataset();
const model = prepareDataset(dataset);
const build = (link: string) => buildSlideChart(model, dataset, link);

describe('buildSlideChart', () => {
  it('draws the chart of the link as its view does, with the state checked', async () => {
    const slide = await build('?view=casualties&to=2025-01&title=Early+figures');
    expect(slide.notices).toEqual([]);
    expect(slide.state).toEqual({ view: 'casualties', to: '2025-01', title: 'Early figures' });
    expect(slide.chart?.id).toBe('casualties-by-claimant');
    // Beta's figure is of February: after the link's end date, so not drawn.
    expect(slide.chart?.claims.map((c) => c.source.id)).not.toContain('beta');
    // The briefer's edits are in the state, not yet on the chart.
    expect(slide.chart?.frame.title).not.toContain('Early figures');
  });

  it('picks the chart the link names', async () => {
    const slide = await build('?view=compare&chart=compare-casualties');
    expect(slide.chart?.id).toBe('compare-casualties');
    expect(slide.notices).toEqual([]);
  });

  it('draws the first chart where the named one is not there, and says so', async () => {
    const slide = await build('?view=compare&chart=compare-troops');
    expect(slide.chart?.id).toBe('compare-casualties');
    expect(slide.notices).toEqual([
      'Compare has no chart "compare-troops" with this dataset (it has "compare-casualties"); the first is shown.',
    ]);
  });

  it('says what the dataset lacks where there is no chart at all', async () => {
    const slide = await build('?view=equipment');
    expect(slide.chart).toBeUndefined();
    expect(slide.notices).toEqual([
      'This dataset has no figures for equipment or munitions: the slide has no chart.',
    ]);
  });

  it('drops claimants and metrics the dataset does not have, with the notices a view gives', async () => {
    const slide = await build('?view=compare&claimants=alpha,gamma&metric=troops&to=2025-13');
    expect(slide.state.claimants).toEqual(['alpha']);
    expect(slide.state.metric).toBeUndefined();
    expect(slide.notices).toEqual([
      '"2025-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD); "to" is ignored.',
      'This dataset has no metric "troops"; showing the view\'s default.',
      'This dataset has no claimant "gamma"; ignored.',
    ]);
    expect(slide.chart?.claims.every((c) => c.source.id === 'alpha')).toBe(true);
  });

  it('has no chart for a view without charts', async () => {
    const slide = await build('?view=estimates');
    expect(slide.chart).toBeUndefined();
    expect(slide.notices).toEqual([
      'All estimates is not a view of charts: a slide shows one chart.',
    ]);
  });
});
