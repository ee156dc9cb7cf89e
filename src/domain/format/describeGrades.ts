import type { Source } from '../../data/schema/datasetSchema';

/** Admiralty (NATO) information credibility, 1-6. */
const credibilityWords = [
  'confirmed by other sources',
  'probably true',
  'possibly true',
  'doubtful',
  'improbable',
  'truth cannot be judged',
];

/** Admiralty (NATO) source reliability, A-F. */
const reliabilityWords: Record<NonNullable<Source['reliability']>, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

/** "2: probably true". */
export function describeCredibility(grade: number): string {
  return `${grade}: ${credibilityWords[grade - 1] ?? 'unknown grade'}`;
}

/** "B: usually reliable". */
export function describeReliability(grade: NonNullable<Source['reliability']>): string {
  return `${grade}: ${reliabilityWords[grade]}`;
}

/** "intelligence service, KR" plus "party to the conflict" where it is one. */
export function describeSourceKind(source: Source): string {
  const type =
    source.type === 'intelligence' ? 'intelligence service' : source.type.replace(/-/g, ' ');
  const parts = [type, source.country, source.party ? 'party to the conflict' : undefined];
  return parts.filter(Boolean).join(', ');
}
