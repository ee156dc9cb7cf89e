import { describe, expect, it } from 'vitest';
import { makeClaim } from '../../testing/factories/makeClaim';
import { makeMetric } from '../../testing/factories/makeDataset';
import { isolate } from '../format/isolate';
import { describeDoubtMark, getDoubt } from './getDoubt';

describe('getDoubt', () => {
  it('finds nothing to doubt in a figure graded 1 to 4, or not graded', () => {
    for (const credibility of [1, 2, 3, 4])
      expect(getDoubt(makeClaim({ credibility }))).toBe(undefined);
    expect(getDoubt(makeClaim())).toBe(undefined);
  });

  it('calls a figure graded 6 unverified and one graded 5 improbable, with the grade', () => {
    expect(getDoubt(makeClaim({ credibility: 6 }))).toEqual({
      word: 'unverified',
      title: 'Unverified',
      reason: 'graded 6: truth cannot be judged',
    });
    expect(getDoubt(makeClaim({ credibility: 5 }))).toEqual({
      word: 'improbable',
      title: 'Improbable',
      reason: 'graded 5: improbable',
    });
  });

  it('calls a figure unverified when its note opens with the word, in any case', () => {
    const noted = (note: string) => getDoubt(makeClaim({ note: isolate(note) }));
    expect(noted('UNVERIFIED: no original statement was found.')).toEqual({
      word: 'unverified',
      title: 'Unverified',
      reason: 'noted as unverified',
    });
    expect(noted(' Unverified; as of March.')?.word).toBe('unverified');
    expect(noted('Not graded: not reported as disputed or unverified.')).toBe(undefined);
    expect(noted('Verified by two agencies.')).toBe(undefined);
    expect(noted('Unverifiedness.')).toBe(undefined);
  });

  it('doubts a derived total as much as its most doubtful part', () => {
    const total = (...credibilities: (number | undefined)[]) =>
      getDoubt(
        makeClaim({
          metric: makeMetric({ id: 'casualties', label: 'Casualties' }),
          derivedFrom: credibilities.map((credibility) =>
            makeClaim(credibility === undefined ? {} : { credibility }),
          ),
        }),
      );
    expect(total(undefined, 3)).toBe(undefined);
    expect(total(5, undefined)?.reason).toBe('a part is improbable');
    expect(total(5, 6)).toEqual({
      word: 'unverified',
      title: 'Unverified',
      reason: 'a part is unverified',
    });
  });
});

describe('describeDoubtMark', () => {
  it('names only the doubts drawn, and nothing when there are none', () => {
    const sure = makeClaim();
    const unverified = makeClaim({ credibility: 6 });
    const improbable = makeClaim({ credibility: 5 });
    expect(describeDoubtMark('Hatched', [sure])).toBe(undefined);
    expect(describeDoubtMark('Hatched', [sure, unverified])).toBe('Hatched: unverified');
    expect(describeDoubtMark('Ringed', [improbable])).toBe('Ringed: improbable');
    expect(describeDoubtMark('Ringed', [improbable, unverified])).toBe(
      'Ringed: unverified or improbable',
    );
  });
});
