import type { OverTimeModel } from '../../domain/charts/chartModel';
import { describePage } from '../../domain/charts/selectFrameFor';
import { getTimeAxisMax } from './timeAxes';

/**
 * An over-time chart split into `count` pages of about as many lines each, for slides whose
 * notes and sources of every line would not leave the plot room at a legible size. The pages
 * share both axes (dates and values), so that lines on sister slides compare as on one, and
 * each keeps its lines' colours, "(2 of 3)" in its title, and the sources and notes of the
 * lines it draws. Undefined where there are fewer lines than pages.
 */
export function splitTimePages(model: OverTimeModel, count: number): OverTimeModel[] | undefined {
  const { series } = model;
  if (count < 2 || series.length < count) return undefined;
  const axisMax = model.axisMax ?? getTimeAxisMax(series);
  // The callout goes on the one page that draws its point (describePage), the highlight on all.
  const { annotation: _callout, ...whole } = model;
  return Array.from({ length: count }, (_, index) => {
    const lines = series.slice(
      Math.round((index * series.length) / count),
      Math.round(((index + 1) * series.length) / count),
    );
    const drawn = lines.flatMap((line) => line.points.map((point) => point.claim));
    const draws = `the lines of ${lines.map((line) => line.label).join(', ')}`;
    return {
      ...whole,
      ...describePage(model, drawn, { index, count, draws }),
      series: lines,
      axisMax,
      claims: drawn,
    };
  });
}
