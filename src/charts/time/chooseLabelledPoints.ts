import type { OverTimeModel } from '../../domain/charts/chartModel';
import { measureText } from '../../lib/measureText';
import { makeChartStyle } from '../chartStyle';
import { labelTimeMarks, type DrawnMark } from './labelTimeMarks';
import { getTimeAxisMax, getTimeDomain } from './timeAxes';

/**
 * Plots an over-time chart is drawn on, in pixels, and the scale of its text there: the
 * narrowest on screen (a phone's, about 250 px) and the tightest export (a 16:9 slide, whose
 * labels, 13 pt, are largest against its height). Every size between is looser than both.
 */
const referencePlots = [
  { width: 250, height: 300, scale: 1 },
  { width: 1700, height: 400, scale: 2.36 },
] as const;

const chosen = new WeakMap<OverTimeModel, ReadonlySet<string>>();

/**
 * The claims whose values an over-time chart labels, the same at every size: those whose label
 * finds a place on every reference plot. A phone, a desktop, a square and a slide then show one
 * set of labels, and say how many values they leave bare (TimeMarks).
 */
export function chooseLabelledPoints(model: OverTimeModel): ReadonlySet<string> {
  const known = chosen.get(model);
  if (known) return known;
  let labelled: ReadonlySet<string> | undefined;
  for (const plot of referencePlots) {
    const marks = placeTimeMarks(model, plot.width, plot.height);
    const { value } = makeChartStyle('light', plot.scale);
    const bounds = { left: 0, right: plot.width, top: 0, bottom: plot.height, scale: plot.scale };
    const measure = (text: string) => measureText(text, value);
    const labels = labelTimeMarks(marks, measure, bounds, value.lineHeight, labelled);
    labelled = new Set(marks.flatMap((mark, i) => (labels[i] ? [mark.point.claim.id] : [])));
  }
  const result = labelled ?? new Set<string>();
  chosen.set(model, result);
  return result;
}

/**
 * An over-time chart's marks on a plot of this size, in pixels from its top left, as the chart
 * draws them (its date domain and value axis), without drawing it.
 */
export function placeTimeMarks(model: OverTimeModel, width: number, height: number): DrawnMark[] {
  const [d0, d1] = getTimeDomain(model);
  const yMax = model.axisMax ?? getTimeAxisMax(model.series);
  const toX = (t: number) => ((t - d0) / (d1 - d0 || 1)) * width;
  const toY = (v: number) => height - (v / yMax) * height;
  return model.series.flatMap((s) =>
    s.points.map((point) => ({
      point,
      series: s.key,
      cx: toX(point.x),
      cy: toY(point.y),
      startX: toX(point.start),
      endX: toX(point.end),
    })),
  );
}
