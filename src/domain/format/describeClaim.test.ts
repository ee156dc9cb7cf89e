import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from '../../testing/loadJson';
import { plain } from '../../testing/plain';
import { makeClaim } from '../../testing/factories/makeClaim';
import { makeCitation, makeMetric, makeSource } from '../../testing/factories/makeDataset';
import { describeClaimForScreenReader } from './describeClaim';
import { describeDerivation, describeDerivations } from './describeDerivation';
import { describeCredibility, describeReliability, describeSourceKind } from './describeGrades';

const model = loadDefaultModel();
const claim = (id: string) => {
  const found = model.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};

describe('describeClaimForScreenReader', () => {
  it('says who, as of when, what, the working of a derived total and where it was published', () => {
    expect(
      plain(describeClaimForScreenReader(claim('derived:casualties:kr-nis:kr-nis@2025-01-13'))),
    ).toBe(
      'South Korea NIS, as of 13 Jan 2025: about 3,000 casualties (killed and wounded), derived from about 300 killed and about 2,700 wounded. Published in KBS World; Newsweek.',
    );
  });

  it('ends with the doubt on a figure not vouched for', () => {
    expect(plain(describeClaimForScreenReader(claim('us-intelligence-casualties-2025-01')))).toBe(
      'US intelligence, as of Jan 2025: about 1,200 casualties (killed and wounded). Published in Newsweek; Tistory blog (kimjc00). Unverified: graded 6: truth cannot be judged.',
    );
  });

  it('says the window a flow counts', () => {
    expect(plain(describeClaimForScreenReader(claim('us-nsc-casualties-2024-12-27')))).toBe(
      'White House NSC (Kirby), counting 20\u201327 Dec 2024: more than 1,000 casualties (killed and wounded). Published in The Kyiv Independent.',
    );
  });

  it('names each outlet once', () => {
    const twice = makeClaim({
      citations: [
        makeCitation({ id: 'a', outlet: 'KBS World' }),
        makeCitation({ id: 'b', outlet: 'KBS World', published: '2025-02' }),
      ],
      asOf: '2025-01',
    });
    expect(plain(describeClaimForScreenReader(twice))).toBe(
      'Alpha, as of Jan 2025: about 300 killed. Published in KBS World.',
    );
  });

  it('names the metric it counts and the date at its precision', () => {
    const wounded = makeClaim({
      metric: makeMetric({ id: 'wounded', label: 'Wounded' }),
      value: { best: 40, qualifier: 'fewer-than' },
      asOf: '2025',
    });
    expect(plain(describeClaimForScreenReader(wounded))).toBe(
      'Alpha, as of 2025: fewer than 40 wounded. Published in The Herald.',
    );
  });
});

describe('describeDerivation', () => {
  it('gives the working of a derived total', () => {
    expect(plain(describeDerivation(claim('derived:casualties:kr-nis:kr-nis@2025-01-13')))).toBe(
      'South Korea NIS, 13 Jan 2025: about 300 killed + about 2,700 wounded = about 3,000 casualties (killed and wounded) (derived: the parts were given, not the total).',
    );
  });

  it('is undefined for a stated claim, and left out of a list of notes, each about its claim', () => {
    expect(describeDerivation(claim('kr-nis-killed-2025-01-13'))).toBeUndefined();
    const notes = describeDerivations([
      claim('kr-nis-killed-2025-01-13'),
      claim('derived:casualties:kr-nis:kr-nis@2024-12-19'),
    ]);
    expect(plain(notes)).toEqual([
      {
        text: 'South Korea NIS, 19 Dec 2024: at least 100 killed + about 1,000 wounded (stated as \u201cclose to 1,000\u201d) = at least 1,100 casualties (killed and wounded) (derived: the parts were given, not the total).',
        about: ['derived:casualties:kr-nis:kr-nis@2024-12-19'],
      },
    ]);
  });
});

describe('describeGrades', () => {
  it.each([
    [1, '1: confirmed by other sources'],
    [2, '2: probably true'],
    [5, '5: improbable'],
    [6, '6: truth cannot be judged'],
    [7, '7: unknown grade'],
  ])('credibility %i reads "%s"', (grade, text) => {
    expect(describeCredibility(grade)).toBe(text);
  });

  it.each([
    ['A', 'A: completely reliable'],
    ['B', 'B: usually reliable'],
    ['E', 'E: unreliable'],
    ['F', 'F: reliability cannot be judged'],
  ] as const)('reliability %s reads "%s"', (grade, text) => {
    expect(describeReliability(grade)).toBe(text);
  });

  it('describes the kind of source, its country and whether it is a party', () => {
    expect(describeSourceKind(makeSource({ country: 'KR', party: false }))).toBe(
      'intelligence service, KR',
    );
    expect(
      describeSourceKind(makeSource({ type: 'head-of-state', country: 'UA', party: true })),
    ).toBe('head of state, UA, party to the conflict');
    expect(describeSourceKind(makeSource({ type: 'media' }))).toBe('media');
  });
});
