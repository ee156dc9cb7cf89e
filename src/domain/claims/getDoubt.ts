import { stripIsolates } from '../format/isolate';
import { describeCredibility } from '../format/describeGrades';
import type { Claim } from './claim';

/**
 * Why a figure is not vouched for, in a word for the chart ("unverified", "improbable") and in
 * a clause for its notes ("graded 6: truth cannot be judged").
 */
export interface Doubt {
  readonly word: 'unverified' | 'improbable';
  /** The word to start a sentence with. */
  readonly title: 'Unverified' | 'Improbable';
  readonly reason: string;
}

const unverified = { word: 'unverified', title: 'Unverified' } as const;
const improbable = { word: 'improbable', title: 'Improbable' } as const;

/**
 * A note that opens by calling the figure unverified ("UNVERIFIED: …", "Unverified; …"). Only
 * the opening word counts: further in, "unverified" may as well be denied ("not reported as
 * unverified").
 */
const unverifiedNote = /^\s*unverified\b/i;

/**
 * The doubt a chart must show on the figure itself, or undefined: graded 5 (improbable) or
 * 6 (truth cannot be judged), or with a note that opens with "Unverified". A derived total is as doubtful as its
 * most doubtful part: an unverified part makes the total unverified.
 */
export function getDoubt(claim: Claim): Doubt | undefined {
  if (claim.derivedFrom) {
    const doubts = claim.derivedFrom.map(getDoubt).filter((d) => d !== undefined);
    if (doubts.length === 0) return undefined;
    const worst = doubts.some((d) => d.word === 'unverified') ? unverified : improbable;
    return { ...worst, reason: `a part is ${worst.word}` };
  }
  const grade = claim.credibility;
  if (grade === 6) return { ...unverified, reason: `graded ${describeCredibility(6)}` };
  if (grade === 5) return { ...improbable, reason: `graded ${describeCredibility(5)}` };
  if (unverifiedNote.test(stripIsolates(claim.note ?? ''))) {
    return { ...unverified, reason: 'noted as unverified' };
  }
  return undefined;
}

/**
 * A legend's words for the mark of doubtful figures, naming only the doubts drawn: "Hatched:
 * unverified", "Ringed: unverified or improbable"; undefined when no figure is doubtful.
 */
export function describeDoubtMark(mark: string, claims: readonly Claim[]): string | undefined {
  const words = new Set(claims.map((c) => getDoubt(c)?.word).filter((w) => w !== undefined));
  if (words.size === 0) return undefined;
  const named = (['unverified', 'improbable'] as const).filter((w) => words.has(w));
  return `${mark}: ${named.join(' or ')}`;
}
