import type { OverTimeModel, TimeSeries } from '../../domain/charts/chartModel';
import { getNiceCeiling } from '../axisScale';

/** The top of the value axis, with headroom over the highest figure for its marker and label. */
export function getTimeAxisMax(series: readonly TimeSeries[]): number {
  return getNiceCeiling(1.08 * Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.high))));
}

/**
 * The date axis' extent: every span, with a little room at both ends so that markers on the
 * first and last dates are not cut. UTC milliseconds.
 */
export function getTimeDomain(model: OverTimeModel): readonly [number, number] {
  const [start, end] = model.domain;
  return [start - (end - start) * 0.03, end + (end - start) * 0.03];
}
