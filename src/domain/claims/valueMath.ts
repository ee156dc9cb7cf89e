import type { Qualifier, Value } from '../../data/schema/datasetSchema';

/** How a figure bounds the truth: a floor ("at least"), a ceiling ("up to") or a point. */
export type Direction = 'floor' | 'ceiling' | 'point';

export function getQualifier(value: Value): Qualifier {
  return value.qualifier ?? 'about';
}

export function getDirection(value: Value): Direction {
  const qualifier = getQualifier(value);
  if (qualifier === 'at-least' || qualifier === 'more-than') return 'floor';
  if (qualifier === 'up-to' || qualifier === 'fewer-than') return 'ceiling';
  return 'point';
}

/** The figure used to place and rank a value: its best, else the middle of its range. */
export function getCentral(value: Value): number {
  if (value.best !== undefined) return value.best;
  return ((value.low ?? 0) + (value.high ?? 0)) / 2;
}

/** Low and high ends, falling back to best where no range was given. */
export function getBounds(value: Value): { low: number; high: number } {
  const central = getCentral(value);
  return { low: value.low ?? central, high: value.high ?? central };
}

export function hasRange(value: Value): boolean {
  return value.low !== undefined || value.high !== undefined;
}

/**
 * The sum of parts, per the format: bests add when every part has one, ranges add low to low
 * and high to high (a part without a range counts its best at both ends). The qualifier keeps
 * what is still true of the sum: a floor plus anything but a ceiling has no upper bound, so it
 * stays a floor ("at least 100 killed + about 1,000 wounded" is at least about 1,100); ceilings
 * likewise; a floor mixed with a ceiling, or approximate figures alone, are "about".
 */
export function sumValues(values: readonly Value[]): Value {
  const bests = values.map((v) => v.best).filter((b) => b !== undefined);
  const best = bests.length === values.length ? sum(bests) : undefined;
  const ranged = values.some(hasRange);
  const low = sum(values.map((v) => getBounds(v).low));
  const high = sum(values.map((v) => getBounds(v).high));
  return {
    ...(best === undefined ? {} : { best }),
    ...(ranged || best === undefined ? { low, high } : {}),
    qualifier: sumQualifiers(values.map(getQualifier)),
  };
}

function sumQualifiers(qualifiers: readonly Qualifier[]): Qualifier {
  if (qualifiers.every((q) => q === 'exactly')) return 'exactly';
  const floor = qualifiers.some((q) => q === 'at-least' || q === 'more-than');
  const ceiling = qualifiers.some((q) => q === 'up-to' || q === 'fewer-than');
  // Strict ("more than") only when nothing approximate blurs the bound.
  const strict = !qualifiers.includes('about');
  if (floor && !ceiling)
    return strict && qualifiers.includes('more-than') ? 'more-than' : 'at-least';
  if (ceiling && !floor)
    return strict && qualifiers.includes('fewer-than') ? 'fewer-than' : 'up-to';
  return 'about';
}

function sum(numbers: readonly number[]): number {
  return numbers.reduce((a, b) => a + b, 0);
}
