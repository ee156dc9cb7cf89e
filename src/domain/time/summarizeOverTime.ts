import type { TimeSeries } from '../charts/chartModel';
import { formatCalendarDate } from '../format/formatDate';
import { formatValue, lowerFirst } from '../format/formatValue';

/**
 * An over-time chart in plain words, a clause per claimant: "South Korea NIS went from about
 * 1,100 (19 Dec 2024) to about 4,700 (30 Apr 2025) in 3 figures; Zelensky ..."
 */
export function summarizeOverTime(label: string, series: readonly TimeSeries[]): string {
  if (series.length === 0) return `No running figures of ${lowerFirst(label)} to draw.`;
  const clauses = series.map(({ label: who, points }) => {
    const first = points[0];
    const last = points.at(-1);
    if (!first || !last) return who;
    const at = (p: typeof first) =>
      `${formatValue(p.claim.value)} (${formatCalendarDate(p.claim.asOf)})`;
    if (first === last) return `${who} gave ${at(first)}`;
    // One figure restated (the same value for the same date): said once, with how often.
    const same = points.every(
      (p) => p.y === first.y && p.claim.asOf.text === first.claim.asOf.text,
    );
    if (same) return `${who} gave ${at(first)}, ${points.length} times`;
    return `${who} went from ${at(first)} to ${at(last)} in ${points.length} figures`;
  });
  return `${label} over time: ${clauses.join('; ')}.`;
}
