// en-US writes 12K and 6M; en-GB would write 12k and 6m, which reads as metres.
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** Axis ticks stay short: 12,000 -> "12K", 6,000,000 -> "6M"; below 10,000 in full. */
export function formatAxisTick(value: number): string {
  return value < 10_000 ? value.toLocaleString('en-GB') : compact.format(value);
}
