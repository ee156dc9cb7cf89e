import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../data/schema/calendarDate';
import { makeClaim } from '../../testing/factories/makeClaim';
import { makeCitation, makeSource } from '../../testing/factories/makeDataset';
import { buildSourceEntries } from './buildSourceEntries';
import type { FrameText } from './chartModel';
import { describePage, selectFrameFor } from './selectFrameFor';

const source = (id: string) => makeSource({ id, name: `${id} agency` });
const cite = (outlet: string) => makeCitation({ id: outlet, outlet, published: '2025-01-10' });

const alpha = makeClaim({ id: 'alpha-1', source: source('alpha'), citations: [cite('Herald')] });
const beta = makeClaim({ id: 'beta-1', source: source('beta'), citations: [cite('Wire')] });
const gammaKilled = makeClaim({ id: 'g-k', source: source('gamma'), citations: [cite('Post')] });
const gammaWounded = makeClaim({ id: 'g-w', source: source('gamma'), citations: [cite('Times')] });
const gamma = {
  ...makeClaim({ id: 'gamma-total', source: source('gamma'), value: { best: 4700 } }),
  derivedFrom: [gammaKilled, gammaWounded],
  citations: [...gammaKilled.citations, ...gammaWounded.citations],
};

const frame: FrameText = {
  title: 'Casualties by claimant',
  subtitle: 'Killed and wounded, in people.',
  callout: 'The figures differ tenfold.',
  notes: [
    { text: 'Casualties: killed plus wounded.' },
    { text: 'Alpha counts a week.', about: ['alpha-1'], group: 'Not comparable' },
    { text: 'Beta counts the wounded.', about: ['beta-1'], group: 'Not comparable' },
    { text: 'Gamma gave the parts only.', about: ['gamma-total'] },
    { text: 'Beta and Gamma share a source.', about: ['beta-1', 'gamma-total'] },
    { text: 'Delta was left out.', about: ['delta-1'] },
    { text: 'Gamma stated the killed twice.', about: ['g-k'] },
    { text: 'Spread: floors and ceilings left out.', group: 'Spread' },
  ],
  sources: buildSourceEntries([alpha, beta, gamma]),
  datasetTitle: 'Test dataset',
  updated: parseCalendarDate('2025-03-01'),
  exportLine: 'Exported 1 Mar 2025 from Test dataset v1',
};

const texts = (selected: FrameText) => selected.notes.map((note) => note.text);

describe('selectFrameFor', () => {
  it('keeps the notes about a drawn figure and those about none, in order', () => {
    expect(texts(selectFrameFor(frame, [alpha]))).toEqual([
      'Casualties: killed plus wounded.',
      'Alpha counts a week.',
      'Spread: floors and ceilings left out.',
    ]);
    // A derived total draws its parts too: a note about a part goes with it.
    expect(texts(selectFrameFor(frame, [gamma]))).toEqual([
      'Casualties: killed plus wounded.',
      'Gamma gave the parts only.',
      'Beta and Gamma share a source.',
      'Gamma stated the killed twice.',
      'Spread: floors and ceilings left out.',
    ]);
    expect(texts(selectFrameFor(frame, [beta, alpha]))).toEqual([
      'Casualties: killed plus wounded.',
      'Alpha counts a week.',
      'Beta counts the wounded.',
      'Beta and Gamma share a source.',
      'Spread: floors and ceilings left out.',
    ]);
  });

  it('keeps a note about several figures where any one of them is drawn, not another of its claimant', () => {
    for (const drawn of [[beta], [gamma], [beta, gamma]]) {
      expect(texts(selectFrameFor(frame, drawn))).toContain('Beta and Gamma share a source.');
    }
    expect(texts(selectFrameFor(frame, [alpha]))).not.toContain('Beta and Gamma share a source.');
    // Another figure of the same claimant does not carry the note.
    const betaAgain = makeClaim({ id: 'beta-2', source: source('beta') });
    expect(texts(selectFrameFor(frame, [betaAgain]))).not.toContain('Beta counts the wounded.');
  });

  it('keeps the notes as they are, what they are about and their groups too', () => {
    const selected = selectFrameFor(frame, [alpha, beta, gamma]);
    expect(selected.notes).toEqual(
      frame.notes.filter((note) => note.text !== 'Delta was left out.'),
    );
  });

  it('lists the sources of the drawn figures only, a derived total with its parts\u2019', () => {
    expect(selectFrameFor(frame, [beta]).sources).toEqual([
      { claimant: 'beta agency', publications: ['Wire, 10 Jan 2025'] },
    ]);
    expect(selectFrameFor(frame, [gamma, alpha]).sources).toEqual([
      { claimant: 'gamma agency', publications: ['Post, 10 Jan 2025', 'Times, 10 Jan 2025'] },
      { claimant: 'alpha agency', publications: ['Herald, 10 Jan 2025'] },
    ]);
  });

  it('leaves the title, subtitle, callout, stamp and export line as they are', () => {
    const selected = selectFrameFor(frame, [alpha]);
    const { notes: _notes, sources: _sources, ...rest } = selected;
    const { notes: _all, sources: _every, ...whole } = frame;
    expect(rest).toEqual(whole);
  });

  it('keeps only the notes about no figure where nothing is drawn', () => {
    const selected = selectFrameFor(frame, []);
    expect(texts(selected)).toEqual([
      'Casualties: killed plus wounded.',
      'Spread: floors and ceilings left out.',
    ]);
    expect(selected.sources).toEqual([]);
  });

  it('leaves the frame it is given as it was', () => {
    const before = structuredClone(frame);
    selectFrameFor(frame, [alpha]);
    expect(frame).toEqual(before);
  });
});

describe('describePage', () => {
  const chart = { frame, summary: 'Three figures.' };
  const page = { index: 0, count: 2, draws: 'Alpha' };
  const annotation = { claimId: 'alpha-1', text: 'A week only' };

  it('numbers the title and says what the page draws', () => {
    const described = describePage(chart, [alpha], page);
    expect(described.frame.title).toBe('Casualties by claimant (1 of 2)');
    expect(described.summary).toBe('Slide 1 of 2 draws Alpha. The whole chart: Three figures.');
  });

  it('keeps the callout where the page draws its figure, or a segment of it', () => {
    expect(describePage({ ...chart, annotation }, [alpha], page).annotation).toEqual(annotation);
    const onPart = { claimId: 'g-w', text: 'Wounded' };
    expect(
      describePage({ ...chart, annotation: onPart }, [gamma], { ...page, marks: ['g-k', 'g-w'] })
        .annotation,
    ).toEqual(onPart);
  });

  it('leaves out a callout on a figure the page does not draw as a mark of its own', () => {
    expect(describePage({ ...chart, annotation }, [beta], page)).not.toHaveProperty('annotation');
    // A part of a derived total drawn as one bar is cited, not drawn.
    const onPart = { claimId: 'g-w', text: 'Wounded' };
    expect(describePage({ ...chart, annotation: onPart }, [gamma], page)).not.toHaveProperty(
      'annotation',
    );
    expect(describePage(chart, [alpha], page)).not.toHaveProperty('annotation');
  });
});
