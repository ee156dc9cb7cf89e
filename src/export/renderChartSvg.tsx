import { createRoot } from 'react-dom/client';
import { hasCallout, loadCallouts } from '../charts/annotation/loadCallouts';
import { ChartStyleContext, type ChartStyle } from '../charts/chartStyle';
import { ChartView } from '../charts/ChartView';
import type { ChartModel } from '../domain/charts/chartModel';

/**
 * Draws a chart off screen at an exact size and style, without its interactive layer, and
 * returns a copy of its finished <svg>: the dedicated rendering every export is made from, not
 * a screenshot of the page.
 */
export async function renderChartSvg(
  chart: ChartModel,
  size: { readonly width: number; readonly height?: number },
  style: ChartStyle,
): Promise<SVGSVGElement> {
  // In before the chart is drawn, so that it is drawn once, with its callout, not first as the
  // fallback of a drawing waiting for the code.
  if (hasCallout(chart)) await loadCallouts();
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-30000px;top:0;width:${size.width}px;pointer-events:none`;
  document.body.append(host);
  const root = createRoot(host);
  try {
    root.render(
      <ChartStyleContext.Provider value={style}>
        <ChartView model={chart} interactive={false} {...size} />
      </ChartStyleContext.Provider>,
    );
    return await waitForSettledSvg(host);
  } finally {
    root.unmount();
    host.remove();
  }
}

/**
 * Recharts draws in several passes (it measures, then lays out, then fills its layers), so the
 * chart is taken once its markup has stopped changing for a few ticks.
 */
async function waitForSettledSvg(host: HTMLElement): Promise<SVGSVGElement> {
  let previous = '';
  let unchanged = 0;
  for (let tick = 0; tick < 200; tick++) {
    // Timers, not animation frames: frames pause in a background tab, exports should not.
    await new Promise((resolve) => setTimeout(resolve, 16));
    const svg = host.querySelector<SVGSVGElement>('svg.recharts-surface');
    const markup = svg?.outerHTML ?? '';
    if (svg && markup === previous && markup.includes('recharts-cartesian-axis')) {
      unchanged += 1;
      if (unchanged >= 3) return svg.cloneNode(true) as SVGSVGElement;
    } else {
      unchanged = 0;
    }
    previous = markup;
  }
  throw new Error('The chart did not finish drawing for the export.');
}
