import { loadChartLayout } from '../../charts/loadChartLayout';
import type { ChartStyle } from '../../charts/chartStyle';
import type { ChartModel } from '../../domain/charts/chartModel';
import { measureText } from '../../lib/measureText';
import { minChartWidth } from '../../ui/panels/ChartBox';

/** Widths from `from` up to `to` (whole CSS pixels) at which a chart is `height` tall. */
export interface HeightStep {
  readonly from: number;
  readonly to: number;
  readonly height: number;
}

/**
 * The widest chart box the bake plans for: the dashboard's one column at its widest is about
 * 1,070 px, an embed takes its frame's width. Wider boxes get this width's height.
 */
const widestBox = 1600;

/**
 * How tall a chart is drawn at every width a box may give it, as its kind lays it out: a box
 * narrower than `minChartWidth` draws it that wide (it scrolls sideways).
 */
export async function listHeightSteps(chart: ChartModel, style: ChartStyle): Promise<HeightStep[]> {
  const layout = await loadChartLayout(chart);
  const steps: HeightStep[] = [];
  for (let width = minChartWidth; width <= widestBox; width += 1) {
    const { height } = layout(chart, { width }, style, measureText);
    const last = steps.at(-1);
    if (last?.height === height) steps[steps.length - 1] = { ...last, to: width };
    else steps.push({ from: width, to: width, height });
  }
  return steps;
}

/**
 * CSS that gives each baked drawing's box the height its live drawing will have at the box's
 * width: a screen whose width was not baked shows the nearest drawing, scaled down or cut, in
 * the room the live one takes over, so that nothing below moves when it does. Only where a
 * script will take over: with scripting off the drawing shows whole.
 * @param charts steps by chart id
 */
export function writeReservedHeightsCss(
  charts: ReadonlyMap<string, readonly HeightStep[]>,
): string {
  const rules: string[] = [];
  for (const [id, steps] of charts) {
    const chart = `.chart-fit[data-baked-width]>.chart[data-chart-id="${id}"]`;
    steps.forEach((step, index) => {
      // The first step also takes any narrower box (drawn at its least width), the last any
      // wider one.
      const bounds = [
        index > 0 ? `(width>=${step.from}px)` : '',
        index < steps.length - 1 ? `(width<${step.to + 1}px)` : '',
      ].filter(Boolean);
      const rule = `${chart}{height:${step.height}px}`;
      rules.push(bounds.length ? `@container ${bounds.join(' and ')}{${rule}}` : rule);
    });
  }
  if (!rules.length) return '';
  return [
    '@media (scripting:enabled){',
    '.chart-fit[data-baked-width]{container-type:inline-size}',
    '.chart-fit[data-baked-width]>.chart[data-chart-id]{overflow:hidden}',
    ...rules,
    '}',
  ].join('\n');
}
