// en-US writes 12K and 6M; en-GB would write 12k and 6m, which reads as metres.
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const full = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Round tops for a value axis, as multiples of a power of ten. */
const niceSteps = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The first round number at or above `n` (at least 1): 4,700 -> 5,000; 12 M -> 12 M. */
export function getNiceCeiling(n: number): number {
  const value = Math.max(1, n);
  const power = 10 ** Math.floor(Math.log10(value));
  const step = niceSteps.find((m) => m * power >= value - 1e-9) ?? 10;
  return Math.round(step * power);
}

/**
 * One format for every tick of an axis: in full ("2,500", "30,000"), as the figures' own labels
 * are written, while the axis stays below a million; compact above ("6M", "12M"), where full
 * numbers would crowd a phone's axis. One axis never mixes the two.
 */
export function makeAxisTickFormatter(axisMax: number): (value: number) => string {
  return axisMax < 1_000_000 ? (value) => full.format(value) : (value) => compact.format(value);
}
