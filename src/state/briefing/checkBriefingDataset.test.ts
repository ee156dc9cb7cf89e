import { describe, expect, it } from 'vitest';
import { fingerprintDataset } from '../../data/fingerprintDataset';
import { prepareDataset } from '../../domain/claims/prepareDataset';
import { makeDataset } from '../../testing/factories/makeDataset';
import { assignSlideKeys } from './assignSlideKeys';
import { checkBriefingDataset, matchBriefingDataset } from './checkBriefingDataset';

const dataset = makeDataset();
const model = prepareDataset(dataset);
const fingerprint = await fingerprintDataset(dataset);
const other = 'f'.repeat(64);

const briefingOf = (...links: string[]) => ({
  title: 'Losses',
  slides: assignSlideKeys(links.map((link) => ({ link }))),
});

describe('matchBriefingDataset', () => {
  it('finds the same dataset by its id and fingerprint', () => {
    expect(matchBriefingDataset({ id: 'test-dataset', fingerprint }, dataset, fingerprint)).toEqual(
      { status: 'same' },
    );
  });

  it('says plainly that another version of the dataset may have other figures', () => {
    expect(
      matchBriefingDataset({ id: 'test-dataset', fingerprint: other }, dataset, fingerprint),
    ).toEqual({
      status: 'other-version',
      notice: `This briefing was made on another version of "Test dataset" (fingerprint ffffff; the one open is ${fingerprint.slice(0, 6)}): figures may differ from when it was made.`,
    });
  });

  it('refuses another dataset, naming both', () => {
    const ref = { id: 'harbour-strike', fingerprint, title: 'Harbour strike' };
    expect(matchBriefingDataset(ref, dataset, fingerprint)).toEqual({
      status: 'other-dataset',
      message:
        'This briefing was made on another dataset, "Harbour strike" (harbour-strike), not on "Test dataset" (test-dataset): open that dataset to present it.',
    });
    expect(matchBriefingDataset({ id: 'x', fingerprint }, dataset, fingerprint)).toMatchObject({
      message: expect.stringContaining('another dataset, "x", not on') as unknown,
    });
  });
});

describe('checkBriefingDataset', () => {
  it('says nothing of slides that draw as asked', async () => {
    const briefing = briefingOf('?view=compare', '?view=casualties&to=2025-01');
    const file = { briefing, dataset: { id: 'test-dataset', fingerprint } };
    expect(await checkBriefingDataset(file, model, fingerprint)).toEqual({
      status: 'same',
      slides: [],
    });
  });

  it('names, per slide, the claimants, metrics and charts the dataset does not have', async () => {
    const briefing = briefingOf(
      '?view=compare',
      '?view=compare&claimants=alpha,gamma',
      '?view=compare&metrics=troops',
      '?view=compare&chart=compare-troops',
      '?view=forces',
    );
    const file = { briefing, dataset: { id: 'test-dataset', fingerprint: other } };
    const check = await checkBriefingDataset(file, model, fingerprint);
    expect(check.status).toBe('other-version');
    expect(check.status !== 'other-dataset' && check.slides).toEqual([
      { key: 's2', notices: ['This dataset has no claimant "gamma"; ignored.'] },
      // The filter falls away with its only metric: every metric is shown.
      { key: 's3', notices: ['This dataset has no metric "troops"; ignored.'] },
      {
        key: 's4',
        notices: [
          'Compare has no chart "compare-troops" with this dataset (it has "compare-casualties"); the first is shown.',
        ],
      },
      {
        key: 's5',
        notices: ['This dataset has no figures for forces deployed: the slide has no chart.'],
      },
    ]);
  });

  it('reads a shipped briefing\u2019s links strictly, as those of a file', async () => {
    const briefing = briefingOf('?view=compare&vew=forces&theme=dark');
    const file = { briefing, dataset: { id: 'test-dataset', fingerprint } };
    expect(await checkBriefingDataset(file, model, fingerprint)).toEqual({
      status: 'same',
      slides: [
        {
          key: 's1',
          notices: [
            'has a parameter views do not know: "vew" (a typo?)',
            'a slide has no theme of its own: slides are drawn in the deck\u2019s (theme=)',
          ],
        },
      ],
    });
  });

  it('refuses a briefing of another dataset without reading its slides', async () => {
    const briefing = briefingOf('?view=nothing');
    const file = { briefing, dataset: { id: 'other', fingerprint } };
    const check = await checkBriefingDataset(file, model, fingerprint);
    expect(check.status).toBe('other-dataset');
  });
});
