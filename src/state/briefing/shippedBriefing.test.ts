import { describe, expect, it } from 'vitest';
import { fingerprintDataset } from '../../data/fingerprintDataset';
import type { ChartModel, FigureRow } from '../../domain/charts/chartModel';
import { loadDefaultModel } from '../../testing/loadJson';
import { buildSlideChart } from './buildSlideChart';
import { checkBriefingDataset } from './checkBriefingDataset';
import { checkSlideLink } from './checkSlideLink';
import { makeBriefingFromShipped } from './makeBriefingFromShipped';

const model = loadDefaultModel();
const { dataset } = model;
const [shipped] = dataset.briefings ?? [];

/** The figure rows of a chart of rows: claimant, metric, value and the parts drawn. */
function figuresOf(chart: ChartModel | undefined) {
  if (chart?.kind !== 'rows') throw new Error(`not a chart of rows: ${String(chart?.id)}`);
  return chart.rows
    .filter((row): row is FigureRow => row.kind === 'figure')
    .map(({ figure, segments, muted }) => ({
      claimant: figure.source.id,
      metric: figure.metric.id,
      best: figure.value.best,
      asOf: figure.asOf.text,
      parts: segments.map((s) => `${s.series} ${s.value}`),
      muted,
    }));
}

/** The comparable figures (drawn in full), as `claimant metric best`. */
const comparable = (chart: ChartModel | undefined) =>
  figuresOf(chart)
    .filter((f) => !f.muted)
    .map((f) => `${f.claimant} ${f.metric} ${String(f.best)}`);

async function slideChart(index: number) {
  const slide = shipped?.slides[index];
  if (!slide) throw new Error(`the shipped briefing has no slide ${index + 1}`);
  const built = await buildSlideChart(model, dataset, slide.link);
  expect(built.notices).toEqual([]);
  return built.chart;
}

describe('the briefing the default dataset ships', () => {
  it('is one, with four slides in order, whose links pass the strict check', () => {
    expect(dataset.briefings).toHaveLength(1);
    expect(shipped?.id).toBe('nk-losses-briefing');
    expect(shipped?.title).toBe('North Korean troops in Russia: what was claimed');
    expect(shipped?.slides.map((s) => s.link)).toEqual([
      '?view=casualties&to=2025-01',
      '?view=casualties',
      '?view=forces&metrics=troops-sent',
      '?view=equipment&chart=equipment-systems',
    ]);
    for (const slide of shipped?.slides ?? []) expect(checkSlideLink(slide.link)).toEqual([]);
  });

  it('belongs to the dataset, every slide drawn without a notice', async () => {
    if (!shipped) throw new Error('no shipped briefing');
    const briefing = makeBriefingFromShipped(shipped);
    expect(briefing.slides.map((s) => s.key)).toEqual(['s1', 's2', 's3', 's4']);
    const fingerprint = await fingerprintDataset(dataset);
    const ref = { id: dataset.id, fingerprint };
    expect(await checkBriefingDataset({ briefing, dataset: ref }, model, fingerprint)).toEqual({
      status: 'same',
      slides: [],
    });
  });

  it('1: casualties as claimed by the end of January 2025: NIS 300 + 2,700, Zelensky 4,000, US 1,200', async () => {
    const chart = await slideChart(0);
    expect(chart?.id).toBe('casualties-by-claimant');
    expect(chart?.frame.subtitle).toContain('as of Jan 2025');
    const figures = figuresOf(chart);
    expect(figures).toContainEqual(
      expect.objectContaining({
        claimant: 'kr-nis',
        metric: 'casualties',
        best: 3000,
        asOf: '2025-01-13',
        parts: ['killed 300', 'wounded 2700'],
      }),
    );
    expect(comparable(chart)).toEqual(
      expect.arrayContaining([
        'ua-president casualties 4000',
        'kr-nis casualties 3000',
        'us-intelligence casualties 1200',
      ]),
    );
    // Nothing dated after January 2025.
    expect(figures.every((f) => f.asOf < '2025-02')).toBe(true);
  });

  it('2: the latest casualty figures, UK Defence Intelligence\u2019s 6,000 and more among them', async () => {
    const chart = await slideChart(1);
    expect(chart?.id).toBe('casualties-by-claimant');
    expect(comparable(chart)).toEqual(
      expect.arrayContaining([
        'uk-di casualties 6000',
        'kr-nis casualties 4700',
        'ua-president casualties 4000',
        'us-intelligence casualties 1200',
      ]),
    );
  });

  it('3: the troops sent, every dated figure and nothing else', async () => {
    const chart = await slideChart(2);
    expect(chart?.id).toBe('forces-deployed');
    const figures = figuresOf(chart);
    expect(new Set(figures.map((f) => f.metric))).toEqual(new Set(['troops-sent']));
    expect(figures.map((f) => `${f.claimant} ${String(f.best)}`)).toEqual(
      expect.arrayContaining([
        'ua-hur 11000',
        'us-dod 10000',
        'us-un-mission 12000',
        'kr-nis 15000',
        'kr-nis 13000',
      ]),
    );
  });

  it('4: the artillery supplied: 120 Koksan guns and 120 M-1991 launchers, 220 together', async () => {
    const chart = await slideChart(3);
    expect(chart?.id).toBe('equipment-systems');
    expect(figuresOf(chart).map((f) => `${f.claimant} ${f.metric} ${String(f.best)}`)).toEqual([
      'ua-hur koksan 120',
      'ua-hur m1991-mrl 120',
      'ua-hur guns-and-launchers 240',
      'kr-jcs guns-and-launchers 220',
    ]);
  });
});
