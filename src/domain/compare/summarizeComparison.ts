import type { Metric } from '../../data/schema/datasetSchema';
import type { FigureRow } from '../charts/chartModel';
import { formatRatio } from '../format/formatValue';
import type { Spread } from './computeSpread';
import { describeMedian, describeSpreadGap } from './describeSpread';
import { describeFigure } from '../format/describeClaim';
import type { Claim } from '../claims/claim';
import { compareClaimsByDate } from '../claims/compareClaims';
import { formatClaimFigure, formatValue, lowerFirst } from '../format/formatValue';
import { groupBy } from '../claims/groupBy';

/**
 * A comparison in plain words: "Estimates of casualties (killed and wounded) range from about
 * 1,200 (US intelligence, Jan 2025) to about 4,000 (Zelensky, 9 Jan 2025), 3.3 times apart;
 * the median of 3 is 3,000. South Korea NIS's total of about 3,000 (13 Jan 2025) is derived from
 * about 300 killed and about 2,700 wounded. ..." Every figure keeps its words: "at least 100
 * killed".
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
      `Estimates of ${what} range from ${describeFigure(spread.lowest)} to ${describeFigure(spread.highest)}${ratio}; ${describeMedian(spread)}.`,
    );
    const gap = describeSpreadGap(spread);
    if (gap) sentences.push(gap);
  } else {
    // No spread: fewer than two figures, or all of them bounds (floors or ceilings).
    const latest = latestPerClaimant(comparable.map((row) => row.figure));
    const [only] = latest;
    if (latest.length > 1) {
      const list = latest.map((claim) => describeFigure(claim)).join('; ');
      sentences.push(
        `${latest.length} estimates of ${what} can be compared, but no spread can be stated: none gives both a lowest and a highest point (${list}).`,
      );
    } else if (only) {
      sentences.push(`One estimate of ${what} can be compared: ${describeFigure(only)}.`);
    } else {
      sentences.push(`No estimate of ${what} can be compared.`);
    }
  }
  for (const row of comparable) {
    const parts = row.figure.derivedFrom;
    if (!parts) continue;
    const list = parts.map(formatClaimFigure);
    sentences.push(
      `${row.label}'s total of ${formatValue(row.figure.value, { wording: false })} (${row.detail.split(' \u00b7 ')[0] ?? ''}) is derived from ${list.join(' and ')}.`,
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

function latestPerClaimant(claims: readonly Claim[]): Claim[] {
  const groups = groupBy(claims, (c) => c.source.id);
  return [...groups.values()].flatMap((g) => [...g].sort(compareClaimsByDate).slice(-1));
}
