import type { Metric } from '../../data/schema/datasetSchema';
import { getSourceLabel, type Claim } from '../claims/claim';
import { formatRatio } from '../format/formatValue';
import type { Spread } from './computeSpread';
import { formatCalendarDate } from '../format/formatDate';
import { formatValue, lowerFirst } from '../format/formatValue';

/**
 * The spread in one sentence, naming who gave each end and when: "Comparable totals range from
 * about 1,200 (US intelligence, Jan 2025) to about 4,000 (Zelensky, 9 Jan 2025), 3.3x apart."
 */
export function describeSpread(spread: Spread, metric: Metric): string {
  const what = metric.sumOf
    ? 'Comparable totals'
    : `Comparable ${lowerFirst(metric.label)} figures`;
  const bound = spread.ratioIsFloor ? 'at least ' : '';
  const ratio = spread.ratio === undefined ? '' : `, ${bound}${formatRatio(spread.ratio)} apart`;
  const sentence = `${what} range from ${describeEnd(spread.lowest)} to ${describeEnd(spread.highest)}${ratio}.`;
  if (spread.daysApart <= 31) return sentence;
  const months = Math.round(spread.daysApart / 30.44);
  const gap = months >= 2 ? `${months} months` : `${spread.daysApart} days`;
  return `${sentence} They were given ${gap} apart, and running totals grow: pick an earlier date to compare figures of one time.`;
}

/** One end of a spread: "about 1,200 (US intelligence, Jan 2025)". */
export function describeEnd(claim: Claim): string {
  const derived = claim.derivedFrom ? ', derived' : '';
  return `${formatValue(claim.value)} (${getSourceLabel(claim.source)}, ${formatCalendarDate(claim.asOf)}${derived})`;
}
