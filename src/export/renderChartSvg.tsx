import { createRoot } from 'react-dom/client';
import { hasCallout, loadCallouts } from '../charts/annotation/loadCallouts';
import { ChartStyleContext, type ChartStyle } from '../charts/chartStyle';
import { waitForSettledSvg } from '../charts/waitForSettledSvg';
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
