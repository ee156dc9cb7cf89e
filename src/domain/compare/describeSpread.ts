import type { Metric } from '../../data/schema/datasetSchema';
import { describeFigure } from '../format/describeClaim';
import { formatRatio } from '../format/formatValue';
import type { Spread } from './computeSpread';
import { formatCount, lowerFirst } from '../format/formatValue';

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
  const sentence = `${what} range from ${describeFigure(spread.lowest)} to ${describeFigure(spread.highest)}${ratio}.`;
  const gap = describeSpreadGap(spread);
  return gap ? `${sentence} ${gap}` : sentence;
}

/** How bounds count in a spread: said on a chart wherever one of its comparable figures is one. */
export const boundsRule =
  'A floor (\u201cat least\u201d) is never the lowest figure and a ceiling (\u201cup to\u201d) never the highest; neither counts in the median.';

/**
 * What every statement of a spread counts, in words: said with the spread statistics, so that a
 * reader knows what a lowest, a highest or a median stands for.
 */
export const spreadRule = `Each claimant's latest comparable total counts once. ${boundsRule} A range counts by its best figure, or its middle.`;

/**
 * A warning when the two ends of a spread were given more than a month apart: running totals
 * grow, so part of the gap is time. Undefined when they are close in time. A statement of fact,
 * fit for an exported image; what the reader can do about it is the screen's (suggestAsOf).
 */
export function describeSpreadGap(spread: Spread): string | undefined {
  if (spread.daysApart <= 31) return undefined;
  const months = Math.round(spread.daysApart / 30.44);
  const gap = months >= 2 ? `${months} months` : `${spread.daysApart} days`;
  return `They were given ${gap} apart, and running totals grow.`;
}

/** The median and what it counts: "the median of 3 figures given as numbers is 3,000". */
export function describeMedian(spread: Spread): string {
  if (spread.median === undefined) {
    return 'every figure is a bound (at least, up to), so there is no median';
  }
  const left = spread.count - spread.medianCount;
  const leftOut = left ? ` (${left} ${left === 1 ? 'bound' : 'bounds'} left out)` : '';
  const figures =
    spread.medianCount === 1
      ? '1 figure given as a number'
      : `${spread.medianCount} figures given as numbers`;
  return `the median of ${figures}${leftOut} is ${formatCount(spread.median)}`;
}
