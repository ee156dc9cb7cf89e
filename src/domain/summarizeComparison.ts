import type { Metric } from '../data/datasetSchema';
import type { FigureRow } from './chartModel';
import { formatRatio, type Spread } from './computeSpread';
import { describeEnd } from './describeSpread';
import { formatCount, formatNumbers, lowerFirst } from './formatValue';

/**
 * A comparison in plain words: "Estimates of casualties (killed and wounded) range from about
 * 1,200 (US intelligence, Jan 2025) to about 4,000 (Zelensky, 9 Jan 2025), 3.3 times apart;
 * the median of 3 is 3,000. South Korea NIS's total of 3,000 is derived from about 300 killed
 * and about 2,700 wounded. ..."
 */
export function summarizeComparison(
  total: Metric,
  spread: Spread | undefined,
  comparable: readonly FigureRow[],
  apart: readonly FigureRow[],
): string {
  const what = lowerFirst(total.label);
  const sentences: string[] = [];
  if (spread) {
    const bound = spread.ratioIsFloor ? 'at least ' : '';
    const ratio =
      spread.ratio === undefined
        ? ''
        : `, ${bound}${formatRatio(spread.ratio).replace('x', '')} times apart`;
    sentences.push(
      `Estimates of ${what} range from ${describeEnd(spread.lowest)} to ${describeEnd(spread.highest)}${ratio}; the median of ${spread.count} is ${formatCount(spread.median)}.`,
    );
  } else if (comparable[0]) {
    sentences.push(
      `One estimate of ${what} can be compared: ${describeEnd(comparable[0].figure)}.`,
    );
  } else {
    sentences.push(`No estimate of ${what} can be compared.`);
  }
  for (const row of comparable) {
    const parts = row.figure.derivedFrom;
    if (!parts) continue;
    const list = parts.map((p) => `${formatNumbers(p.value)} ${lowerFirst(p.metric.label)}`);
    sentences.push(
      `${row.label}'s total of ${formatNumbers(row.figure.value)} (${row.detail.split(' \u00b7 ')[0] ?? ''}) is derived from ${list.join(' and ')}.`,
    );
  }
  if (apart.length) {
    const list = apart.map((row) => `${row.label} (${row.detail})`).join('; ');
    sentences.push(
      `${apart.length} ${apart.length === 1 ? 'figure is' : 'figures are'} not comparable: ${list}.`,
    );
  }
  return sentences.join(' ');
}
